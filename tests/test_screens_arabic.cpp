// The screens' own words in the user's language: Today, Emergency, Reminders, a reminder's
// editor, the Plan and the kit show Arabic when the language is Arabic, and no English is left
// among their headings, paragraphs and buttons. What a frame drew is read back through ImGui's
// own text log (the words as the text engine hands them to ImGui: shaped Arabic as atlas codes).
#include <doctest/doctest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <cfloat>
#include <functional>
#include <map>
#include <set>

#include "i18n/i18n.h"
#include "platform/headless.h"
#include "support.h"
#include "ui/text/utf8.h"

using namespace test;

namespace {

using test::ShippedCatalogues;

std::string logged;

// The text one frame drew as items (headings, paragraphs, labels of buttons drawn by ImGui),
// through ImGui's log, which hands it to the clipboard when the shell's window ends.
std::string drawnText(platform::Headless& screen) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    ImGuiIO& io = ImGui::GetIO();
    auto setClipboard = io.SetClipboardTextFn;
    io.SetClipboardTextFn = [](void*, const char* text) { logged = text; };
    logged.clear();
    g.LogEnabled = true;
    g.LogType = ImGuiLogType_Clipboard;
    g.LogDepthRef = 0;
    g.LogLinePosY = FLT_MAX;
    g.LogLineFirstItem = true;
    screen.frame();
    io.SetClipboardTextFn = setClipboard;
    return logged;
}

// Words of three or more Latin letters: English left on a screen.
std::set<std::string> latinWords(const std::string& text) {
    std::set<std::string> words;
    std::string word;
    for (char c : text + " ") {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            word += c;
        } else {
            if (word.size() >= 3) words.insert(word);
            word.clear();
        }
    }
    return words;
}

// Shaped Arabic reaches ImGui as codes in the atlas's private range.
size_t shapedGlyphs(const std::string& text) {
    size_t n = 0;
    for (char32_t c : ui::text::decodeUtf8(text).codepoints) n += c >= 0xE000 && c <= 0xEFFF;
    return n;
}

struct Visit {
    const char* name;
    std::function<void(app::App&)> go;
};

std::vector<Visit> visits() {
    return {
        {"Today", [](app::App& a) { a.nav().selectTab(app::Tab::Today); }},
        {"Emergency", [](app::App& a) { a.openEmergency(); }},
        {"Reminders", [](app::App& a) { a.nav().selectTab(app::Tab::Reminders); }},
        {"New reminder", [](app::App& a) { a.nav().push(app::route::ReminderEdit{}); }},
        {"Upkeep reminders", [](app::App& a) { a.nav().push(app::route::ReminderDefaults{}); }},
        {"Plan", [](app::App& a) { a.nav().selectTab(app::Tab::Plan); }},
        {"Kit", [](app::App& a) { a.nav().push(app::route::Kit{}); }},
        {"Home", [](app::App& a) { a.nav().push(app::route::PlanHome{}); }},
    };
}

}  // namespace

TEST_CASE("Today, Emergency, Reminders, the Plan and the kit speak Arabic when the language is Arabic") {
    ShippedCatalogues shipped;
    AppFixture f;
    f.app->startInLanguage("en");
    platform::Headless screen(*f.app);
    // The same screens in English first: the log does show their English words.
    std::map<std::string, std::set<std::string>> english;
    for (const Visit& v : visits()) {
        v.go(*f.app);
        screen.frame(3);
        english[v.name] = latinWords(drawnText(screen));
        INFO(v.name);
        CHECK(english[v.name].size() >= 3);
    }
    CHECK(english["Today"].count("emergency"));
    CHECK(english["Plan"].count("Household"));

    f.app->setLanguage("ar");
    REQUIRE(i18n::language() == "ar");
    for (const Visit& v : visits()) {
        INFO(v.name);
        v.go(*f.app);
        screen.frame(3);
        std::string drawn = drawnText(screen);
        CHECK(shapedGlyphs(drawn) > 20);
        // Not one English word of the screen is left; what stays Latin is a name (Steadfast, PDF,
        // JSON) or a format (YYYY-MM-DD), and it would be in the English too.
        std::set<std::string> left = latinWords(drawn);
        for (const std::string& w : left) {
            INFO(w);
            // "Debug" is ImGui's own fallback window, which the log names when it starts.
            CHECK((w == "Debug" || w == "Steadfast" || w == "PDF" || w == "JSON" || w == "ICE" || w == "YYYY" || w == "HH"));
        }
    }
}

TEST_CASE("the kit's items take the names of the language chosen, and a user's own item keeps its name") {
    ShippedCatalogues shipped;
    AppFixture f;
    f.app->startInLanguage("en");
    int64_t own = f.app->plan().addKitItem("Hearing-aid batteries");
    auto nameOf = [&](const std::string& templateId) {
        for (const core::KitItem& k : f.app->plan().plan().kit)
            if (k.templateId == templateId) return k.name;
        return std::string();
    };
    CHECK(nameOf("water") == "Drinking water");
    f.app->setLanguage("ar");
    CHECK(nameOf("water") == "مياه الشرب");
    CHECK(f.app->plan().plan().kitItem(own)->name == "Hearing-aid batteries");
    f.app->setLanguage("en");
    CHECK(nameOf("water") == "Drinking water");
}
