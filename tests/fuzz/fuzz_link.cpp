// Fuzzes the share-link decoder: never crashes; a decoded link of the current format re-encodes to
// the same string (an older format's link re-encodes to a current one); decode(encode(answers))
// gives back the answers.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "link.h"

using namespace advisor;

static const Config& config() {
    static const Config loaded = loadConfig(embeddedConfigText()).config;
    return loaded;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    const LinkDecode decoded = decodeLink(config(), text);
    if (!decoded.ok) {
        if (decoded.error.empty()) std::abort();  // a refusal always says why
        return 0;
    }
    std::string canonical = text;
    if (!canonical.empty() && canonical[0] == '#') canonical.erase(0, 1);
    if (decoded.version < 1 || decoded.version > kLinkVersion) std::abort();
    if (decoded.version == kLinkVersion && encodeLink(config(), decoded.answers) != canonical)
        std::abort();
    const LinkDecode again = decodeLink(config(), encodeLink(config(), decoded.answers));
    if (!again.ok || again.answers != decoded.answers) std::abort();
    return 0;
}
