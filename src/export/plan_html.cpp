#include "export/plan_html.h"

#include "export/plan_document.h"
#include "i18n/direction.h"
#include "i18n/i18n.h"

namespace exporting {
namespace {

std::string escaped(const std::string& text) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

const char* classOf(Style style) {
    switch (style) {
        case Style::Title: return "title";
        case Style::Heading: return "heading";
        case Style::Subheading: return "subheading";
        case Style::Bold: return "bold";
        case Style::Small: return "small";
        case Style::Body: break;
    }
    return "body";
}

std::string block(const Block& b) {
    std::string grey = b.grey ? " grey" : "";
    switch (b.kind) {
        case Block::Kind::Paragraph:
            if (b.style == Style::Title) return "<h1>" + escaped(b.text) + "</h1>\n";
            return "<p class=\"" + std::string(classOf(b.style)) + grey + "\">" + escaped(b.text) + "</p>\n";
        case Block::Kind::Heading:
            return b.style == Style::Heading ? "<h2>" + escaped(b.text) + "</h2>\n" : "<h3>" + escaped(b.text) + "</h3>\n";
        case Block::Kind::Space: return "<div style=\"height:" + std::to_string(static_cast<int>(b.points)) + "pt\"></div>\n";
        case Block::Kind::Row: {
            std::string row = "<div class=\"row\">";
            for (const Cell& c : b.cells) {
                std::string cls = classOf(c.style);
                if (c.grey) cls += " grey";
                if (c.blank && c.text.empty()) cls += " blank";
                row += "<div class=\"" + cls + "\" style=\"flex:0 0 " + std::to_string(static_cast<int>(c.fraction * 100 + 0.5)) + "%\">" +
                       escaped(c.text) + "</div>";
            }
            return row + "</div>\n";
        }
    }
    return "";
}

std::string cardSide(const std::vector<CardLine>& lines) {
    std::string s = "<div class=\"side\">";
    for (const CardLine& l : lines) {
        s += "<div>";
        if (!l.label.empty()) s += std::string("<b") + (l.big ? " class=\"big\"" : "") + ">" + escaped(l.label) + "</b>";
        std::string text = escaped(l.text);
        if (!l.phone.empty()) text += (text.empty() ? "" : ", ") + std::string("<span class=\"phone\">") + escaped(l.phone) + "</span>";
        if (!text.empty()) s += (l.label.empty() ? "" : " ") + text;
        if (l.label.empty() && l.text.empty()) s += "&nbsp;";
        s += "</div>";
    }
    return s + "</div>";
}

// Paper and type as the PDF has them; on screen, the page with a bar to print it.
const char* const kStyle = R"(
body { font: 9.5pt/1.35 "DejaVu Sans", "Noto Naskh Arabic", "Noto Sans Arabic", sans-serif; color: #000; background: #fff;
       max-width: 178mm; margin: 0 auto; padding: 0 12px 24px; }
h1 { font-size: 20pt; margin: 12px 0 2px; }
h2 { font-size: 13pt; margin: 14px 0 4px; padding-bottom: 2px; border-bottom: 0.6pt solid #000; break-after: avoid; }
h3 { font-size: 11pt; margin: 8px 0 2px; break-after: avoid; }
p { margin: 0 0 3px; white-space: pre-line; }
p.heading { font-size: 13pt; font-weight: bold; margin: 4px 0; }
.grey { color: #4d4d4d; }
.bold { font-weight: bold; }
.row { display: flex; margin-bottom: 4px; break-inside: avoid; }
.row > div { box-sizing: border-box; padding-inline-end: 6px; white-space: pre-line; overflow-wrap: anywhere; }
.row > div.blank { border-bottom: 0.5pt solid #999; min-height: 1.3em; margin-inline-end: 6px; }
.cards { break-before: page; }
.card { display: flex; width: 171.2mm; height: 53.98mm; margin: 4mm auto 10px; border: 0.6pt solid #333; break-inside: avoid; }
.side { width: 85.6mm; height: 100%; box-sizing: border-box; padding: 3mm; overflow: hidden; font-size: 7pt; line-height: 1.25; }
.side + .side { border-inline-start: 0.6pt dashed #333; }
.side .big { font-size: 9pt; }
.phone { white-space: nowrap; unicode-bidi: isolate; }
.bar { position: sticky; top: 0; display: flex; gap: 12px; align-items: center; padding: 10px 0; background: #fff; border-bottom: 1px solid #ccc; }
.bar button { font: inherit; font-size: 12pt; padding: 8px 16px; }
@media print { .bar { display: none; } body { max-width: none; padding: 0; } }
)";

// Like the PDF, a card side too full for its box gets smaller type, down to a legible minimum.
const char* const kFitCards = R"(
for (const side of document.querySelectorAll(".side")) {
  for (let size = 7; size > 4.5 && side.scrollHeight > side.clientHeight; size -= 0.5) side.style.fontSize = size - 0.5 + "pt";
}
)";

}  // namespace

std::string planHtml(const PlanPdfInput& in) {
    PlanDocument doc = planDocument(in);
    const std::string& language = i18n::language();
    bool rtl = i18n::writtenRightToLeft(language);
    std::string html = "<!doctype html>\n<html lang=\"" + escaped(language.empty() ? "en" : language) + "\" dir=\"" + (rtl ? "rtl" : "ltr") + "\">\n";
    html += "<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    html += "<title>" + escaped(doc.footer) + "</title>\n<style>\n@page { size: " + (in.paper == core::Paper::Letter ? "letter" : "A4") +
            "; margin: 16mm; }" + kStyle + "</style>\n</head>\n<body>\n";
    html += "<div class=\"bar\"><button type=\"button\" onclick=\"window.print()\">" + escaped(i18n::tr("Print")) + "</button><span>" +
            escaped(i18n::tr("To keep a PDF, choose Save as PDF as the printer.")) + "</span></div>\n";
    for (const Block& b : doc.blocks) html += block(b);
    if (!doc.cards.empty()) {
        html += "<section class=\"cards\">\n<h2>" + escaped(doc.cardsHeading) + "</h2>\n<p class=\"grey\">" + escaped(doc.cardsNote) + "</p>\n";
        for (const WalletCard& card : doc.cards) html += "<div class=\"card\">" + cardSide(card.front) + cardSide(card.back) + "</div>\n";
        html += "</section>\n";
    }
    html += "<p class=\"small grey\">" + escaped(doc.footer) + "</p>\n<script>" + kFitCards + "</script>\n</body>\n</html>\n";
    return html;
}

}  // namespace exporting
