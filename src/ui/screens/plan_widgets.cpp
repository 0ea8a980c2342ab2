#include "ui/screens/plan_widgets.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <imgui.h>
#include <imgui_stdlib.h>

#include "ui/icons.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {
namespace {

// Frame padding that makes a one-line field as tall as a tap target.
void pushTallFrame() {
    ImGuiStyle& style = ImGui::GetStyle();
    float padY = std::max(style.FramePadding.y, (tapHeight() - ImGui::GetFontSize()) / 2);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(style.FramePadding.x, padY));
}

void fieldLabel(const char* label) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette().muted);
    ImGui::TextUnformatted(label);
    ImGui::PopStyleColor();
}

const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

}  // namespace

std::string formatQuantity(double q) {
    char text[32];
    std::snprintf(text, sizeof text, std::fabs(q - std::round(q)) < 1e-9 ? "%.0f" : "%.1f", q);
    return text;
}

bool textField(const std::string& id, const char* label, const char* hint, std::string& value) {
    fieldLabel(label);
    pushTallFrame();
    ImGui::SetNextItemWidth(-1);
    bool changed = ImGui::InputTextWithHint(id.c_str(), hint, &value);
    if (changed) value = core::clampPlanText(std::move(value));  // the import's limit too
    ImGui::PopStyleVar();
    recordTapTarget(id.c_str());
    float inner = ImGui::GetItemRectSize().x - ImGui::GetStyle().FramePadding.x * 2;
    if (!ImGui::IsItemActive() && ImGui::CalcTextSize(value.c_str()).x > inner) mutedText(value.c_str());
    return changed;
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
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - h - spacing);
    if (ImGui::InputDouble(id.c_str(), &value, 0, 0, "%g")) {
        value = std::isfinite(value) ? std::max(0.0, value) : 0.0;
        changed = true;
    }
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
    bool open = storage->GetBool(openId, currentLabel == nullptr);
    fieldLabel(label);
    std::optional<std::string> chosen;
    if (!open) {
        if (listRow(id.c_str(), ICON_EDIT, currentLabel, "Tap to change")) storage->SetBool(openId, true);
        return chosen;
    }
    for (const auto& c : choices) {
        std::string buttonLabel = std::string(c.label) + id + "-" + c.key;
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
        if (tapButton((ICON_CALENDAR "  Add an expiry date" + id + "-add").c_str())) return std::optional<core::CalendarDate>(suggested);
        return std::nullopt;
    }
    const core::CalendarDate& d = *value;
    int days = today.daysUntil(d);
    char line[96];
    if (days < 0)
        std::snprintf(line, sizeof line, "%d %s %d: expired %d days ago", d.day, kMonths[d.month - 1], d.year, -days);
    else
        std::snprintf(line, sizeof line, "%d %s %d: in %d days", d.day, kMonths[d.month - 1], d.year, days);
    ImGui::TextColored(days <= 30 ? palette().warning : ImGui::GetStyle().Colors[ImGuiCol_Text], "%s", line);

    std::optional<std::optional<core::CalendarDate>> result;
    float h = tapHeight();
    float spacing = ImGui::GetStyle().ItemSpacing.x;
    struct Unit {
        const char* name;
        core::CalendarDate (*step)(const core::CalendarDate&, int);
    } units[] = {
        {"Day", [](const core::CalendarDate& x, int n) { return x.plusDays(n); }},
        {"Month", [](const core::CalendarDate& x, int n) { return x.plusMonths(n); }},
        {"Year", [](const core::CalendarDate& x, int n) { return x.plusYears(n); }},
    };
    for (const auto& u : units) {
        float rowStart = ImGui::GetCursorPosX();
        float width = ImGui::GetContentRegionAvail().x;
        float y = ImGui::GetCursorPosY();
        ImGui::SetCursorPosY(y + (h - ImGui::GetTextLineHeight()) / 2);
        ImGui::TextUnformatted(u.name);
        ImGui::SameLine();
        ImGui::SetCursorPos(ImVec2(rowStart + width - 2 * h - spacing, y));
        std::string lower = u.name;
        lower[0] = static_cast<char>(std::tolower(lower[0]));
        if (tapButton(("\xe2\x88\x92" + id + "-" + lower + "-minus").c_str(), h)) result = u.step(d, -1);
        ImGui::SameLine();
        if (tapButton(("+" + id + "-" + lower + "-plus").c_str(), h)) result = u.step(d, 1);
    }
    if (tapButton((ICON_CLOSE "  Remove the date" + id + "-clear").c_str())) result = std::optional<core::CalendarDate>();
    return result;
}

bool confirmRemove(const std::string& id, const char* what) {
    ImGuiStorage* storage = ImGui::GetStateStorage();
    ImGuiID askId = ImGui::GetID((id + "-asking").c_str());
    ImGui::Spacing();
    if (!storage->GetBool(askId, false)) {
        if (tapButton((std::string(ICON_TRASH "  Remove ") + what + id).c_str())) storage->SetBool(askId, true);
        return false;
    }
    mutedText((std::string("Remove ") + what + "? This cannot be undone.").c_str());
    float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;
    bool removed = false;
    if (tapButton(("Yes, remove" + id + "-yes").c_str(), half, Tone::Emergency)) {
        removed = true;
        storage->SetBool(askId, false);
    }
    ImGui::SameLine();
    if (tapButton(("Keep" + id + "-keep").c_str(), half)) storage->SetBool(askId, false);
    return removed;
}

void groupHeading(const char* text) {
    ImGui::Dummy(ImVec2(0, em() * 0.3f));
    ImGui::Separator();
    ImGui::TextColored(palette().accent, "%s", text);
}

bool checkRow(const std::string& id, bool checked, const char* text) {
    ImGuiStyle& style = ImGui::GetStyle();
    ImVec2 pos = ImGui::GetCursorScreenPos();
    float width = ImGui::GetContentRegionAvail().x;
    float iconW = em() * 1.8f;
    float wrap = width - iconW - style.FramePadding.x * 2;
    ImVec2 textSize = ImGui::CalcTextSize(text, nullptr, false, wrap);
    float rowH = std::max(tapHeight(), textSize.y + style.FramePadding.y * 2);
    bool pressed = ImGui::InvisibleButton(id.c_str(), ImVec2(width, rowH));
    recordTapTarget(id.c_str());
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImU32 bg = ImGui::GetColorU32(ImGui::IsItemActive() ? ImGuiCol_ButtonActive : ImGui::IsItemHovered() ? ImGuiCol_ButtonHovered : ImGuiCol_Button);
    dl->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + rowH), bg, style.FrameRounding);
    float lineH = ImGui::GetTextLineHeight();
    dl->AddText(ImVec2(pos.x + style.FramePadding.x, pos.y + (rowH - lineH) / 2),
                ImGui::GetColorU32(checked ? palette().success : palette().muted), checked ? ICON_CHECKED : ICON_SQUARE);
    dl->AddText(nullptr, 0, ImVec2(pos.x + style.FramePadding.x + iconW, pos.y + (rowH - textSize.y) / 2),
                ImGui::GetColorU32(ImGuiCol_Text), text, nullptr, wrap);
    return pressed;
}

void partBar(const char* label, double fraction, const char* note, const char* value) {
    ImGui::TextUnformatted(label);
    ImGui::SameLine();
    char percent[32];
    std::snprintf(percent, sizeof percent, "%d%%", static_cast<int>(std::lround(fraction * 100)));
    if (value) std::snprintf(percent, sizeof percent, "%s", value);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(percent).x);
    ImGui::TextUnformatted(percent);
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, fraction >= 0.999 ? palette().success : palette().accent);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, ImGui::GetStyle().Colors[ImGuiCol_WindowBg]);
    ImGui::ProgressBar(static_cast<float>(fraction), ImVec2(-1, em() * 0.45f), "");
    ImGui::PopStyleColor(2);
    if (note && *note) mutedText(note);
}

}  // namespace ui
