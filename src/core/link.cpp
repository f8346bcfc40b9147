// The share-link codec of link.h: bit packing, base64url, version, question-set hash and CRC.
#include "link.h"

#include <cstdint>
#include <vector>

#include "hash.h"

namespace advisor {
namespace {

constexpr std::string_view kPrefix = "sa-";
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

int bitsFor(unsigned count) {  // bits to store values 0..count−1
    int bits = 1;
    while ((1u << bits) < count && bits < 31) ++bits;
    return bits;
}

int bitsOf(const Question& q) {
    return q.type == Question::Type::Choice ? bitsFor(unsigned(q.options.size()))
                                            : bitsFor(unsigned(q.max - q.min + 1));
}

class BitWriter {
  public:
    void write(unsigned value, int bits) {
        for (int b = bits - 1; b >= 0; --b) {
            if (used_ % 8 == 0) bytes.push_back(0);
            if (value & (1u << b)) bytes.back() |= std::uint8_t(0x80u >> (used_ % 8));
            ++used_;
        }
    }
    std::vector<std::uint8_t> bytes;

  private:
    std::size_t used_ = 0;
};

class BitReader {
  public:
    BitReader(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}
    bool read(int bits, unsigned& value) {
        value = 0;
        for (int b = 0; b < bits; ++b) {
            if (used_ >= size_ * 8) return false;
            value = (value << 1) | ((data_[used_ / 8] >> (7 - used_ % 8)) & 1u);
            ++used_;
        }
        return true;
    }

  private:
    const std::uint8_t* data_;
    std::size_t size_;
    std::size_t used_ = 0;
};

std::string base64url(const std::vector<std::uint8_t>& bytes) {
    std::string out;
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

bool fromBase64url(std::string_view text, std::vector<std::uint8_t>& bytes) {
    unsigned buffer = 0;
    int bits = 0;
    for (char c : text) {
        int value = -1;
        if (c >= 'A' && c <= 'Z')
            value = c - 'A';
        else if (c >= 'a' && c <= 'z')
            value = c - 'a' + 26;
        else if (c >= '0' && c <= '9')
            value = c - '0' + 52;
        else if (c == '-')
            value = 62;
        else if (c == '_')
            value = 63;
        if (value < 0) return false;
        buffer = (buffer << 6) | unsigned(value);
        bits += 6;
        if (bits >= 8) {
            bytes.push_back(std::uint8_t(buffer >> (bits - 8)));
            bits -= 8;
        }
    }
    return true;
}

LinkDecode failure(const Config& config, Text message) {  // the data file's words for it
    LinkDecode result;
    result.answers = defaultAnswers(config);
    result.error = config.text(message);
    return result;
}

// The link of `answers` in format `version`: the questions that format carries, in order.
std::string encode(const Config& config, const Answers& answers, int version) {
    BitWriter writer;
    writer.write(unsigned(version), 8);
    writer.write(questionSetHashFor(config, version), 32);
    for (std::size_t i = 0; i < config.questions.size(); ++i) {
        const Question& q = config.questions[i];
        if (q.sinceVersion > version) continue;
        const int offset = q.type == Question::Type::Choice ? 0 : q.min;
        writer.write(unsigned(answers.values[i] - offset), bitsOf(q));
    }
    std::vector<std::uint8_t> bytes = writer.bytes;
    const std::uint16_t crc = crc16(bytes.data(), bytes.size());
    bytes.push_back(std::uint8_t(crc >> 8));
    bytes.push_back(std::uint8_t(crc & 0xff));
    return std::string(kPrefix) + base64url(bytes);
}

}  // namespace

std::string encodeLink(const Config& config, const Answers& answers) {
    return encode(config, answers, kLinkVersion);
}

LinkDecode decodeLink(const Config& config, std::string_view fragment) {
    if (!fragment.empty() && fragment.front() == '#') fragment.remove_prefix(1);
    if (fragment.empty()) return failure(config, Text::LinkEmpty);
    if (fragment.size() > kMaxLinkLength) return failure(config, Text::LinkTooLong);
    if (fragment.substr(0, kPrefix.size()) != kPrefix) return failure(config, Text::LinkForeign);
    std::vector<std::uint8_t> bytes;
    if (!fromBase64url(fragment.substr(kPrefix.size()), bytes))
        return failure(config, Text::LinkBadCharacters);
    if (bytes.size() < 7) return failure(config, Text::LinkIncomplete);
    if (bytes[0] > kLinkVersion) return failure(config, Text::LinkNewer);
    const std::uint16_t crc = crc16(bytes.data(), bytes.size() - 2);
    if ((std::uint16_t(bytes[bytes.size() - 2] << 8) | bytes.back()) != crc)
        return failure(config, Text::LinkChecksum);
    const int version = bytes[0];
    if (version < 1) return failure(config, Text::LinkUnknownFormat);
    BitReader reader(bytes.data() + 1, bytes.size() - 3);
    unsigned hash = 0;
    reader.read(32, hash);
    if (hash != questionSetHashFor(config, version))
        return failure(config, Text::LinkOtherQuestions);
    LinkDecode result;
    result.answers = defaultAnswers(config);  // questions newer than the link keep their defaults
    for (std::size_t i = 0; i < config.questions.size(); ++i) {
        const Question& q = config.questions[i];
        if (q.sinceVersion > version) continue;
        unsigned raw = 0;
        if (!reader.read(bitsOf(q), raw)) return failure(config, Text::LinkIncomplete);
        const int value = int(raw) + (q.type == Question::Type::Choice ? 0 : q.min);
        if (!isValidValue(config, int(i), value)) return failure(config, Text::LinkBadAnswer);
        result.answers.values[i] = value;
    }
    // Only the canonical spelling is accepted, so every link re-encodes to itself (in its format).
    if (encode(config, result.answers, version) != fragment)
        return failure(config, Text::LinkAltered);
    result.ok = true;
    result.version = version;
    return result;
}

}  // namespace advisor
