// Share links: answers ⇄ a short string for the URL fragment ("sa-" + base64url). The payload is
//   [format version: 1 byte][question-set hash: 4 bytes][answers, bit-packed][CRC-16: 2 bytes]
// so a link made for another question set, by a newer version, or damaged in transit is refused
// with a sentence a visitor can read. Any answer set encodes to well under 300 characters.
#pragma once

#include <string>
#include <string_view>

#include "answers.h"
#include "config.h"

namespace advisor {

// Format 2 carries the questions added in the second edition of the model; format 1 links still
// decode, the newer questions taking their defaults.
constexpr int kLinkVersion = 2;
constexpr std::size_t kMaxLinkLength = 300;

std::string encodeLink(const Config& config, const Answers& answers);

struct LinkDecode {
    bool ok = false;
    Answers answers;    // the decoded answers when ok; otherwise the defaults
    int version = 0;    // when ok: the format the link was written in (1 … kLinkVersion)
    std::string error;  // for the visitor: what is wrong with the link
};

// Accepts the fragment with or without its leading '#'. Never throws.
LinkDecode decodeLink(const Config& config, std::string_view fragment);

}  // namespace advisor
