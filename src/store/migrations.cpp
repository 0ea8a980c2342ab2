// The schema, one migration per step. Versions are fixed per feature; a released migration
// never changes. Listed by feature, applied in version order.
#include <algorithm>

#include "store/database.h"

namespace store {

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> all = [] {
        std::vector<Migration> list{
        {1, R"sql(
            CREATE TABLE settings (
                key   TEXT PRIMARY KEY,
                value TEXT NOT NULL
            ) WITHOUT ROWID;
        )sql"},
        };
        std::sort(list.begin(), list.end(), [](const Migration& a, const Migration& b) { return a.version < b.version; });
        return list;
    }();
    return all;
}

}  // namespace store
