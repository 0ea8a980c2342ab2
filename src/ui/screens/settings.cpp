// Settings: country and its emergency number, theme, text size, data, about.
#include <cfloat>
#include <imgui.h>
#include <imgui_stdlib.h>
#include <set>
#include <string>
#include <vector>

#include "core/date_format.h"
#include "core/emergency.h"
#include "i18n/i18n.h"
#include "ui/icons.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {

namespace {
// The chosen country's numbers, service by service, and where they come from. A service without
// its own number is named only when no single number covers it.
void countryNumbers(const core::CountryNumbers& c) {
    std::string services;
    for (auto [service, label] : {std::pair{core::Service::Ambulance, "Ambulance"}, {core::Service::Police, "Police"},
                                  {core::Service::Fire, "Fire"}}) {
        const std::string& n = c.numberFor(service);
        if (!c.single.empty() && n == c.single.front()) continue;
        services += std::string(services.empty() ? "" : " \u00b7 ") + label + " " + (n.empty() ? "not confirmed" : n);
    }
    if (!services.empty()) mutedText(services.c_str());
    if (!c.single.empty()) {
        std::string all = "Every service: ";
        for (size_t i = 0; i < c.single.size(); ++i) all += (i ? " or " : "") + c.single[i];
        mutedText(all.c_str());
    }
    if (!c.note.empty()) mutedText(c.note.c_str());
    mutedText(("Checked " + core::formatDate(c.checked) + " against " + std::to_string(c.sources.size()) +
               (c.sources.size() == 1 ? " source" : " sources"))
                  .c_str());
}

// The search comes straight after the number in use, so it stays in view at the largest text;
// the chosen country's details follow when no search is typed.
// A language's code and its own name ("ar", "العربية").
struct Language {
    std::string code, name;
};

// The catalogues in po/, each by its own name: read once per screen, not in every frame (a folder
// scan and an ICU lookup each).
std::vector<Language> installedLanguages() {
    std::vector<Language> out;
    for (const std::string& code : i18n::availableLanguages()) out.push_back({code, i18n::nativeName(code)});
    return out;
}

// Each language by its own name, so a user who cannot read the current one still finds theirs.
void languagePicker(app::App& app, const std::vector<Language>& languages) {
    heading(i18n::tr("Language"));
    float w = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x * (languages.size() - 1)) / languages.size();
    for (size_t i = 0; i < languages.size(); ++i) {
        if (i) ImGui::SameLine();
        std::string label = languages[i].name + "##language-" + languages[i].code;
        bool chosen = app.language() == languages[i].code;
        if (tapButton(label.c_str(), w, chosen ? Tone::Accent : Tone::Normal) && !chosen) app.setLanguage(languages[i].code);
    }
}

void countryPicker(ScreenContext& ctx) {
    app::App& app = ctx.app;
    heading("Country and emergency number");
    beginCard();
    const core::CountryNumbers* chosen = app.country();
    if (chosen)
        paragraphf("%s: %s", chosen->name.c_str(), app.emergencyNumber().c_str());
    else
        paragraphf("Not chosen (showing %s)", app.emergencyNumber().c_str());
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##country-filter", ICON_SEARCH " Find a country", &app.countrySearch());
    recordTapTarget("##country-filter");
    if (!app.countrySearch().empty()) {
        auto found = app.countryMatches();
        if (found.size() > 6) found.resize(6);
        for (const core::CountryNumbers* c : found) {
            std::string label = c->name + "  " + c->number() + "##country-" + c->code;
            if (tapButton(label.c_str())) app.setCountry(c->code);
        }
        if (found.empty()) mutedText(app.noCountryMatchText().c_str());
    } else if (chosen) {
        countryNumbers(*chosen);
    }
    endCard();
}

class SettingsScreen final : public ScreenOf<app::route::Settings> {
public:
    SettingsScreen() : ScreenOf("Settings") {}

private:
    std::vector<Language> languages_;  // filled on first show

    void show(ScreenContext& ctx, const app::route::Settings&) override {
        app::App& app = ctx.app;
        if (languages_.empty()) languages_ = installedLanguages();
        languagePicker(app, languages_);
        countryPicker(ctx);

        heading("Theme");
        float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;
        bool dark = app.settings().theme == core::Theme::Dark;
        if (tapButton("Light##theme-light", half, dark ? Tone::Normal : Tone::Accent)) app.setTheme(core::Theme::Light);
        ImGui::SameLine();
        if (tapButton("Dark##theme-dark", half, dark ? Tone::Accent : Tone::Normal)) app.setTheme(core::Theme::Dark);

        heading("Text size");
        const auto& scales = core::Settings::kTextScales;
        float w = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x * (scales.size() - 1)) / scales.size();
        const char* names[] = {"Small", "Normal", "Large", "Larger", "Largest"};
        // Each button shows an "A" at the size it would give, relative to the size in use now.
        for (size_t i = 0; i < scales.size(); ++i) {
            if (i) ImGui::SameLine();
            std::string label = std::string("##text-") + names[i];
            bool chosen = app.settings().textScale == scales[i];
            if (tapButton(label.c_str(), w, chosen ? Tone::Accent : Tone::Normal)) app.setTextScale(scales[i]);
            ImFont* font = ctx.fonts.body;
            float size = font->FontSize * scales[i] / app.settings().textScale;
            ImVec2 glyph = textSize("A", 0, font, size);
            ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
            drawText(ImGui::GetWindowDrawList(), ImVec2((min.x + max.x - glyph.x) / 2, (min.y + max.y - glyph.y) / 2),
                     ImGui::GetColorU32(chosen ? palette().onColour : ImGui::GetStyle().Colors[ImGuiCol_Text]), "A", 0, font, size);
        }
        for (size_t i = 0; i < scales.size(); ++i)
            if (app.settings().textScale == scales[i]) mutedText((std::string("Text size: ") + names[i]).c_str());

        drawSpeechSetting(ctx);
        drawBackgroundRemindersSetting(ctx);
        heading("Your data");
        beginCard();
        paragraph("Everything you enter stays on this device, in one file:");
        mutedText(app.db().path().string().c_str());
        if (tapButton(ICON_FILE "  Back up now##backup", -1, Tone::Accent)) app.backUpNow();
        mutedText(("Backups go to " + app.documentsFolder().string() + ", with the exported plan. To restore one, close Steadfast and run: "
                   "steadfast restore FILE").c_str());
        endCard();

        heading("About");
        beginCard();
        paragraphf("Steadfast %s", STEADFAST_VERSION);
        paragraphf("%zu first-aid guides, %zu checklists, emergency numbers for %zu countries.",
                           app.content().guides.size(), app.content().checklists.size(),
                           app.content().numbers.countries.size());
        std::set<std::string> editions;
        for (const auto& g : app.content().guides) editions.insert(g.guideline.name + " (" + g.guideline.edition + ")");
        mutedText("Guidelines followed:");
        bulletList(std::vector<std::string>(editions.begin(), editions.end()));
        mutedText("Each guide names its guideline section and sources. Steadfast does not replace a first-aid course.");
        endCard();
    }
};
}  // namespace

std::unique_ptr<Screen> makeSettingsScreen() { return std::make_unique<SettingsScreen>(); }

}  // namespace ui
