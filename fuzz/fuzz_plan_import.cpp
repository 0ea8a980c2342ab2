// Fuzz target: importing a plan from JSON (`steadfast import plan`). Any input either gives a plan
// within the limits a household never reaches, or an ImportError; nothing else may escape, and an
// accepted plan exports and reads back to the same plan.
#include <cstddef>
#include <cstdint>
#include <string>

#include "export/plan_json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    core::Plan plan;
    try {
        plan = exporting::planFromJson(text);
    } catch (const exporting::ImportError&) {
        return 0;
    }
    if (plan.members.size() > core::kMaxPlanMembers || plan.contacts.size() > core::kMaxPlanContacts ||
        plan.pets.size() > core::kMaxPlanPets || plan.kit.size() > core::kMaxKitItems)
        __builtin_trap();
    if (!(exporting::planFromJson(exporting::planToJson(plan)) == plan)) __builtin_trap();
    return 0;
}
