#pragma once
// The number to call, by country.
#include <string>
#include <vector>

namespace core {

struct CountryNumbers {
    std::string code;    // ISO 3166-1 alpha-2
    std::string name;
    std::string number;  // ambulance / medical emergency
    std::string police;  // empty: same as number
    std::string fire;    // empty: same as number
    std::string note;
};

struct EmergencyNumbers {
    std::string fallback = "112";
    std::vector<CountryNumbers> countries;

    const CountryNumbers* find(const std::string& code) const;
    // The number to show for a country code; the fallback for an unknown one.
    std::string numberFor(const std::string& code) const;
};

}  // namespace core
