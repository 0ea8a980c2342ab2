#pragma once
// The numbers to call, by country, and finding a country by what a user types.
#include <string>
#include <string_view>
#include <vector>

#include "core/calendar_date.h"

namespace core {

enum class Service { Ambulance, Police, Fire };

struct CountryNumbers {
    std::string code;                  // ISO 3166-1 alpha-2
    std::string code3;                 // ISO 3166-1 alpha-3
    std::string name;                  // the common English name, as listed
    std::string officialName;          // the official name; empty when it is the common name
    std::vector<std::string> aliases;  // other names and abbreviations people look for ("UK", "Britain")
    std::string ambulance;             // empty: the single number answers, or none was confirmed
    std::string police;
    std::string fire;
    std::vector<std::string> single;   // numbers that reach every service, the usual one first
    std::string note;
    std::vector<std::string> sources;  // where the numbers were checked
    CalendarDate checked;              // when they were last checked against the sources

    // The number the app shows and copies: the ambulance, else the single number, else police, else fire.
    const std::string& number() const;
    // A service's own number, else the single number; empty when none was confirmed.
    const std::string& numberFor(Service service) const;
};

struct EmergencyNumbers {
    std::string fallback = "112";
    std::vector<CountryNumbers> countries;

    const CountryNumbers* find(const std::string& code) const;
    // The number to show for a country code; the fallback for an unknown one.
    std::string numberFor(const std::string& code) const;
};

// The countries whose code, name, official name or an alias match what a user typed, best
// first: an exact code or name, then names that start with it, then names with a word that
// starts with it, then names that contain it. Case, accents and punctuation are ignored.
std::vector<const CountryNumbers*> searchCountries(const EmergencyNumbers& numbers, std::string_view query);

// Lower case, Latin accents removed, punctuation dropped or made a space, spaces collapsed:
// "Côte d'Ivoire" → "cote divoire", "U.K." → "uk".
std::string searchKey(std::string_view text);

}  // namespace core
