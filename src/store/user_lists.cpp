#include "store/user_lists.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <algorithm>
#include <cstdint>

#include "core/text.h"

namespace store {
namespace {

int64_t id64(long long id) { return static_cast<int64_t>(id); }

std::vector<long long> idsOrdered(Database& db, const char* sql, long long parentId) {
    Statement q = db.prepare(sql);
    q->bind(1, id64(parentId));
    std::vector<long long> ids;
    while (q->executeStep()) ids.push_back(q->getColumn(0).getInt64());
    return ids;
}

std::vector<long long> sectionIds(Database& db, long long listId) {
    return idsOrdered(db, "SELECT id FROM user_list_sections WHERE list_id = ? ORDER BY position, id", listId);
}

std::vector<long long> itemIds(Database& db, long long sectionId) {
    return idsOrdered(db, "SELECT id FROM user_list_items WHERE section_id = ? ORDER BY position, id", sectionId);
}

// Writes positions 0, 1, 2, … in the given order (and the parent, for items that changed section).
void writeSectionPositions(Database& db, const std::vector<long long>& ids) {
    Statement q = db.prepare("UPDATE user_list_sections SET position = ? WHERE id = ?");
    for (size_t i = 0; i < ids.size(); ++i) {
        q->reset();
        q->bind(1, static_cast<int>(i));
        q->bind(2, id64(ids[i]));
        q->exec();
    }
}

void writeItemPositions(Database& db, long long sectionId, const std::vector<long long>& ids) {
    Statement q = db.prepare("UPDATE user_list_items SET position = ?, section_id = ? WHERE id = ?");
    for (size_t i = 0; i < ids.size(); ++i) {
        q->reset();
        q->bind(1, static_cast<int>(i));
        q->bind(2, id64(sectionId));
        q->bind(3, id64(ids[i]));
        q->exec();
    }
}

long long parentOf(Database& db, const char* sql, long long id, const char* missing) {
    Statement q = db.prepare(sql);
    q->bind(1, id64(id));
    if (!q->executeStep()) throw ListError(missing);
    return q->getColumn(0).getInt64();
}

long long listOfSection(Database& db, long long sectionId) {
    return parentOf(db, "SELECT list_id FROM user_list_sections WHERE id = ?", sectionId, "This section is no longer in the list.");
}

long long sectionOfItem(Database& db, long long itemId) {
    return parentOf(db, "SELECT section_id FROM user_list_items WHERE id = ?", itemId, "This item is no longer in the list.");
}

void requireChange(SQLite::Statement& q, const char* missing) {
    if (q.exec() == 0) throw ListError(missing);
}

constexpr const char* kListGone = "This list has been deleted.";

}  // namespace

UserLists::UserLists(Database& db) : db_(db) {}

std::vector<core::UserListSummary> UserLists::all() {
    Statement q = db_.prepare("SELECT l.id, l.title, (SELECT count(*) FROM user_list_items i JOIN user_list_sections s ON i.section_id = s.id "
                        "WHERE s.list_id = l.id) FROM user_lists l");
    std::vector<core::UserListSummary> out;
    while (q->executeStep()) out.push_back({q->getColumn(0).getInt64(), q->getColumn(1).getString(), q->getColumn(2).getInt()});
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        std::string la = core::toLower(a.title), lb = core::toLower(b.title);
        return la != lb ? la < lb : a.id < b.id;
    });
    return out;
}

std::optional<core::UserList> UserLists::load(long long listId) {
    Statement head = db_.prepare("SELECT id, title, from_template FROM user_lists WHERE id = ?");
    head->bind(1, id64(listId));
    if (!head->executeStep()) return std::nullopt;
    core::UserList list;
    list.id = head->getColumn(0).getInt64();
    list.title = head->getColumn(1).getString();
    list.fromTemplate = head->getColumn(2).getString();
    Statement q = db_.prepare("SELECT s.id, s.title, i.id, i.text, i.detail FROM user_list_sections s "
                        "LEFT JOIN user_list_items i ON i.section_id = s.id WHERE s.list_id = ? "
                        "ORDER BY s.position, s.id, i.position, i.id");
    q->bind(1, id64(listId));
    while (q->executeStep()) {
        long long sectionId = q->getColumn(0).getInt64();
        if (list.sections.empty() || list.sections.back().id != sectionId)
            list.sections.push_back({sectionId, q->getColumn(1).getString(), {}});
        if (!q->getColumn(2).isNull())
            list.sections.back().items.push_back({q->getColumn(2).getInt64(), q->getColumn(3).getString(), q->getColumn(4).getString()});
    }
    return list;
}

long long UserLists::create(const std::string& title, const std::string& fromTemplate, const std::vector<core::ChecklistSection>& sections,
                            core::TimePoint at) {
    SQLite::Transaction tx(db_.sql(), SQLite::TransactionBehavior::IMMEDIATE);
    Statement insertList = db_.prepare("INSERT INTO user_lists(title, from_template, created_ms) VALUES(?, ?, ?)");
    insertList->bind(1, title);
    insertList->bind(2, fromTemplate);
    insertList->bind(3, static_cast<int64_t>(core::toEpochMs(at)));
    insertList->exec();
    long long listId = db_.sql().getLastInsertRowid();
    Statement insertSection = db_.prepare("INSERT INTO user_list_sections(list_id, position, title) VALUES(?, ?, ?)");
    Statement insertItem = db_.prepare("INSERT INTO user_list_items(section_id, position, text, detail) VALUES(?, ?, ?, ?)");
    for (size_t s = 0; s < sections.size(); ++s) {
        insertSection->reset();
        insertSection->bind(1, id64(listId));
        insertSection->bind(2, static_cast<int>(s));
        insertSection->bind(3, sections[s].title);
        insertSection->exec();
        long long sectionId = db_.sql().getLastInsertRowid();
        for (size_t i = 0; i < sections[s].items.size(); ++i) {
            insertItem->reset();
            insertItem->bind(1, id64(sectionId));
            insertItem->bind(2, static_cast<int>(i));
            insertItem->bind(3, sections[s].items[i].text);
            insertItem->bind(4, sections[s].items[i].detail);
            insertItem->exec();
        }
    }
    tx.commit();
    return listId;
}

void UserLists::rename(long long listId, const std::string& title) {
    Statement q = db_.prepare("UPDATE user_lists SET title = ? WHERE id = ?");
    q->bind(1, title);
    q->bind(2, id64(listId));
    requireChange(*q, kListGone);
}

void UserLists::remove(long long listId) {
    Statement q = db_.prepare("DELETE FROM user_lists WHERE id = ?");
    q->bind(1, id64(listId));
    requireChange(*q, kListGone);
}

long long UserLists::addSection(long long listId, const std::string& title) {
    SQLite::Transaction tx(db_.sql(), SQLite::TransactionBehavior::IMMEDIATE);
    Statement q = db_.prepare("INSERT INTO user_list_sections(list_id, position, title) SELECT id, "
                        "(SELECT count(*) FROM user_list_sections WHERE list_id = ?1), ?2 FROM user_lists WHERE id = ?1");
    q->bind(1, id64(listId));
    q->bind(2, title);
    requireChange(*q, kListGone);
    long long id = db_.sql().getLastInsertRowid();
    tx.commit();
    return id;
}

void UserLists::renameSection(long long sectionId, const std::string& title) {
    Statement q = db_.prepare("UPDATE user_list_sections SET title = ? WHERE id = ?");
    q->bind(1, title);
    q->bind(2, id64(sectionId));
    requireChange(*q, "This section is no longer in the list.");
}

void UserLists::removeSection(long long sectionId) {
    SQLite::Transaction tx(db_.sql(), SQLite::TransactionBehavior::IMMEDIATE);
    long long listId = listOfSection(db_, sectionId);
    Statement q = db_.prepare("DELETE FROM user_list_sections WHERE id = ?");
    q->bind(1, id64(sectionId));
    q->exec();
    writeSectionPositions(db_, sectionIds(db_, listId));
    tx.commit();
}

void UserLists::moveSection(long long sectionId, int delta) {
    SQLite::Transaction tx(db_.sql(), SQLite::TransactionBehavior::IMMEDIATE);
    std::vector<long long> ids = sectionIds(db_, listOfSection(db_, sectionId));
    auto at = std::find(ids.begin(), ids.end(), sectionId) - ids.begin();
    long long to = std::clamp<long long>(at + delta, 0, static_cast<long long>(ids.size()) - 1);
    if (to != at) {
        long long moved = ids[at];
        ids.erase(ids.begin() + at);
        ids.insert(ids.begin() + to, moved);
        writeSectionPositions(db_, ids);
    }
    tx.commit();
}

long long UserLists::addItem(long long sectionId, const std::string& text, const std::string& detail) {
    SQLite::Transaction tx(db_.sql(), SQLite::TransactionBehavior::IMMEDIATE);
    Statement q = db_.prepare("INSERT INTO user_list_items(section_id, position, text, detail) SELECT id, "
                        "(SELECT count(*) FROM user_list_items WHERE section_id = ?1), ?2, ?3 FROM user_list_sections WHERE id = ?1");
    q->bind(1, id64(sectionId));
    q->bind(2, text);
    q->bind(3, detail);
    requireChange(*q, "This section is no longer in the list.");
    long long id = db_.sql().getLastInsertRowid();
    tx.commit();
    return id;
}

void UserLists::editItem(long long itemId, const std::string& text, const std::string& detail) {
    Statement q = db_.prepare("UPDATE user_list_items SET text = ?, detail = ? WHERE id = ?");
    q->bind(1, text);
    q->bind(2, detail);
    q->bind(3, id64(itemId));
    requireChange(*q, "This item is no longer in the list.");
}

void UserLists::removeItem(long long itemId) {
    SQLite::Transaction tx(db_.sql(), SQLite::TransactionBehavior::IMMEDIATE);
    long long sectionId = sectionOfItem(db_, itemId);
    Statement q = db_.prepare("DELETE FROM user_list_items WHERE id = ?");
    q->bind(1, id64(itemId));
    q->exec();
    writeItemPositions(db_, sectionId, itemIds(db_, sectionId));
    tx.commit();
}

void UserLists::moveItem(long long itemId, int delta) {
    if (delta == 0) return;
    SQLite::Transaction tx(db_.sql(), SQLite::TransactionBehavior::IMMEDIATE);
    long long sectionId = sectionOfItem(db_, itemId);
    std::vector<long long> items = itemIds(db_, sectionId);
    auto at = std::find(items.begin(), items.end(), itemId) - items.begin();
    long long to = at + (delta < 0 ? -1 : 1);
    if (to >= 0 && to < static_cast<long long>(items.size())) {
        std::swap(items[at], items[to]);
        writeItemPositions(db_, sectionId, items);
    } else {
        // Across the section boundary: to the end of the section above or the start of the one below.
        std::vector<long long> sections = sectionIds(db_, listOfSection(db_, sectionId));
        auto s = std::find(sections.begin(), sections.end(), sectionId) - sections.begin();
        long long neighbour = s + (delta < 0 ? -1 : 1);
        if (neighbour >= 0 && neighbour < static_cast<long long>(sections.size())) {
            long long target = sections[neighbour];
            std::vector<long long> targetItems = itemIds(db_, target);
            if (delta < 0)
                targetItems.push_back(itemId);
            else
                targetItems.insert(targetItems.begin(), itemId);
            items.erase(items.begin() + at);
            writeItemPositions(db_, target, targetItems);
            writeItemPositions(db_, sectionId, items);
        }
    }
    tx.commit();
}

}  // namespace store
