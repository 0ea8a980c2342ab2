#pragma once
// The plural rule of a PO file's header ("Plural-Forms: nplurals=6; plural=n==0 ? 0 : ...;"): the
// C expression a translator's tools check and msgfmt compiles, evaluated here for a count. The
// file's own rule is the one its msgstr[n] were written against, so it decides, not a table of
// ours; a test checks Arabic's against ICU's CLDR plural categories.
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace i18n {

class PluralForms {
public:
    // nullopt when the header's rule cannot be read (the message says why).
    static std::optional<PluralForms> parse(std::string_view header, std::string* error = nullptr);
    PluralForms();  // English's: nplurals=2; plural=(n != 1)
    ~PluralForms();
    PluralForms(PluralForms&&) noexcept;
    PluralForms& operator=(PluralForms&&) noexcept;

    int count() const { return count_; }
    // The msgstr index for n, always in [0, count()).
    int index(unsigned long n) const;

    struct Node;

private:
    int count_ = 2;
    std::unique_ptr<Node> rule_;
};

}  // namespace i18n
