#include "store/settings_store.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <algorithm>
#include <cstdlib>

namespace store {

core::Settings loadSettings(Database& db) {
    core::Settings s;
    Statement q = db.prepare("SELECT key, value FROM settings");
    while (q->executeStep()) {
        std::string key = q->getColumn(0).getString(), value = q->getColumn(1).getString();
        if (key == "country")
            s.country = value;
        else if (key == "language")
            s.language = value;
        else if (key == "theme")
            s.theme = core::themeFromName(value);
        else if (key == "text_scale")
            s.textScale = core::clampTextScale(std::strtof(value.c_str(), nullptr));
        else if (key == "cpr_rescue_breaths")
            s.cpr.rescueBreaths = value != "0";
        else if (key == "cpr_adult_trained_only")
            s.cpr.adultTrainedOnly = value == "1";
        else if (key == "metronome_sound")
            s.metronomeSound = value != "0";
        else if (key == "metronome_volume")
            s.metronomeVolume = std::clamp(std::strtof(value.c_str(), nullptr), 0.0f, 1.0f);
        else if (key == "read_steps_aloud")
            s.readStepsAloud = value == "1";
    }
    return s;
}

void saveSettings(Database& db, const core::Settings& s) {
    SQLite::Transaction tx(db.sql());
    Statement put = db.prepare("INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    auto set = [&](const char* key, const std::string& value) {
        put->bind(1, key);
        put->bind(2, value);
        put->exec();
        put->reset();
    };
    set("country", s.country);
    set("language", s.language);
    set("theme", core::themeName(s.theme));
    set("text_scale", std::to_string(s.textScale));
    set("cpr_rescue_breaths", s.cpr.rescueBreaths ? "1" : "0");
    set("cpr_adult_trained_only", s.cpr.adultTrainedOnly ? "1" : "0");
    set("metronome_sound", s.metronomeSound ? "1" : "0");
    set("metronome_volume", std::to_string(s.metronomeVolume));
    set("read_steps_aloud", s.readStepsAloud ? "1" : "0");
    tx.commit();
}

}  // namespace store
