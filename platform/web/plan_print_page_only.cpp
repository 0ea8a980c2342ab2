// The browser has no cairo or pango to write a PDF. It prints the plan from its HTML page instead
// (App::exportPlan shows export/plan_html's page through UserFiles::showPrintPage), so nothing in
// the browser asks for the PDF; this only completes the link.
#include <stdexcept>

#include "export/plan_pdf.h"

namespace exporting {

int writePlanPdf(const std::filesystem::path&, const PlanPdfInput&) { throw std::logic_error("the browser prints the plan's page; it writes no PDF"); }

}  // namespace exporting
