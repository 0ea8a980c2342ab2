#include "i18n/plural_forms.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>
#include <vector>

namespace i18n {

// The expression as a tree: a number, n, or an operator over one to three operands.
struct PluralForms::Node {
    enum Kind { Number, N, Not, Binary, Ternary } kind = Number;
    std::string op;
    unsigned long value = 0;
    std::unique_ptr<Node> a, b, c;

    unsigned long eval(unsigned long n) const {
        switch (kind) {
            case Number: return value;
            case N: return n;
            case Not: return !a->eval(n);
            case Ternary: return a->eval(n) ? b->eval(n) : c->eval(n);
            case Binary: break;
        }
        unsigned long x = a->eval(n);
        if (op == "&&") return x && b->eval(n);
        if (op == "||") return x || b->eval(n);
        unsigned long y = b->eval(n);
        if (op == "==") return x == y;
        if (op == "!=") return x != y;
        if (op == "<") return x < y;
        if (op == "<=") return x <= y;
        if (op == ">") return x > y;
        if (op == ">=") return x >= y;
        if (op == "+") return x + y;
        if (op == "-") return x - y;
        if (op == "*") return x * y;
        if (op == "/") return y ? x / y : 0;
        if (op == "%") return y ? x % y : 0;
        return 0;
    }
};

namespace {
using Node = PluralForms::Node;

// Recursive descent over C's precedence levels, as gettext's own grammar (plural.y) has them.
class Parser {
public:
    explicit Parser(std::string_view text) : s_(text) {}

    std::unique_ptr<Node> parseAll() {
        auto node = ternary();
        skipSpace();
        if (pos_ < s_.size() && s_[pos_] != ';') fail("unexpected '" + std::string(1, s_[pos_]) + "'");
        return node;
    }

private:
    [[noreturn]] void fail(const std::string& what) { throw std::runtime_error(what); }
    void skipSpace() {
        while (pos_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[pos_]))) ++pos_;
    }
    bool take(std::string_view token) {
        skipSpace();
        if (s_.substr(pos_, token.size()) != token) return false;
        // "<" must not take the first half of "<=", "!" of "!=", "=" alone is no operator.
        if (token.size() == 1 && pos_ + 1 < s_.size() && s_[pos_ + 1] == '=' && std::string_view("<>!=").find(token[0]) != std::string_view::npos)
            return false;
        if ((token == "&" || token == "|") && pos_ + 1 < s_.size() && s_[pos_ + 1] == token[0]) return false;
        pos_ += token.size();
        return true;
    }
    static std::unique_ptr<Node> binary(std::string op, std::unique_ptr<Node> a, std::unique_ptr<Node> b) {
        auto node = std::make_unique<Node>();
        node->kind = Node::Binary;
        node->op = std::move(op);
        node->a = std::move(a);
        node->b = std::move(b);
        return node;
    }
    std::unique_ptr<Node> ternary() {
        auto cond = level(0);
        if (!take("?")) return cond;
        auto node = std::make_unique<Node>();
        node->kind = Node::Ternary;
        node->a = std::move(cond);
        node->b = ternary();
        if (!take(":")) fail("'?' without ':'");
        node->c = ternary();
        return node;
    }
    // Levels from loosest to tightest; each is left-associative.
    std::unique_ptr<Node> level(size_t depth) {
        static const std::vector<std::vector<std::string_view>> levels{
            {"||"}, {"&&"}, {"==", "!="}, {"<=", ">=", "<", ">"}, {"+", "-"}, {"*", "/", "%"}};
        if (depth == levels.size()) return unary();
        auto left = level(depth + 1);
        for (;;) {
            bool found = false;
            for (std::string_view op : levels[depth]) {
                if (take(op)) {
                    left = binary(std::string(op), std::move(left), level(depth + 1));
                    found = true;
                    break;
                }
            }
            if (!found) return left;
        }
    }
    std::unique_ptr<Node> unary() {
        if (take("!")) {
            auto node = std::make_unique<Node>();
            node->kind = Node::Not;
            node->a = unary();
            return node;
        }
        if (take("(")) {
            auto inner = ternary();
            if (!take(")")) fail("'(' without ')'");
            return inner;
        }
        skipSpace();
        auto node = std::make_unique<Node>();
        if (take("n")) {
            node->kind = Node::N;
            return node;
        }
        if (pos_ >= s_.size() || !std::isdigit(static_cast<unsigned char>(s_[pos_]))) fail("a number or n expected");
        while (pos_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[pos_]))) node->value = node->value * 10 + (s_[pos_++] - '0');
        return node;
    }

    std::string_view s_;
    size_t pos_ = 0;
};

std::string_view field(std::string_view text, std::string_view name) {
    size_t at = text.find(name);
    if (at == std::string_view::npos) return {};
    text.remove_prefix(at + name.size());
    size_t start = text.find_first_not_of(" \t");
    if (start == std::string_view::npos) return {};
    return text.substr(start, text.find(';', start) - start);
}
}  // namespace

PluralForms::PluralForms() : rule_(Parser("n != 1").parseAll()) {}
PluralForms::~PluralForms() = default;
PluralForms::PluralForms(PluralForms&&) noexcept = default;
PluralForms& PluralForms::operator=(PluralForms&&) noexcept = default;

std::optional<PluralForms> PluralForms::parse(std::string_view header, std::string* error) {
    size_t line = header.find("Plural-Forms:");
    if (line == std::string_view::npos) return PluralForms{};
    std::string_view rule = header.substr(line, header.find('\n', line) - line);
    std::string_view nplurals = field(rule, "nplurals=");
    std::string_view plural = field(rule.substr(std::min(rule.find(';'), rule.size())), "plural=");
    try {
        PluralForms forms;
        forms.count_ = std::stoi(std::string(nplurals));
        if (forms.count_ < 1 || forms.count_ > 6) throw std::runtime_error("nplurals must be 1 to 6");
        forms.rule_ = Parser(plural).parseAll();
        return forms;
    } catch (const std::exception& e) {
        if (error) *error = "Plural-Forms: " + std::string(e.what());
        return std::nullopt;
    }
}

int PluralForms::index(unsigned long n) const {
    unsigned long i = rule_->eval(n);
    return i < static_cast<unsigned long>(count_) ? static_cast<int>(i) : 0;
}

}  // namespace i18n
