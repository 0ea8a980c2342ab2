#include "ui/screens/plan_widgets.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/date_format.h"
#include "i18n/i18n.h"
#include "ui/icons.h"
#include "ui/mirror.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {
namespace {
using i18n::fillIn, i18n::tr, i18n::trn;

// Frame padding that makes a one-line field as tall as a tap target.
void pushTallFrame() {
    ImGuiStyle& style = ImGui::GetStyle();
    float padY = std::max(style.FramePadding.y, (tapHeight() - ImGui::GetFontSize()) / 2);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(style.FramePadding.x, padY));
}

void fieldLabel(const char* label) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette().muted);
    textLine(label);
    ImGui::PopStyleColor();
}

}  // namespace

std::string formatQuantity(double q) {
    char text[32];
    std::snprintf(text, sizeof text, std::fabs(q - std::round(q)) < 1e-9 ? "%.0f" : "%.1f", q);
    return text;
}

bool planTextField(const std::string& id, const char* label, const char* hint, std::string& value) {
    if (!textField(id.c_str(), label, hint, value).changed) return false;
    value = core::clampPlanText(std::move(value));
    return true;
}

bool quantityField(const std::string& id, const char* label, double& value, double step) {
    fieldLabel(label);
    float h = tapHeight();
    float spacing = ImGui::GetStyle().ItemSpacing.x;
    bool changed = false;
    if (tapButton(("\xe2\x88\x92##" + id.substr(2) + "-minus").c_str(), h)) {
        value = std::max(0.0, value - step);
        changed = true;
    }
    ImGui::SameLine();
    pushTallFrame();
    float fieldW = ImGui::GetContentRegionAvail().x - h - spacing;
    ImGui::SetNextItemWidth(fieldW);
    placeItem(fieldW);
    if (ImGui::InputDouble(id.c_str(), &value, 0, 0, "%g")) {
        value = std::isfinite(value) ? std::max(0.0, value) : 0.0;
        changed = true;
    }
    itemPlaced();
    ImGui::PopStyleVar();
    recordTapTarget(id.c_str());
    ImGui::SameLine();
    if (tapButton(("+##" + id.substr(2) + "-plus").c_str(), h)) {
        value += step;
        changed = true;
    }
    return changed;
}

std::optional<std::string> choiceField(const std::string& id, const char* label, const std::vector<core::Choice>& choices,
                                       const std::string& current) {
    ImGuiStorage* storage = ImGui::GetStateStorage();
    ImGuiID openId = ImGui::GetID((id + "-open").c_str());
    const char* currentLabel = core::choiceLabel(choices, current);
    if (currentLabel) currentLabel = tr(currentLabel);
    // With no value there is nothing to show closed: the choices are always open then.
    bool open = currentLabel == nullptr || storage->GetBool(openId, false);
    fieldLabel(label);
    std::optional<std::string> chosen;
    if (!open) {
        if (listRow(id.c_str(), ICON_EDIT, currentLabel, tr("Tap to change"))) storage->SetBool(openId, true);
        return chosen;
    }
    for (const auto& c : choices) {
        std::string buttonLabel = std::string(tr(c.label)) + id + "-" + c.key;
        if (tapButton(buttonLabel.c_str(), -1.0f, current == c.key ? Tone::Accent : Tone::Normal)) {
            chosen = c.key;
            storage->SetBool(openId, false);
        }
    }
    return chosen;
}

std::optional<std::optional<core::CalendarDate>> dateField(const std::string& id, const char* label,
                                                            const std::optional<core::CalendarDate>& value,
                                                            const core::CalendarDate& suggested, const core::CalendarDate& today) {
    fieldLabel(label);
    if (!value) {
        if (tapButton((std::string(ICON_CALENDAR "  ") + tr("Add an expiry date") + id + "-add").c_str()))
            return std::optional<core::CalendarDate>(suggested);
        return std::nullopt;
    }
    const core::CalendarDate& d = *value;
    int days = today.daysUntil(d);
    std::string line = days < 0 ? trn("{date}: expired {n} day ago", "{date}: expired {n} days ago", -days)
                                : trn("{date}: in {n} day", "{date}: in {n} days", days);
    textLine(days <= 30 ? palette().warning : ImGui::GetStyle().Colors[ImGuiCol_Text], fillIn(line, "date", core::formatDate(d)));

    std::optional<std::optional<core::CalendarDate>> result;
    float h = tapHeight();
    float spacing = ImGui::GetStyle().ItemSpacing.x;
    struct Unit {
        const char* name;  // shown
        const char* key;   // in the buttons' ids
        core::CalendarDate (*step)(const core::CalendarDate&, int);
    } units[] = {
        {tr("Day"), "day", [](const core::CalendarDate& x, int n) { return x.plusDays(n); }},
        {tr("Month"), "month", [](const core::CalendarDate& x, int n) { return x.plusMonths(n); }},
        {tr("Year"), "year", [](const core::CalendarDate& x, int n) { return x.plusYears(n); }},
    };
    for (const auto& u : units) {
        float rowStart = ImGui::GetCursorPosX();
        float width = ImGui::GetContentRegionAvail().x;
        float y = ImGui::GetCursorPosY();
        ImGui::SetCursorPosY(y + (h - ImGui::GetTextLineHeight()) / 2);
        textLine(u.name);
        ImGui::SameLine();
        ImGui::SetCursorPos(ImVec2(rowStart + width - 2 * h - spacing, y));
        if (tapButton(("\xe2\x88\x92" + id + "-" + u.key + "-minus").c_str(), h)) result = u.step(d, -1);
        ImGui::SameLine();
        if (tapButton(("+" + id + "-" + u.key + "-plus").c_str(), h)) result = u.step(d, 1);
    }
    if (tapButton((std::string(ICON_CLOSE "  ") + tr("Remove the date") + id + "-clear").c_str())) result = std::optional<core::CalendarDate>();
    return result;
}

bool confirmRemove(const std::string& id, const char* button, const char* question) {
    ImGuiStorage* storage = ImGui::GetStateStorage();
    ImGuiID askId = ImGui::GetID((id + "-asking").c_str());
    ImGui::Spacing();
    if (!storage->GetBool(askId, false)) {
        if (tapButton((std::string(ICON_TRASH "  ") + button + id).c_str())) storage->SetBool(askId, true);
        return false;
    }
    mutedText(question);
    float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;
    bool removed = false;
    if (tapButton((tr("Yes, remove") + id + "-yes").c_str(), half, Tone::Emergency)) {
        removed = true;
        storage->SetBool(askId, false);
    }
    ImGui::SameLine();
    if (tapButton((tr("Keep") + id + "-keep").c_str(), half)) storage->SetBool(askId, false);
    return removed;
}

void groupHeading(const char* text) {
    ImGui::Dummy(ImVec2(0, em() * 0.3f));
    ImGui::Separator();
    textLine(palette().accent, text);
}

void partBar(const char* label, double fraction, const char* note, const char* value) {
    textLine(label);
    ImGui::SameLine();
    char percent[32];
    std::snprintf(percent, sizeof percent, "%d%%", static_cast<int>(std::lround(fraction * 100)));
    if (value) std::snprintf(percent, sizeof percent, "%s", value);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - textWidth(percent));
    textLine(percent);
    progressBar(static_cast<float>(fraction), em() * 0.45f, fraction >= 0.999 ? palette().success : palette().accent,
                ImGui::GetStyle().Colors[ImGuiCol_WindowBg]);
    if (note && *note) mutedText(note);
}

}  // namespace ui
