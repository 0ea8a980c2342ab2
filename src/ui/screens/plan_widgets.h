#pragma once
// Editing widgets the plan and kit screens share, on top of the widget kit (fields.h). Each
// returns true on the frame its value changed, and the screen passes the value to the app: a
// choice is saved at once, typed text when typing pauses or the field is left
// (app::Save::AfterTyping).
#include <imgui.h>
#include <optional>
#include <string>
#include <vector>

#include "app/plan.h"
#include "core/calendar_date.h"
#include "core/plan.h"
#include "i18n/i18n.h"
#include "ui/fields.h"
#include "ui/widgets.h"

namespace ui {

// The kit's text field, cut to the plan's limit as it is typed (the import's limit too).
bool planTextField(const std::string& id, const char* label, const char* hint, std::string& value);

// A number with − and + buttons either side of a field that can be typed in.
bool quantityField(const std::string& id, const char* label, double& value, double step);

// A choice shown as a row with the current label; tapping it lists the choices (core's English,
// shown in the UI language). Returns the newly chosen key.
std::optional<std::string> choiceField(const std::string& id, const char* label, const std::vector<core::Choice>& choices,
                                       const std::string& current);

// A heading over a group of fields, set apart from the fields' own labels.
void groupHeading(const char* text);

// Draws every applicable field of a record, its label and hint in the UI language; returns the
// field that changed (and its new value).
// headingBefore, when given, names a group heading to draw before a field (or returns nullptr).
template <class Record>
struct FieldChange {
    const core::TextField<Record>* field = nullptr;  // points into the core table, as the store requires
    std::string value;
    app::Save when = app::Save::Now;  // typed text: AfterTyping
};
template <class Record>
FieldChange<Record> recordFields(const std::string& idPrefix, const std::vector<core::TextField<Record>>& fields, const Record& r,
                                 const char* (*headingBefore)(const std::string& key) = nullptr) {
    FieldChange<Record> change;
    // Per-record widget state (an open choice list) must not carry over to the next record.
    if constexpr (requires { r.id; }) ImGui::PushID(static_cast<int>(r.id));
    for (const auto& f : fields) {
        if (f.appliesTo && !f.appliesTo(r)) continue;
        if (headingBefore)
            if (const char* h = headingBefore(f.key)) groupHeading(h);
        std::string id = "##" + idPrefix + "-" + f.key;
        if (f.choices) {
            if (auto chosen = choiceField(id, i18n::tr(f.label), *f.choices, r.*f.value)) change = {&f, *chosen};
            continue;
        }
        std::string value = r.*f.value;
        if (planTextField(id, i18n::tr(f.label), i18n::tr(f.hint), value)) change = {&f, value, app::Save::AfterTyping};
    }
    if constexpr (requires { r.id; }) ImGui::PopID();
    return change;
}

// An expiry date: shown with steppers for year, month and day, or a button to add one.
// `suggested` is the date "Add" starts from. Returns the new date (nullopt inside: removed).
std::optional<std::optional<core::CalendarDate>> dateField(const std::string& id, const char* label,
                                                            const std::optional<core::CalendarDate>& value,
                                                            const core::CalendarDate& suggested, const core::CalendarDate& today);

// A Remove button (`button`, translated) that asks `question` once more before it returns true.
bool confirmRemove(const std::string& id, const char* button, const char* question);

// A bar with a label and a percentage (or `value` instead), for the readiness parts.
void partBar(const char* label, double fraction, const char* note, const char* value = nullptr);

// "1", "2.5": quantities as people read them.
std::string formatQuantity(double q);

}  // namespace ui
