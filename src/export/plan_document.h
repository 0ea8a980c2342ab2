#pragma once
// What the printed plan says, in order, for any printer: the PDF (plan_pdf) draws it with cairo,
// the print page (plan_html) writes it as HTML a browser prints. Words are already in the UI
// language; the page direction follows it.
#include <string>
#include <vector>

#include "export/plan_pdf.h"

namespace exporting {

enum class Style { Title, Heading, Subheading, Body, Bold, Small };

// A piece of a row; widths are fractions of the line. An empty cell marked `blank` gets a line to
// write on by hand.
struct Cell {
    std::string text;
    double fraction = 1;
    Style style = Style::Body;
    bool grey = false;
    bool blank = false;
};

// One thing on the plan pages, top to bottom.
struct Block {
    enum class Kind { Paragraph, Heading, Row, Space } kind = Kind::Paragraph;
    std::string text;  // Paragraph, Heading
    Style style = Style::Body;
    bool grey = false;
    std::vector<Cell> cells;  // Row
    double points = 0;        // Space
};

// A line on a wallet card: a bold label, then text; `phone` follows the text and never breaks.
struct CardLine {
    std::string label;
    std::string text;
    std::string phone;
    bool big = false;  // the member's name
};

struct WalletCard {
    std::vector<CardLine> front;  // name, emergency number, contacts
    std::vector<CardLine> back;   // meeting places, medical notes (an empty line between)
};

struct PlanDocument {
    std::string title;   // "Household emergency plan"
    std::string footer;  // "Household emergency plan · printed 3 December 2026"
    std::vector<Block> blocks;
    std::string cardsHeading, cardsNote;  // shown before the cards, when there are any
    std::vector<WalletCard> cards;        // one a member
};

PlanDocument planDocument(const PlanPdfInput& in);

}  // namespace exporting
