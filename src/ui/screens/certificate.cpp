// A certificate or course: its name, who gave it, when it was taken and when it expires. Saved
// with one tap; an expiry date keeps a reminder before it.
#include <imgui.h>

#include "core/calendar_date.h"
#include "core/text.h"
#include "app/reminder_text.h"
#include "i18n/i18n.h"
#include "ui/icons.h"
#include "ui/theme.h"
#include "ui/fields.h"
#include "ui/screens/plan_widgets.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace ui {
namespace {
using i18n::fillIn;
using i18n::tr;

class CertificateScreen final : public ScreenOf<app::route::Certificate> {
public:
    CertificateScreen() : ScreenOf("Certificate") {}

private:
    std::string titleOf(ScreenContext&, const app::route::Certificate& route) override {
        return route.certificateId == 0 ? tr("New certificate or course") : tr("Certificate or course");
    }

    // The form starts from the stored certificate each time the screen opens on another one.
    void load(app::Progress& progress, long long id) {
        loadedId_ = id;
        error_.clear();
        draft_ = {};
        name_ = provider_ = taken_ = expires_ = "";
        if (const core::Certificate* c = progress.certificate(id)) {
            draft_ = *c;
            name_ = c->name;
            provider_ = c->provider;
            taken_ = c->takenOn ? c->takenOn->iso() : "";
            expires_ = c->expiresOn ? c->expiresOn->iso() : "";
        }
    }

    // A typed date, or nullopt in `out` for an empty field; false (and the reason shown) when it is not a date.
    bool readDate(const std::string& typed, std::optional<core::CalendarDate>& out) {
        std::string t = core::trim(typed);
        if (t.empty()) {
            out.reset();
            return true;
        }
        out = core::CalendarDate::parse(t);
        if (!out) error_ = fillIn(tr("\"{typed}\" is not a date. Write it as YYYY-MM-DD, for example 2027-03-01."), "typed", t);
        return out.has_value();
    }

    void show(ScreenContext& ctx, const app::route::Certificate& route) override {
        app::App& app = ctx.app;
        app::Progress& progress = app.progress();
        // Not drawn last frame: opened again, so the form shows what is stored.
        if (route.certificateId != loadedId_ || lastFrame_ != ImGui::GetFrameCount() - 1) load(progress, route.certificateId);
        lastFrame_ = ImGui::GetFrameCount();
        if (route.certificateId != 0 && !progress.certificate(route.certificateId)) {
            emptyState(ICON_SHIELD, tr("This certificate is no longer recorded."), tr("Go back to Progress to see your certificates."));
            return;
        }
        textField("##certificate-name", tr("Name"), tr("e.g. First aid at work"), name_);
        textField("##certificate-provider", tr("Given by"), tr("e.g. Red Crescent"), provider_);
        textField("##certificate-taken", tr("Date taken (YYYY-MM-DD)"), "2026-05-14", taken_);
        textField("##certificate-expires", tr("Expires on (YYYY-MM-DD)"), "2029-05-14", expires_);
        mutedText(i18n::trn("A reminder comes %d day before it expires.", "A reminder comes %d days before it expires.", app::kCertificateDaysBefore));
        if (!error_.empty()) paragraph(palette().warning, error_);
        if (tapButton((tr("Save") + std::string("##certificate-save")).c_str(), -1, Tone::Accent)) {
            error_.clear();
            core::Certificate c = draft_;
            c.id = route.certificateId;
            c.name = name_;
            c.provider = provider_;
            if (core::trim(name_).empty())
                error_ = tr("Give the certificate or course a name.");
            else if (readDate(taken_, c.takenOn) && readDate(expires_, c.expiresOn) && progress.saveCertificate(c))
                app.nav().back();
        }
        if (route.certificateId != 0 && confirmRemove("##certificate-remove", tr("Remove this certificate"), tr("Remove this certificate? This cannot be undone."))) {
            progress.removeCertificate(route.certificateId);
            app.nav().back();
        }
    }

    long long loadedId_ = -1;
    int lastFrame_ = -10;
    core::Certificate draft_;
    std::string name_, provider_, taken_, expires_, error_;
};
}  // namespace

std::unique_ptr<Screen> makeCertificateScreen() { return std::make_unique<CertificateScreen>(); }

}  // namespace ui
