// Small rules of the core types that do not deserve a file each.
#include <algorithm>
#include <cmath>

#include "core/checklist.h"
#include "core/content.h"
#include "core/emergency.h"
#include "core/settings.h"

namespace core {

int ChecklistTemplate::itemCount() const {
    int n = 0;
    for (const auto& s : sections) n += static_cast<int>(s.items.size());
    return n;
}

const CountryNumbers* EmergencyNumbers::find(const std::string& code) const {
    for (const auto& c : countries)
        if (c.code == code) return &c;
    return nullptr;
}

std::string EmergencyNumbers::numberFor(const std::string& code) const {
    const CountryNumbers* c = find(code);
    return c ? c->number : fallback;
}

const Guide* Content::guide(const std::string& id) const {
    for (const auto& g : guides)
        if (g.id == id) return &g;
    return nullptr;
}

const ChecklistTemplate* Content::checklist(const std::string& id) const {
    for (const auto& c : checklists)
        if (c.id == id) return &c;
    return nullptr;
}

std::vector<std::string> Content::categories() const {
    std::vector<std::string> out;
    for (const auto& g : guides)
        if (std::find(out.begin(), out.end(), g.category) == out.end()) out.push_back(g.category);
    return out;
}

const char* themeName(Theme t) { return t == Theme::Dark ? "dark" : "light"; }
Theme themeFromName(const std::string& name) { return name == "dark" ? Theme::Dark : Theme::Light; }

float clampTextScale(float scale) {
    float best = 1.0f;
    for (float s : Settings::kTextScales)
        if (std::fabs(s - scale) < std::fabs(best - scale)) best = s;
    return best;
}

}  // namespace core
