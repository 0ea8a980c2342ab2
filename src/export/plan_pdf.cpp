// The printable plan. Index:
//   Writer        a page cursor: styles, wrapped paragraphs, label/value rows, table rows, page breaks
//   plan pages    emergency number, meeting places, contacts, members, pets, home, documents, kit, to do
//   wallet cards  one fold-over card per member (credit-card size when folded)
//   writePlanPdf  the file: drawn in memory, then written as a private file
#include "export/plan_pdf.h"

#include "store/atomic_file.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <cmath>
#include <cstdio>
#include <memory>
#include <pango/pangocairo.h>
#include <stdexcept>
#include <vector>

#include "core/date_format.h"
#include "core/kit_inventory.h"
#include "i18n/direction.h"
#include "i18n/i18n.h"

namespace exporting {
namespace {

namespace fs = std::filesystem;

constexpr double kMm = 72.0 / 25.4;  // PDF units are points
constexpr double kMargin = 16 * kMm;
constexpr double kCardWidth = 85.6 * kMm;  // ISO/IEC 7810 ID-1, the size of a bank card
constexpr double kCardHeight = 53.98 * kMm;
constexpr double kCardPadding = 3 * kMm;

enum class Style { Title, Heading, Subheading, Body, Bold, Small };

const char* fontFor(Style s) {
    switch (s) {
        case Style::Title: return "DejaVu Sans,Sans Bold 20";
        case Style::Heading: return "DejaVu Sans,Sans Bold 13";
        case Style::Subheading: return "DejaVu Sans,Sans Bold 11";
        case Style::Body: return "DejaVu Sans,Sans 9.5";
        case Style::Bold: return "DejaVu Sans,Sans Bold 9.5";
        case Style::Small: return "DejaVu Sans,Sans 7.5";
    }
    return "Sans 10";
}

struct LayoutDeleter {
    void operator()(PangoLayout* l) const { g_object_unref(l); }
};
using LayoutPtr = std::unique_ptr<PangoLayout, LayoutDeleter>;

// The page mirrors in a right-to-left language: columns run from the right, and text with no
// direction of its own (a number, a date) keeps to the right as the words around it do.
bool pageRtl() { return i18n::writtenRightToLeft(i18n::language()); }

// A wrapped block of text. Hyphens are never inserted, so the words in the PDF are the words typed.
// Each paragraph keeps to its own start: the right for Arabic, the left for a name in Latin letters.
LayoutPtr makeLayout(cairo_t* cr, const std::string& text, const char* font, double width, bool markup = false) {
    LayoutPtr layout(pango_cairo_create_layout(cr));
    if (pageRtl()) {
        pango_context_set_base_dir(pango_layout_get_context(layout.get()), PANGO_DIRECTION_RTL);
        pango_layout_context_changed(layout.get());
        pango_layout_set_alignment(layout.get(), PANGO_ALIGN_RIGHT);  // the start of a right-to-left paragraph
    }
    PangoFontDescription* desc = pango_font_description_from_string(font);
    pango_layout_set_font_description(layout.get(), desc);
    pango_font_description_free(desc);
    pango_layout_set_width(layout.get(), pango_units_from_double(width));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    PangoAttrList* attrs = pango_attr_list_new();
    pango_attr_list_insert(attrs, pango_attr_insert_hyphens_new(FALSE));
    pango_attr_list_insert(attrs, pango_attr_font_features_new("liga=0, clig=0"));  // "fi" stays two letters when copied
    pango_layout_set_attributes(layout.get(), attrs);
    pango_attr_list_unref(attrs);
    if (markup)
        pango_layout_set_markup(layout.get(), text.c_str(), -1);
    else
        pango_layout_set_text(layout.get(), text.c_str(), -1);
    return layout;
}

double heightOf(PangoLayout* layout) {
    int w = 0, h = 0;
    pango_layout_get_size(layout, &w, &h);
    return pango_units_to_double(h);
}

std::string escaped(const std::string& text) {
    char* e = g_markup_escape_text(text.c_str(), -1);
    std::string out(e);
    g_free(e);
    return out;
}

std::string quantity(double q) {
    char text[32];
    std::snprintf(text, sizeof text, q == std::floor(q) ? "%.0f" : "%.1f", q);
    return text;
}

class Writer {
public:
    Writer(cairo_t* cr, double width, double height, std::string footer)
        : cr_(cr), width_(width), height_(height), footer_(std::move(footer)) {
        y_ = kMargin;
    }

    double contentWidth() const { return width_ - 2 * kMargin; }
    double left() const { return kMargin; }
    double bottom() const { return height_ - kMargin - 14; }  // room for the footer
    double y() const { return y_; }
    int pages() const { return page_; }
    cairo_t* cr() const { return cr_; }

    void newPage() {
        drawFooter();
        cairo_show_page(cr_);
        ++page_;
        y_ = kMargin;
    }

    void finish() { drawFooter(); }

    void ensureSpace(double h) {
        if (y_ + h > bottom() && y_ > kMargin) newPage();
    }

    void space(double points) { y_ += points; }

    void paragraph(const std::string& text, Style style, double indent = 0, bool grey = false) {
        LayoutPtr l = makeLayout(cr_, text, fontFor(style), contentWidth() - indent);
        double h = heightOf(l.get());
        ensureSpace(h);
        setGrey(grey);
        cairo_move_to(cr_, pageRtl() ? left() : left() + indent, y_);
        pango_cairo_show_layout(cr_, l.get());
        setGrey(false);
        y_ += h + 2;
    }

    // Keeps a heading with at least a few lines of what follows it.
    void heading(const std::string& text, Style style = Style::Heading) {
        LayoutPtr l = makeLayout(cr_, text, fontFor(style), contentWidth());
        double h = heightOf(l.get());
        ensureSpace(h + 48);
        y_ += style == Style::Heading ? 10 : 5;
        cairo_move_to(cr_, left(), y_);
        pango_cairo_show_layout(cr_, l.get());
        y_ += h + 2;
        if (style == Style::Heading) {
            cairo_set_line_width(cr_, 0.6);
            cairo_move_to(cr_, left(), y_);
            cairo_line_to(cr_, left() + contentWidth(), y_);
            cairo_stroke(cr_);
            y_ += 4;
        }
    }

    // Cells side by side; widths are fractions of the content width. An empty cell marked
    // `blank` gets a line to write on by hand.
    struct Cell {
        std::string text;
        double fraction;
        Style style = Style::Body;
        bool grey = false;
        bool blank = false;
    };
    void row(const std::vector<Cell>& cells) {
        std::vector<LayoutPtr> layouts;
        double h = 0;
        for (const auto& c : cells) {
            layouts.push_back(makeLayout(cr_, c.text, fontFor(c.style), c.fraction * contentWidth() - 6));
            h = std::max(h, heightOf(layouts.back().get()));
        }
        ensureSpace(h);
        double start = 0;  // from the start edge: the left, or the right in a right-to-left language
        for (size_t i = 0; i < cells.size(); ++i) {
            double w = cells[i].fraction * contentWidth();
            double x = pageRtl() ? left() + contentWidth() - start - w + 6 : left() + start;
            start += w;
            if (cells[i].text.empty() && cells[i].blank) {
                cairo_set_source_rgb(cr_, 0.6, 0.6, 0.6);
                cairo_set_line_width(cr_, 0.5);
                cairo_move_to(cr_, x, y_ + h);
                cairo_line_to(cr_, x + w - 6, y_ + h);
                cairo_stroke(cr_);
                cairo_set_source_rgb(cr_, 0, 0, 0);
            } else {
                setGrey(cells[i].grey);
                cairo_move_to(cr_, x, y_);
                pango_cairo_show_layout(cr_, layouts[i].get());
                setGrey(false);
            }
        }
        y_ += h + 4;
    }

    // A label at the start, its value after it.
    void field(const std::string& label, const std::string& value, bool blank = false) {
        row({{label, 0.34, Style::Body, true}, {value, 0.66, Style::Body, false, blank}});
    }

private:
    void setGrey(bool grey) {
        if (grey)
            cairo_set_source_rgb(cr_, 0.3, 0.3, 0.3);
        else
            cairo_set_source_rgb(cr_, 0, 0, 0);
    }

    void drawFooter() {
        LayoutPtr l = makeLayout(cr_, footer_ + " · " + i18n::fillIn(i18n::tr("page {n}"), "n", core::formatNumber(page_)), fontFor(Style::Small), contentWidth());
        setGrey(true);
        cairo_move_to(cr_, left(), height_ - kMargin - heightOf(l.get()) + 4);
        pango_cairo_show_layout(cr_, l.get());
        setGrey(false);
    }

    cairo_t* cr_;
    double width_, height_;
    std::string footer_;
    double y_ = 0;
    int page_ = 1;
};

// ---------------------------------------------------------------- plan pages

std::string contactLine(const core::Contact& c) {
    std::string out = c.name;
    if (!c.phone.empty()) out += (out.empty() ? "" : ", ") + c.phone;
    return out;
}

// For the cards: markup, with the phone number kept on one line.
std::string contactMarkup(const core::Contact& c) {
    std::string out = escaped(c.name);
    if (!c.phone.empty()) out += (out.empty() ? "" : ", ") + std::string("<span allow_breaks=\"false\">") + escaped(c.phone) + "</span>";
    return out;
}

void meetingPlaces(Writer& w, const core::Plan& plan) {
    w.heading(i18n::tr("Meeting places"));
    for (const auto& kind : core::meetingPlaceKinds()) {
        const core::MeetingPlace* m = plan.meetingPlace(kind.key);
        std::string text = m ? m->address : "";
        if (m && !m->instructions.empty()) text += (text.empty() ? "" : "\n") + m->instructions;
        w.field(i18n::tr(kind.label), text, true);
    }
}

void contacts(Writer& w, const core::Plan& plan) {
    w.heading(i18n::tr("Contacts"));
    for (const auto& kind : core::contactKinds()) {
        std::vector<const core::Contact*> list = plan.contactsOfKind(kind.key);
        bool required = false;
        for (const auto& r : core::requiredContactKinds()) required = required || r == kind.key;
        if (list.empty() && required) w.field(i18n::tr(kind.label), "", true);
        for (const core::Contact* c : list) {
            std::string text = contactLine(*c);
            if (!c->policyNumber.empty()) text += "\n" + i18n::fillIn(i18n::tr("Policy number: {number}"), "number", c->policyNumber);
            if (!c->notes.empty()) text += "\n" + c->notes;
            w.field(i18n::tr(kind.label), text, true);
        }
    }
}

void members(Writer& w, const core::Plan& plan) {
    w.heading(i18n::tr("Household members"));
    if (plan.members.empty()) w.paragraph(i18n::tr("No members yet."), Style::Body, 0, true);
    for (const auto& m : plan.members) {
        w.heading(m.name.empty() ? i18n::tr("(no name)") : m.name, Style::Subheading);
        for (const auto& f : core::memberFields()) {
            const std::string& value = m.*f.value;
            if (f.value == &core::Member::name || value.empty()) continue;
            const char* label = f.choices ? core::choiceLabel(*f.choices, value) : nullptr;
            w.field(i18n::tr(f.label), label ? i18n::tr(label) : value);
        }
    }
}

void pets(Writer& w, const core::Plan& plan) {
    if (plan.pets.empty()) return;
    w.heading(i18n::tr("Pets"));
    for (const auto& p : plan.pets) {
        w.heading(p.name.empty() ? i18n::tr("(no name)") : p.name, Style::Subheading);
        for (const auto& f : core::petFields()) {
            if (f.value == &core::Pet::name || (p.*f.value).empty()) continue;
            w.field(i18n::tr(f.label), p.*f.value);
        }
    }
}

void home(Writer& w, const core::Plan& plan) {
    w.heading(i18n::tr("Where things are at home"));
    for (const auto& f : core::homeFields()) w.field(i18n::tr(f.label), plan.home.*f.value, true);
}

void documents(Writer& w, const core::Plan& plan) {
    w.heading(i18n::tr("Important documents"));
    for (const auto& kind : core::documentKinds()) {
        const core::DocumentEntry* d = plan.document(kind.key);
        bool have = d && d->have;
        w.row({{have ? "\u2611" : "\u2610", 0.05, Style::Body},
               {i18n::tr(kind.label), 0.55},
               {d ? d->location : "", 0.40, Style::Body, false, true}});
    }
}

void kit(Writer& w, const core::Plan& plan, const core::KitTemplate& tmpl, const core::CalendarDate& printedOn) {
    core::KitReview review = core::reviewKit(plan, tmpl, printedOn);
    const core::Household& h = review.household;
    w.heading(i18n::tr("Emergency kit"));
    // Whole sentences per case, so each language can inflect them its own way.
    std::string scale = h.pets ? i18n::fillIn(i18n::fillIn(i18n::tr("Scaled for {people} and {pets} for {days}."), "people",
                                                       i18n::trn("%d person", "%d people", h.people)),
                                            "pets", i18n::trn("%d pet", "%d pets", h.pets))
                               : i18n::fillIn(i18n::tr("Scaled for {people} for {days}."), "people", i18n::trn("%d person", "%d people", h.people));
    scale = i18n::fillIn(scale, "days", i18n::trn("%d day", "%d days", h.days));
    w.paragraph(scale, Style::Body, 0, true);
    w.row({{i18n::tr("Item"), 0.40, Style::Bold}, {i18n::tr("Have / need"), 0.20, Style::Bold}, {i18n::tr("Where"), 0.24, Style::Bold},
           {i18n::tr("Expires"), 0.16, Style::Bold}});
    for (const core::KitLine& line : review.lines) {
        if (line.need <= 0 && line.item->have <= 0) continue;  // not needed by this household
        const core::KitItem& k = *line.item;
        std::string amount = quantity(k.have) + " / " + quantity(line.need) + (k.unit.empty() ? "" : " " + k.unit);
        std::string expires = k.expiresOn ? core::formatDate(*k.expiresOn) : "";
        if (line.expiry == core::ExpiryState::Expired) expires += std::string(" ") + i18n::tr("(expired)");
        w.row({{(line.missing() ? "\u2610 " : "\u2611 ") + k.name, 0.40}, {amount, 0.20}, {k.location, 0.24}, {expires, 0.16}});
    }
}

void stillToDo(Writer& w, const core::Plan& plan) {
    std::vector<std::string> open;
    for (const auto& c : core::planChecks(plan))
        if (!c.done) open.push_back(i18n::wording(c.text));
    if (open.empty()) return;
    w.heading(i18n::tr("Still to do"));
    for (const auto& text : open) w.paragraph("\u2610 " + text, Style::Body, 0);
}

// ---------------------------------------------------------------- wallet cards

// Fits markup into a box, shrinking the type down to a legible minimum; below that the end is
// cut off (the full plan has everything).
void fitText(cairo_t* cr, const std::string& markup, double x, double y, double width, double height) {
    for (double size = 7.0; size >= 4.5; size -= 0.5) {
        char f[64];
        std::snprintf(f, sizeof f, "DejaVu Sans,Sans %.1f", size);
        LayoutPtr l = makeLayout(cr, markup, f, width, true);
        if (heightOf(l.get()) <= height || size <= 4.5) {
            if (heightOf(l.get()) > height) {
                pango_layout_set_height(l.get(), pango_units_from_double(height));
                pango_layout_set_ellipsize(l.get(), PANGO_ELLIPSIZE_END);
            }
            cairo_move_to(cr, x, y);
            pango_cairo_show_layout(cr, l.get());
            return;
        }
    }
}

std::string cardFront(const core::Member& m, const core::Plan& plan, const std::string& emergencyNumber) {
    std::string s = "<b><big>" + escaped(m.name.empty() ? i18n::tr("(no name)") : m.name) + "</big></b>\n";
    s += "<b>" + escaped(i18n::fillIn(i18n::tr("Emergency: {number}"), "number", emergencyNumber)) + "</b>\n";
    auto ice = plan.contactsOfKind("ice");
    std::string iceLabel = "<b>" + escaped(i18n::tr("ICE:")) + "</b> ";
    if (ice.empty()) s += iceLabel + "____________________\n";
    for (const core::Contact* c : ice)
        if (c->name != m.name || ice.size() == 1) s += iceLabel + contactMarkup(*c) + "\n";  // not themself
    auto away = plan.contactsOfKind("out-of-town");
    std::string awayLabel = "<b>" + escaped(i18n::tr("Out of town:")) + "</b> ";
    if (away.empty()) s += awayLabel + "____________________\n";
    for (const core::Contact* c : away) s += awayLabel + contactMarkup(*c) + "\n";
    if (!s.empty() && s.back() == '\n') s.pop_back();
    return s;
}

std::string cardBack(const core::Member& m, const core::Plan& plan) {
    std::string s = "<b>" + escaped(i18n::tr("Meeting places")) + "</b>\n";
    const char* shortNames[] = {i18n::tr("Safe room"), i18n::tr("Near home"), i18n::tr("Outside the area"), i18n::tr("Out of town")};
    const auto& kinds = core::meetingPlaceKinds();
    for (size_t i = 0; i < kinds.size(); ++i) {
        const core::MeetingPlace* p = plan.meetingPlace(kinds[i].key);
        s += "<b>" + escaped(i18n::fillIn(i18n::tr("{label}:"), "label", shortNames[i])) + "</b> " + escaped(p && !p->address.empty() ? p->address : "________________") + "\n";
    }
    std::string medical;
    auto add = [&](const char* label, const std::string& value) {
        if (!value.empty()) medical += "<b>" + escaped(i18n::fillIn(i18n::tr("{label}:"), "label", label)) + "</b> " + escaped(value) + "\n";
    };
    add(i18n::tr("Conditions"), m.conditions);
    add(i18n::tr("Medications"), m.medications);
    add(i18n::tr("Allergies"), m.allergies);
    add(i18n::tr("Needs"), m.needs);
    s += medical.empty() ? "\n" + escaped(i18n::tr("Medical: none noted")) : "\n" + medical;
    if (!s.empty() && s.back() == '\n') s.pop_back();
    return s;
}

void walletCards(Writer& w, const PlanPdfInput& in) {
    if (in.plan.members.empty()) return;
    w.newPage();
    w.heading(i18n::tr("Wallet cards"));
    w.paragraph(i18n::tr("One for each member. Cut along the solid line, fold along the dashed line, and keep it with your ID."), Style::Body, 0, true);
    cairo_t* cr = w.cr();
    double x = w.left() + (w.contentWidth() - 2 * kCardWidth) / 2;
    for (const auto& m : in.plan.members) {
        w.ensureSpace(kCardHeight + 8);
        double y = w.y() + 4;
        cairo_set_source_rgb(cr, 0.2, 0.2, 0.2);
        cairo_set_line_width(cr, 0.6);
        cairo_rectangle(cr, x, y, 2 * kCardWidth, kCardHeight);
        cairo_stroke(cr);
        double dashes[] = {3, 2};
        cairo_set_dash(cr, dashes, 2, 0);
        cairo_move_to(cr, x + kCardWidth, y);
        cairo_line_to(cr, x + kCardWidth, y + kCardHeight);
        cairo_stroke(cr);
        cairo_set_dash(cr, nullptr, 0, 0);
        cairo_set_source_rgb(cr, 0, 0, 0);
        double inner = kCardWidth - 2 * kCardPadding, innerH = kCardHeight - 2 * kCardPadding;
        // The front first in reading order: on the right in a right-to-left language.
        double front = pageRtl() ? x + kCardWidth : x, back = pageRtl() ? x : x + kCardWidth;
        fitText(cr, cardFront(m, in.plan, in.emergencyNumber), front + kCardPadding, y + kCardPadding, inner, innerH);
        fitText(cr, cardBack(m, in.plan), back + kCardPadding, y + kCardPadding, inner, innerH);
        w.space(kCardHeight + 10);
    }
}

void drawPlan(Writer& w, const PlanPdfInput& in) {
    w.paragraph(i18n::tr("Household emergency plan"), Style::Title);
    w.paragraph(i18n::fillIn(i18n::tr("Printed {date}. Keep a copy on the fridge and one in the emergency kit."), "date", core::formatDate(in.printedOn)),
                Style::Body, 0, true);
    w.space(4);
    w.paragraph(i18n::fillIn(i18n::tr("In an emergency call {number}"), "number", in.emergencyNumber), Style::Heading);
    meetingPlaces(w, in.plan);
    contacts(w, in.plan);
    members(w, in.plan);
    pets(w, in.plan);
    home(w, in.plan);
    documents(w, in.plan);
    kit(w, in.plan, in.kit, in.printedOn);
    stillToDo(w, in.plan);
    walletCards(w, in);
    w.finish();
}

}  // namespace

int writePlanPdf(const fs::path& file, const PlanPdfInput& in) {
    std::string name = "\"" + file.string() + "\"";
    fs::path dir = file.has_parent_path() ? file.parent_path() : fs::path(".");
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) throw std::runtime_error("Cannot write " + name + ": the folder does not exist.");

    // Drawn into memory, then written as a private file in one go.
    std::string pdf;
    auto append = [](void* closure, const unsigned char* data, unsigned int length) {
        static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
        return CAIRO_STATUS_SUCCESS;
    };
    double width = in.paper == core::Paper::Letter ? 612.0 : 595.28;
    double height = in.paper == core::Paper::Letter ? 792.0 : 841.89;
    cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(append, &pdf, width, height);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, i18n::tr("Household emergency plan"));
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Steadfast");
    cairo_t* cr = cairo_create(surface);
    int pages = 0;
    {
        Writer w(cr, width, height, i18n::fillIn(i18n::tr("Household emergency plan · printed {date}"), "date", core::formatDate(in.printedOn)));
        drawPlan(w, in);
        pages = w.pages();
    }
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    cairo_status_t status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS) throw std::runtime_error("Cannot write " + name + ": " + cairo_status_to_string(status) + ".");
    store::writeFileAtomically(file, pdf);
    return pages;
}

}  // namespace exporting
