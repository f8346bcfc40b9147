// Share links: any answer set survives encode → decode unchanged in well under 300 characters, and
// every damaged, foreign, future or stale link is refused with a sentence a visitor can read,
// falling back to the defaults (docs/BEHAVIOUR.md) — never half-restored answers.
#include <doctest/doctest.h>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "hash.h"
#include "link.h"
#include "support.h"

using namespace advisor;
using test::json;

namespace {

const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const std::string kPrefix = "sa-";

// The payload's bytes, read independently of the codec (base64url, no padding).
std::vector<std::uint8_t> payloadBytes(const std::string& link) {
    REQUIRE(link.rfind(kPrefix, 0) == 0);
    std::vector<std::uint8_t> bytes;
    unsigned buffer = 0;
    int bits = 0;
    for (char c : link.substr(kPrefix.size())) {
        const char* at = std::char_traits<char>::find(kAlphabet, 64, c);
        REQUIRE(at != nullptr);
        buffer = (buffer << 6) | unsigned(at - kAlphabet);
        bits += 6;
        if (bits >= 8) {
            bytes.push_back(std::uint8_t(buffer >> (bits - 8)));
            bits -= 8;
        }
    }
    return bytes;
}

std::string linkOf(const std::vector<std::uint8_t>& bytes) {
    std::string out = kPrefix;
    unsigned buffer = 0;
    int bits = 0;
    for (std::uint8_t byte : bytes) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= 6) {
            out += kAlphabet[(buffer >> (bits - 6)) & 63];
            bits -= 6;
        }
    }
    if (bits > 0) out += kAlphabet[(buffer << (6 - bits)) & 63];
    return out;
}

// Rewrites the trailing CRC-16 so that the checksum matches the edited payload.
void sealWithChecksum(std::vector<std::uint8_t>& bytes) {
    REQUIRE(bytes.size() > 2);
    const std::uint16_t crc = crc16(bytes.data(), bytes.size() - 2);
    bytes[bytes.size() - 2] = std::uint8_t(crc >> 8);
    bytes[bytes.size() - 1] = std::uint8_t(crc & 0xff);
}

// Refused: not ok, a readable sentence (that names `why` when given), and the defaults.
void checkRefused(const Config& config, const std::string& fragment, const char* why = nullptr) {
    const LinkDecode decoded = decodeLink(config, fragment);
    INFO("fragment: \"" << (fragment.size() > 80 ? fragment.substr(0, 80) + "…" : fragment)
                        << "\"");
    INFO("error: " << decoded.error);
    CHECK_FALSE(decoded.ok);
    CHECK(decoded.answers == defaultAnswers(config));
    REQUIRE(decoded.error.size() >= 20);
    CHECK(std::isupper(static_cast<unsigned char>(decoded.error.front())));
    CHECK((decoded.error.back() == '.' || decoded.error.back() == '?'));
    CHECK(decoded.error.find('\n') == std::string::npos);
    if (why) CHECK(test::containsNoCase(decoded.error, why));
}

std::vector<Answers> generatedAnswers(int count) {
    test::Random random(7);
    std::vector<Answers> sets = {defaultAnswers(test::shipped())};
    while (int(sets.size()) < count) sets.push_back(test::randomAnswers(test::shipped(), random));
    return sets;
}

}  // namespace

TEST_CASE("a link restores exactly the answers it was made from") {
    const Config& config = test::shipped();
    std::map<std::string, Answers> seen;
    std::size_t longest = 0;
    for (const Answers& answers : generatedAnswers(test::kGeneratedAnswerSets)) {
        const std::string link = encodeLink(config, answers);
        INFO(answersToJson(config, answers) << "\nlink " << link);
        longest = std::max(longest, link.size());
        CHECK(link.size() <= 300);
        CHECK(link.size() <= kMaxLinkLength);
        CHECK(link.rfind(kPrefix, 0) == 0);
        CHECK(link.find_first_not_of(std::string(kAlphabet) + "-", kPrefix.size()) ==
              std::string::npos);

        for (const std::string& fragment : {link, "#" + link}) {
            INFO("decoding " << fragment);
            const LinkDecode decoded = decodeLink(config, fragment);
            CHECK(decoded.ok);
            CHECK(decoded.version == kLinkVersion);
            CHECK(decoded.error.empty());
            CHECK(decoded.answers == answers);
            CHECK(encodeLink(config, decoded.answers) == link);
        }
        CHECK(encodeLink(config, answers) == link);  // the same answers, the same link

        const auto [at, fresh] = seen.emplace(link, answers);
        if (!fresh) CHECK(at->second == answers);  // different answers, different links
    }
    MESSAGE("longest link: " << longest << " characters");
    CHECK(longest < 60);  // far below the 300 allowed: 20 questions pack into ~14 bytes
}

TEST_CASE("a damaged link is refused and the questionnaire starts from the defaults") {
    const Config& config = test::shipped();
    const std::vector<Answers> sets = generatedAnswers(40);

    SUBCASE("empty") {
        checkRefused(config, "", "no answers");
        checkRefused(config, "#", "no answers");
    }

    SUBCASE("a foreign prefix") {
        const std::string link = encodeLink(config, sets[1]);
        for (const std::string& foreign : std::vector<std::string>{
                 "xx-" + link.substr(3), "SA-" + link.substr(3), "sa" + link.substr(3), "hello",
                 "https://example.com/#" + link, "/results?id=42", "#top"}) {
            checkRefused(config, foreign, "not a Sourcing Advisor link");
        }
    }

    SUBCASE("characters a link never has") {
        const std::string link = encodeLink(config, sets[2]);
        for (const char* bad : {"=", "+", "/", " ", ".", "%20", "\xc3\xa9", "\t"}) {
            std::string damaged = link;
            damaged.insert(8, bad);
            checkRefused(config, damaged, "damaged");
        }
        std::string withNul = link;
        withNul[10] = '\0';
        checkRefused(config, withNul, "damaged");
    }

    SUBCASE("truncated by 1 to n characters") {
        for (const Answers& answers : sets) {
            const std::string link = encodeLink(config, answers);
            for (std::size_t cut = 1; cut <= link.size(); ++cut) {
                checkRefused(config, link.substr(0, link.size() - cut));
                checkRefused(config, "#" + link.substr(0, link.size() - cut));
            }
        }
    }

    SUBCASE("with characters added at the end") {
        const std::string link = encodeLink(config, sets[3]);
        for (char extra : std::string(kAlphabet)) checkRefused(config, link + extra);
        checkRefused(config, link + link.substr(3));
    }

    SUBCASE("any single character changed") {
        // A changed character alters at most six neighbouring bits, which CRC-16 always detects;
        // changed padding bits are caught by the canonical spelling.
        const std::string replacements = std::string(kAlphabet) + "=+/ .#%~!";
        int tried = 0;
        for (const Answers& answers : sets) {
            const std::string link = encodeLink(config, answers);
            for (std::size_t at = 0; at < link.size(); ++at) {
                for (char replacement : replacements) {
                    if (replacement == link[at]) continue;
                    std::string damaged = link;
                    damaged[at] = replacement;
                    ++tried;
                    const LinkDecode decoded = decodeLink(config, damaged);
                    INFO(link << " → " << damaged << ": " << decoded.error);
                    CHECK_FALSE(decoded.ok);
                    CHECK_FALSE(decoded.error.empty());
                    CHECK(decoded.answers == defaultAnswers(config));
                }
            }
        }
        CHECK(tried > 10000);
    }

    SUBCASE("too long to be ours") {
        checkRefused(config, std::string(10000, 'A'), "too long");
        checkRefused(config, "#sa-" + std::string(9996, 'A'), "too long");
        checkRefused(config, "sa-" + std::string(kMaxLinkLength, 'A'), "too long");
    }
}

TEST_CASE("a link from another version or another question set is refused") {
    const Config& config = test::shipped();
    const std::string link =
        encodeLink(config, test::answersFrom(config, R"({"workload": "seasonal"})"));
    const std::vector<std::uint8_t> bytes = payloadBytes(link);
    REQUIRE(bytes.size() >= 7);
    REQUIRE(linkOf(bytes) == link);  // the test's own codec agrees with the product's
    CHECK(bytes[0] == kLinkVersion);

    SUBCASE("made by a future version (version byte 3, valid checksum)") {
        std::vector<std::uint8_t> future = bytes;
        future[0] = kLinkVersion + 1;
        sealWithChecksum(future);
        checkRefused(config, linkOf(future), "newer version");
        future[0] = 255;
        sealWithChecksum(future);
        checkRefused(config, linkOf(future), "newer version");
    }

    SUBCASE("an unknown older format (version byte 0, valid checksum)") {
        std::vector<std::uint8_t> old = bytes;
        old[0] = 0;
        sealWithChecksum(old);
        checkRefused(config, linkOf(old), "format");
    }

    SUBCASE("an answer the questions do not have (valid checksum)") {
        // The first question (function, ten options) sits in the top four bits after the
        // version byte and the four-byte question-set hash: 15 is not an option.
        std::vector<std::uint8_t> tampered = bytes;
        tampered[5] |= 0xf0;
        sealWithChecksum(tampered);
        checkRefused(config, linkOf(tampered), "damaged");
    }

    SUBCASE("made for a data file with another question set") {
        json document = test::shippedJson();
        for (json& q : document["questions"])
            if (q["id"] == "scope")
                q["options"].push_back(
                    json{{"value", "process"}, {"label", "A process"}, {"effects", json::array()}});
        const LoadResult other = test::loadJson(document);
        INFO(test::problemsText(other));
        REQUIRE(other.ok());
        CHECK(other.config.questionSetHash != config.questionSetHash);
        checkRefused(other.config, link, "different set of questions");
        checkRefused(config, encodeLink(other.config, defaultAnswers(other.config)),
                     "different set of questions");
    }

    SUBCASE("but a reworded data file keeps its links") {
        json document = test::shippedJson();
        document["questions"][0]["label"] = "What work is it?";
        document["questions"][0]["options"][1]["label"] = "Writing software";
        const LoadResult reworded = test::loadJson(document);
        REQUIRE(reworded.ok());
        CHECK(reworded.config.questionSetHash == config.questionSetHash);
        const LinkDecode decoded = decodeLink(reworded.config, link);
        CHECK(decoded.ok);
        CHECK(decoded.answers == test::answersFrom(config, R"({"workload": "seasonal"})"));
    }
}

TEST_CASE("links made by the first edition keep decoding, the newer questions at their defaults") {
    // Made by the advisor before the second edition of the model (link format 1), pinned here
    // so that they must keep opening.
    const Config& config = test::shipped();
    const struct {
        const char* link;
        const char* answers;
    } golden[] = {
        {"sa-AUJHMiwFACIVFIIAJZs", "{}"},
        {"sa-AUJHMiwVAFwVFoIArq4",
         R"({"function":"software_dev","team_size":12,"control":5,"cost_priority":4})"},
        {"sa-AUJHMiyFIFoVFMqAsSw",
         R"({"workload":"seasonal","team_size":12,"current_model":"provider_offshore","function":"manufacturing","offshore_cost_trend":"rising"})"},
        {"sa-AUJHMixlHzjZFIIA92Q",
         R"({"function":"legal","data_sensitivity":"residency","team_size":1000,"control":1,"horizon":"long"})"},
    };
    for (const auto& g : golden) {
        INFO(g.link);
        const LinkDecode decoded = decodeLink(config, g.link);
        INFO(decoded.error);
        REQUIRE(decoded.ok);
        CHECK(decoded.version == 1);
        CHECK(decoded.answers == test::answersFrom(config, g.answers));
        // Re-encoded, they become links of today's format, which decode to the same answers.
        const std::string today = encodeLink(config, decoded.answers);
        CHECK(today != g.link);
        CHECK(decodeLink(config, today).answers == decoded.answers);
        CHECK(payloadBytes(today)[0] == kLinkVersion);
    }
    SUBCASE("and a damaged first-edition link is still refused") {
        std::string damaged = golden[1].link;
        damaged.back() = damaged.back() == 'A' ? 'B' : 'A';
        checkRefused(config, damaged, "damaged");
    }
}
