#pragma once
// The printable plan as one HTML page that a browser prints, or saves as PDF from its print
// dialog: the same sections and wallet cards as the PDF (plan_document), on the chosen paper,
// right to left in a right-to-left language.
#include <string>

#include "export/plan_pdf.h"

namespace exporting {

std::string planHtml(const PlanPdfInput& input);

}  // namespace exporting
