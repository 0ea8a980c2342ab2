// The upkeep reminders offered on first run: each can be kept or left out; the certificate one
// asks for the certificate's expiry date and comes 60 days before it.
#include <imgui.h>

#include "core/text.h"
#include "i18n/i18n.h"
#include "ui/icons.h"
#include "ui/screens/label.h"
#include "ui/screens/reminder_widgets.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {

namespace {
using i18n::tr;

class ReminderDefaultsScreen final : public ScreenOf<app::route::ReminderDefaults> {
public:
    // TRANSLATORS: the title of the screen that offers reminders to keep the home and kit ready.
    ReminderDefaultsScreen() : ScreenOf(core::textId("Upkeep")) {}

private:
    void show(ScreenContext& ctx, const app::route::ReminderDefaults&) override {
        app::App& app = ctx.app;
        app::UpkeepOffer& offer = app.upkeepOffer();
        app::DefaultsChoice& choice = offer.choice();

        paragraph(tr("Choose the reminders to keep. You can change the date of each one, or delete it, later."));
        for (const core::UpkeepDefault& d : offer.defaults().items) {
            bool on = choice.chosen.count(d.id) > 0;
            std::string id = "##default-" + d.id;
            if (toggleRow(id.c_str(), on, d.title.c_str(), d.schedule.c_str())) {
                if (on)
                    choice.chosen.erase(d.id);
                else
                    choice.chosen.insert(d.id);
            }
            if (d.needsDate() && choice.chosen.count(d.id)) {
                beginCard();
                dateField(tr("Your certificate expires on"), "##default-certificate-date", choice.certificateExpiry);
                endCard();
            }
        }

        ImGui::Spacing();
        size_t n = choice.chosen.size();
        std::string add = labelWithId(n == 0 ? std::string(tr("Keep none of these"))
                                             : i18n::trn("Add {n} reminder", "Add {n} reminders", static_cast<long long>(n)),
                                      "##defaults-add");
        if (tapButton(add.c_str(), -1, n ? Tone::Accent : Tone::Normal)) {
            bool done = n ? offer.addChosen() : (offer.dismiss(), true);
            if (done) {
                app.nav().back();
                return;
            }
        }
        if (!offer.answered() && tapButton(labelWithId(tr("Not now"), "##defaults-later").c_str())) {
            offer.dismiss();
            app.nav().back();
        }
    }
};
}  // namespace

std::unique_ptr<Screen> makeReminderDefaultsScreen() { return std::make_unique<ReminderDefaultsScreen>(); }

}  // namespace ui
