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
#include "ui/fields.h"
#include "ui/widgets.h"

namespace ui {
using i18n::fillIn, i18n::tr, i18n::trn;

namespace {
// The chosen country's numbers, service by service, and where they come from. A service without
// its own number is named only when no single number covers it.
void countryNumbers(const core::CountryNumbers& c) {
    std::string services;
    // TRANSLATORS: "Ambulance 997 · Police 999 · Fire 998"; {number} may be "not confirmed".
    for (auto [service, label] : {std::pair{core::Service::Ambulance, tr("Ambulance {number}")}, {core::Service::Police, tr("Police {number}")},
                                  {core::Service::Fire, tr("Fire {number}")}}) {
        const std::string& n = c.numberFor(service);
        if (!c.single.empty() && n == c.single.front()) continue;
        services += std::string(services.empty() ? "" : " \u00b7 ") + fillIn(label, "number", n.empty() ? tr("not confirmed") : n);
    }
    if (!services.empty()) mutedText(services);
    if (!c.single.empty()) {
        std::string numbers;
        // TRANSLATORS: between two emergency numbers: "112 or 911".
        for (size_t i = 0; i < c.single.size(); ++i) numbers += (i ? fillIn(tr(" or {number}"), "number", c.single[i]) : c.single[i]);
        mutedText(fillIn(tr("Every service: {numbers}"), "numbers", numbers));
    }
    if (!c.note.empty()) mutedText(c.note);
    std::string checked = trn("Checked {date} against %d source", "Checked {date} against %d sources", static_cast<long long>(c.sources.size()));
    mutedText(fillIn(checked, "date", core::formatDate(c.checked)));
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
    heading(tr("Language"));
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
    heading(tr("Country and emergency number"));
    beginCard();
    const core::CountryNumbers* chosen = app.country();
    if (chosen)
        paragraph(chosen->name + ": " + app.emergencyNumber());
    else
        paragraph(fillIn(tr("Not chosen (showing {number})"), "number", app.emergencyNumber()));
    std::string hint = std::string(ICON_SEARCH " ") + tr("Find a country");
    textField("##country-filter", "", hint.c_str(), app.countrySearch());
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

// The records other programs read (spreadsheets, calendars), each to a file for the user.
void exportRecords(app::App& app) {
    mutedText(tr("Your records, for spreadsheets and calendars:"));
    float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;
    using Format = exporting::HistoryFormat;
    if (tapButton(labelled(ICON_HISTORY, tr("Checklist runs (CSV)"), "##export-history-csv").c_str(), half)) app.exportHistory(Format::Csv);
    ImGui::SameLine();
    if (tapButton(labelled(ICON_HISTORY, tr("Checklist runs (JSON)"), "##export-history-json").c_str(), half)) app.exportHistory(Format::Json);
    if (tapButton(labelled(ICON_PRACTICE, tr("Practice (CSV)"), "##export-progress-csv").c_str(), half)) app.exportProgress(Format::Csv);
    ImGui::SameLine();
    if (tapButton(labelled(ICON_PRACTICE, tr("Practice (JSON)"), "##export-progress-json").c_str(), half)) app.exportProgress(Format::Json);
    if (tapButton(labelled(ICON_CALENDAR, tr("Reminders (calendar file)"), "##export-ics").c_str())) app.exportReminders();
}

class SettingsScreen final : public ScreenOf<app::route::Settings> {
public:
    SettingsScreen() : ScreenOf(core::textId("Settings")) {}

private:
    std::vector<Language> languages_;  // filled on first show

    void show(ScreenContext& ctx, const app::route::Settings&) override {
        app::App& app = ctx.app;
        if (languages_.empty()) languages_ = installedLanguages();
        languagePicker(app, languages_);
        countryPicker(ctx);

        heading(tr("Theme"));
        float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;
        bool dark = app.settings().theme == core::Theme::Dark;
        // TRANSLATORS: the light and the dark theme.
        if (tapButton(labelled(i18n::trc("theme", "Light"), "##theme-light").c_str(), half, dark ? Tone::Normal : Tone::Accent))
            app.setTheme(core::Theme::Light);
        ImGui::SameLine();
        if (tapButton(labelled(i18n::trc("theme", "Dark"), "##theme-dark").c_str(), half, dark ? Tone::Accent : Tone::Normal))
            app.setTheme(core::Theme::Dark);

        heading(tr("Text size"));
        const auto& scales = core::Settings::kTextScales;
        float w = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x * (scales.size() - 1)) / scales.size();
        const char* ids[] = {"Small", "Normal", "Large", "Larger", "Largest"};
        // TRANSLATORS: the text sizes, from the smallest to the largest.
        const char* names[] = {i18n::trc("text size", "Small"), i18n::trc("text size", "Normal"), i18n::trc("text size", "Large"),
                               i18n::trc("text size", "Larger"), i18n::trc("text size", "Largest")};
        // Each button shows an "A" at the size it would give, relative to the size in use now.
        for (size_t i = 0; i < scales.size(); ++i) {
            if (i) ImGui::SameLine();
            std::string label = std::string("##text-") + ids[i];
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
            if (app.settings().textScale == scales[i]) mutedText(fillIn(tr("Text size: {size}"), "size", names[i]));

        drawSpeechSetting(ctx);
        drawBackgroundRemindersSetting(ctx);
        heading(tr("Your data"));
        beginCard();
        paragraph(tr("Everything you enter stays on this device, in one file:"));
        mutedText(app.files().whereDataIs(app.db().path()));
        if (tapButton(labelled(ICON_FILE, tr("Back up now"), "##backup").c_str(), -1, Tone::Accent)) app.backUpNow();
        if (app.canChooseFiles()) {
            if (tapButton(labelled(ICON_HISTORY, tr("Restore a backup"), "##restore").c_str())) app.restoreFromChosenFile();
            mutedText(fillIn(tr("Backups go to {folder}, with the exported plan. Restoring one replaces everything here; the data it replaces is saved first."),
                             "folder", app.files().destination()));
        } else {
            mutedText(fillIn(tr("Backups go to {folder}, with the exported plan. To restore one, close Steadfast and run: steadfast restore FILE"),
                             "folder", app.files().destination()));
        }
        exportRecords(app);
        endCard();

        heading(tr("About"));
        beginCard();
        paragraphf("Steadfast %s", STEADFAST_VERSION);
        // TRANSLATORS: what the app holds: "28 first-aid guides, 12 checklists, emergency numbers for 200 countries."
        std::string holds = fillIn(tr("{guides}, {checklists}, emergency numbers for {countries}."), "guides",
                                   trn("%d first-aid guide", "%d first-aid guides", static_cast<long long>(app.content().guides.size())));
        holds = fillIn(holds, "checklists", trn("%d checklist", "%d checklists", static_cast<long long>(app.content().checklists.size())));
        paragraph(fillIn(holds, "countries", trn("%d country", "%d countries", static_cast<long long>(app.content().numbers.countries.size()))));
        std::set<std::string> editions;
        for (const auto& g : app.content().guides) editions.insert(g.guideline.name + " (" + g.guideline.edition + ")");
        mutedText(tr("Guidelines followed:"));
        bulletList(std::vector<std::string>(editions.begin(), editions.end()));
        mutedText(tr("Each guide names its guideline section and sources. Steadfast does not replace a first-aid course."));
        endCard();
    }
};
}  // namespace

std::unique_ptr<Screen> makeSettingsScreen() { return std::make_unique<SettingsScreen>(); }

}  // namespace ui
