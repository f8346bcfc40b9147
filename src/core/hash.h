// Small, stable hashes and checksums shared by the data loader and the share-link codec.
// FNV-1a (64-bit) names the data file's content; CRC-16/CCITT guards a link against damage.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace advisor {

struct Fnv1a {
    std::uint64_t value = 1469598103934665603ull;
    void add(std::string_view bytes) {
        for (unsigned char c : bytes) {
            value ^= c;
            value *= 1099511628211ull;
        }
        value ^= 0xff;  // separator, so that ("ab","c") and ("a","bc") differ
        value *= 1099511628211ull;
    }
};

inline std::uint16_t crc16(const std::uint8_t* data, std::size_t size) {
    std::uint16_t crc = 0xffff;
    for (std::size_t i = 0; i < size; ++i) {
        crc ^= static_cast<std::uint16_t>(data[i]) << 8;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x8000) ? static_cast<std::uint16_t>((crc << 1) ^ 0x1021)
                                 : static_cast<std::uint16_t>(crc << 1);
    }
    return crc;
}

}  // namespace advisor
