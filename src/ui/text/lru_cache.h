#pragma once
// A bounded cache for per-frame text: least recently used entries go first, but never one used in
// the current frame, so pointers handed out during a frame stay valid until the next one.
#include <cstdint>
#include <list>
#include <string>
#include <unordered_map>

namespace ui::text {

template <class Value>
class LruCache {
public:
    explicit LruCache(size_t capacity) : capacity_(capacity) {}

    Value* find(const std::string& key, uint64_t frame) {
        auto it = index_.find(key);
        if (it == index_.end()) return nullptr;
        it->second->frame = frame;
        order_.splice(order_.begin(), order_, it->second);
        return &it->second->value;
    }

    Value& insert(const std::string& key, Value value, uint64_t frame) {
        order_.push_front(Entry{key, std::move(value), frame});
        index_[key] = order_.begin();
        return order_.front().value;
    }

    // Down to capacity, keeping what `frame` used.
    void trim(uint64_t frame) {
        while (order_.size() > capacity_ && order_.back().frame != frame) {
            index_.erase(order_.back().key);
            order_.pop_back();
        }
    }

    template <class Predicate>
    void eraseIf(Predicate stale) {
        for (auto it = order_.begin(); it != order_.end();)
            if (stale(it->key)) {
                index_.erase(it->key);
                it = order_.erase(it);
            } else {
                ++it;
            }
    }

    void clear() {
        order_.clear();
        index_.clear();
    }
    size_t size() const { return order_.size(); }
    size_t capacity() const { return capacity_; }

private:
    struct Entry {
        std::string key;
        Value value;
        uint64_t frame;
    };
    size_t capacity_;
    std::list<Entry> order_;  // most recently used first
    std::unordered_map<std::string, typename std::list<Entry>::iterator> index_;
};

}  // namespace ui::text
