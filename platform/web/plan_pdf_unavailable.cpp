// The browser build has no cairo or pango, so it writes no PDF: exporting the plan as PDF says so,
// and the plan's JSON export (a full copy) still works. The browser's own printing of a plan page
// is the way to paper there (not built yet).
#include <stdexcept>

#include "export/plan_pdf.h"
#include "i18n/i18n.h"

namespace exporting {

int writePlanPdf(const std::filesystem::path&, const PlanPdfInput&) {
    throw std::runtime_error(i18n::tr("This browser version cannot write the plan as PDF yet. Export it as JSON to keep a full copy."));
}

}  // namespace exporting
