#pragma once
// Where a translated content file came from, so the app can say that a guide is a translation and
// whether a qualified first-aid trainer has reviewed it.
#include <optional>
#include <string>

#include "core/calendar_date.h"

namespace core {

struct Translation {
    std::string language;  // "ar"; empty: the English original, and the fields below are unused
    std::string from;      // the English file it translates: "guides/burns.toml"
    std::optional<CalendarDate> englishChecked;  // the English text's `checked` date it follows
    CalendarDate translated;                     // when it was translated
    bool reviewed = false;  // checked by a qualified first-aid trainer, named in reviewer
    std::string reviewer;
    std::string note;

    bool isTranslation() const { return !language.empty(); }
    // A translation that no qualified first-aid trainer has checked yet: the app says so.
    bool needsReview() const { return isTranslation() && !reviewed; }
};

}  // namespace core
