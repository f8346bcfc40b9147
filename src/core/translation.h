// Languages as data: a translation table gives the data file's texts in another language, keyed
// by ids (criteria, cells, questions, options, cost parameters, countries) rather than positions,
// so it survives a reordering of the data file. The shipped tables are assets/lang/advisor.LL.json;
// a tailored data file may bring tables of its own. A table is checked against the data file it
// translates: which texts it lacks (they stay in English) and which keys it has that the data file
// does not (a misspelt id, or a text that was removed).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "config.h"

namespace advisor {

struct TranslationCheck {
    std::string language;              // "de"
    std::string name;                  // "Deutsch"
    std::vector<std::string> missing;  // JSON pointers into the table: "/questions/core/help"
    std::vector<std::string> extra;
    std::string error;  // the table is not a JSON object of strings (then nothing is applied)
};

// The table of a data file's own texts: what a translator starts from.
std::string sourceTable(std::string_view dataText);

// Loads the data file with the table's texts in place of its own; `check` says what is missing
// or extra. A text the table lacks stays as the data file has it.
LoadResult loadTranslatedConfig(std::string_view dataText, std::string_view tableText,
                                TranslationCheck* check = nullptr);

// The languages shipped with the advisor, English first, and their tables ("" for English).
const std::vector<std::string>& shippedLanguages();
std::string_view shippedTable(std::string_view language);
// A shipped table's language in its own words ("Deutsch": the table's "name"), read without
// unpacking the table; "" for English (the data file's language_name says it) or an unknown one.
std::string shippedLanguageName(std::string_view language);

// The shipped language for a BCP 47 tag: "de-AT" → "de", "pt" → "" (none).
std::string matchLanguage(std::string_view tag);

}  // namespace advisor
