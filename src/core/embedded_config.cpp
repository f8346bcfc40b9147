// The data file compiled into the program (see cmake/Embed.cmake), so that the command line and
// the offline web page need no file system.
#include "config.h"

extern const unsigned char embedded_advisor_json[];
extern const unsigned long embedded_advisor_json_size;

namespace advisor {

std::string_view embeddedConfigText() {
    return {reinterpret_cast<const char*>(embedded_advisor_json), embedded_advisor_json_size};
}

}  // namespace advisor
