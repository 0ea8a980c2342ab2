// The printable plan as a PDF: what plan_document says, drawn with cairo and pango. Index:
//   Writer        a page cursor: styles, wrapped paragraphs, label/value rows, table rows, page breaks
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
#include "export/plan_document.h"
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

    // Cells side by side (see Cell).
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

// A card side as pango markup: each label bold, the name big, a phone number kept on one line.
std::string cardMarkup(const std::vector<CardLine>& lines) {
    std::string s;
    for (size_t i = 0; i < lines.size(); ++i) {
        const CardLine& l = lines[i];
        if (i) s += "\n";
        if (!l.label.empty()) s += "<b>" + (l.big ? "<big>" + escaped(l.label) + "</big>" : escaped(l.label)) + "</b>";
        std::string text = escaped(l.text);
        if (!l.phone.empty()) text += (text.empty() ? "" : ", ") + std::string("<span allow_breaks=\"false\">") + escaped(l.phone) + "</span>";
        if (!text.empty()) s += (l.label.empty() ? "" : " ") + text;
    }
    return s;
}

void walletCards(Writer& w, const PlanDocument& doc) {
    if (doc.cards.empty()) return;
    w.newPage();
    w.heading(doc.cardsHeading);
    w.paragraph(doc.cardsNote, Style::Body, 0, true);
    cairo_t* cr = w.cr();
    double x = w.left() + (w.contentWidth() - 2 * kCardWidth) / 2;
    for (const WalletCard& card : doc.cards) {
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
        fitText(cr, cardMarkup(card.front), front + kCardPadding, y + kCardPadding, inner, innerH);
        fitText(cr, cardMarkup(card.back), back + kCardPadding, y + kCardPadding, inner, innerH);
        w.space(kCardHeight + 10);
    }
}

void drawPlan(Writer& w, const PlanDocument& doc) {
    for (const Block& b : doc.blocks) {
        switch (b.kind) {
            case Block::Kind::Paragraph: w.paragraph(b.text, b.style, 0, b.grey); break;
            case Block::Kind::Heading: w.heading(b.text, b.style); break;
            case Block::Kind::Row: w.row(b.cells); break;
            case Block::Kind::Space: w.space(b.points); break;
        }
    }
    walletCards(w, doc);
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
    PlanDocument doc = planDocument(in);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, doc.title.c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Steadfast");
    cairo_t* cr = cairo_create(surface);
    int pages = 0;
    {
        Writer w(cr, width, height, doc.footer);
        drawPlan(w, doc);
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
