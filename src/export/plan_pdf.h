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

// Writes the PDF as a private file (see store/atomic_file.h). Returns the number of pages. Throws
// std::runtime_error naming the file, and saying when the disk is full.
int writePlanPdf(const std::filesystem::path& file, const PlanPdfInput& input);

}  // namespace exporting
