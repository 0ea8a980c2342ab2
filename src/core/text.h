#pragma once
// Small text helpers shared by the lower layers.
#include <string>
#include <string_view>
#include <vector>

namespace core {

std::string toLower(std::string_view s);
std::vector<std::string> splitWords(std::string_view s);
// Characters, not bytes: "–" is one character.
size_t utf8Length(std::string_view s);
// Arabic as a search compares it: the hamza forms of alef (أ إ آ ٱ) as ا, ة as ه, ى as ي, ؤ as و,
// ئ as ي, and the short vowel marks and tatweel dropped, so "الامارات" finds "الإمارات".
std::string foldArabic(std::string_view s);
// Without leading and trailing spaces, tabs and line breaks.
std::string trim(std::string_view s);

// Marks English that core keeps as the id of a label (a field's name, a choice): core does no
// translating, the UI and the exports show it through i18n::tr(), and scripts/update-po extracts
// it for the translators. Nothing happens at run time.
constexpr const char* textId(const char* english) { return english; }

// The two English forms of a counted message ("{n} item" / "{n} items"), marked for the
// translators like textId; worded through i18n::trn.
struct PluralText {
    const char* singular;
    const char* plural;
};
constexpr PluralText textIdPlural(const char* singular, const char* plural) { return {singular, plural}; }

// A message core or content returns instead of prose: a catalogue key (marked with textId) whose
// {names} the values fill in, worded in the user's language by i18n::wording().
struct Wording {
    struct Value {
        enum class Kind {
            Text,    // shown as it is: a name the user typed, a file name, an id
            Key,     // a catalogue key, translated before it fills in (a kind of contact)
            Number,  // a whole number, written as the language writes numbers
        };
        Value(std::string name, std::string text, Kind kind = Kind::Text) : name(std::move(name)), text(std::move(text)), kind(kind) {}
        std::string name, text;
        Kind kind = Kind::Text;
    };
    Wording(const char* key = "", std::vector<Value> values = {}) : key(key), values(std::move(values)) {}

    const char* key;
    std::vector<Value> values;
    const char* plural = nullptr;  // set: key and plural are the two English forms for the count, {n}
    long long count = 0;

    // A counted message: the form for count, with {n} written as the language writes numbers.
    static Wording counted(PluralText forms, long long count, std::vector<Value> values = {}) {
        Wording w(forms.singular, std::move(values));
        w.plural = forms.plural;
        w.count = count;
        return w;
    }
    static Value number(std::string name, long long n) { return {std::move(name), std::to_string(n), Value::Kind::Number}; }

    // The words in English, for the command line, logs and tests.
    std::string english() const;
};

// text with every {name} of values replaced by its text (as it is: no translating, no number formats).
std::string fillInValues(std::string text, const std::vector<Wording::Value>& values);

}  // namespace core
