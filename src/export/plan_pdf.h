#pragma once
// The printable plan: the pages for the fridge, then a fold-over wallet card for each member.
// Drawn with cairo and laid out with pango, so text is real text (searchable, copyable) in any
// script the system fonts cover.
#include <filesystem>
#include <string>

#include "core/calendar_date.h"
#include "core/kit.h"
#include "core/plan.h"

namespace exporting {

struct PlanPdfInput {
    const core::Plan& plan;
    const core::KitTemplate& kit;  // to scale the kit quantities
    core::CalendarDate printedOn;
    std::string emergencyNumber;   // shown on the first page and on every card
    core::Paper paper = core::Paper::A4;
};

// Writes the PDF (to a temporary file first, so a failure never leaves half a file where the
// user expects the plan). Returns the number of pages. Throws std::runtime_error naming the file.
int writePlanPdf(const std::filesystem::path& file, const PlanPdfInput& input);

}  // namespace exporting
