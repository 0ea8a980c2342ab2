// The schema, one migration per step. Append only: a released migration never changes.
#include "store/database.h"

namespace store {

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> all{
        {1, R"sql(
            CREATE TABLE settings (
                key   TEXT PRIMARY KEY,
                value TEXT NOT NULL
            ) WITHOUT ROWID;
        )sql"},
    };
    return all;
}

}  // namespace store
