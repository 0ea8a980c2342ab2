// Files for the user in a browser. A file for the user is written to a folder in memory, given to
// the browser as a download (a Blob and an <a download>) and removed. A file of the user's is
// chosen with an <input type=file>, read into memory, handed to the app and removed. The plan is
// printed from its HTML page (export/plan_html.h), which the browser prints or saves as PDF.
#include "platform/web/browser_files.h"

#include <emscripten.h>

#include <filesystem>
#include <string>

#include "core/date_format.h"
#include "i18n/i18n.h"

namespace {

namespace fs = std::filesystem;
const char* const kOutbox = "/outbox";  // in memory, not IndexedDB: a download is not data to keep
const char* const kChosen = "/chosen";

EM_JS(void, download_file, (const char* path, const char* name), {
    const fileName = UTF8ToString(name);
    const types = { csv: "text/csv", json: "application/json", ics: "text/calendar", db: "application/vnd.sqlite3" };
    const type = types[fileName.split(".").pop()] || "application/octet-stream";
    const url = URL.createObjectURL(new Blob([FS.readFile(UTF8ToString(path))], { type }));
    const link = Object.assign(document.createElement("a"), { href: url, download: fileName });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
});

// The picker's change event reads the file into kChosen and calls steadfast_file_chosen. Browsers
// open a picker only during (or just after) a user's tap, which is when the app asks for it.
EM_JS(void, choose_file, (const char* accept, const char* folder), {
    const input = Object.assign(document.createElement("input"), { type: "file", accept: UTF8ToString(accept) });
    const dir = UTF8ToString(folder);
    input.addEventListener("change", async () => {
        const file = input.files[0];
        if (!file) return;
        const data = new Uint8Array(await file.arrayBuffer());
        if (!FS.analyzePath(dir).exists) FS.mkdir(dir);
        const path = dir + "/chosen";
        FS.writeFile(path, data);
        Module.ccall("steadfast_file_chosen", null, ["string", "string"], [path, file.name]);
    });
    window.steadfastLastPicker = input;  // for browser tests, which cannot see a detached input
    input.click();
});

// The print page over the app, in a frame of its own (its Print button prints only the frame),
// with a bar to close it. A frame, not a new window: no pop-up blocker stops it, and an app added
// to the home screen has no tabs.
EM_JS(void, show_print_page, (const char* html, const char* closeLabel), {
    const shown = document.getElementById("steadfast-print");
    if (shown) shown.remove();
    const overlay = Object.assign(document.createElement("div"), { id: "steadfast-print" });
    overlay.style.cssText = "position:fixed;inset:0;z-index:10;display:flex;flex-direction:column;background:#fff";
    const close = Object.assign(document.createElement("button"), { type: "button", textContent: UTF8ToString(closeLabel) });
    close.style.cssText = "font:16px system-ui,sans-serif;padding:12px;border:0;border-bottom:1px solid #ccc;background:#eef";
    close.addEventListener("click", () => overlay.remove());
    const frame = Object.assign(document.createElement("iframe"), { srcdoc: UTF8ToString(html), title: "print" });
    frame.style.cssText = "flex:1;border:0;width:100%";
    overlay.append(close, frame);
    document.body.append(overlay);
});

// What the browser says of this site's storage: whether it is kept until the user clears it
// (navigator.storage.persist(), asked at start), and the bytes used (-1: not known yet). Asked
// again at most every few seconds while Settings shows it; an answer that changes something wakes
// the page to show it.
EM_JS(void, ask_storage, (), {
    if (!navigator.storage || !navigator.storage.estimate) return;
    if (Module.storageAsked && Date.now() - Module.storageAsked < 5000) return;
    Module.storageAsked = Date.now();
    Promise.all([navigator.storage.persisted ? navigator.storage.persisted() : false, navigator.storage.estimate()]).then(([kept, estimate]) => {
        const old = Module.steadfastStorage || {};
        Module.steadfastStorage = { kept: !!kept, usage: typeof estimate.usage === "number" ? estimate.usage : -1 };
        if (old.kept !== Module.steadfastStorage.kept || old.usage !== Module.steadfastStorage.usage) Module.ccall("steadfast_storage_known", null, [], []);
    });
});
EM_JS(int, storage_kept, (), { return Module.steadfastStorage && Module.steadfastStorage.kept ? 1 : 0; });
EM_JS(double, storage_used, (), { return Module.steadfastStorage ? Module.steadfastStorage.usage : -1; });

class BrowserFiles final : public app::UserFiles {
public:
    explicit BrowserFiles(std::function<void()> wake) : wake_(std::move(wake)) {}

    fs::path placeFor(const std::string& name) override {
        fs::create_directories(kOutbox);
        return fs::path(kOutbox) / name;
    }
    std::string shownAs(const fs::path& file) const override {
        // TRANSLATORS: where a downloaded file is: "household-plan-2026-12-03.json" in your downloads.
        return i18n::fillIn(i18n::tr("\"{file}\" in your downloads"), "file", file.filename().string());
    }
    void handOver(const fs::path& file) override {
        download_file(file.c_str(), file.filename().c_str());
        std::error_code ec;
        if (file.parent_path() == kOutbox) fs::remove(file, ec);
    }
    std::string destination() const override { return i18n::tr("your downloads"); }
    std::string whereDataIs(const fs::path&) const override {
        ask_storage();
        std::string where = storage_kept() ? i18n::tr("In this browser's storage for this site, kept until you clear the site's data.")
                                           : i18n::tr("In this browser's storage for this site. The browser may clear it when space runs low: "
                                                      "add Steadfast to the home screen, and back up.");
        double used = storage_used();
        if (used >= 0)
            where += " " + i18n::fillIn(i18n::tr("{size} KB used."), "size", core::formatNumber(static_cast<long long>(used / 1024 + 0.5)));
        return where;
    }
    bool printsPages() const override { return true; }
    void showPrintPage(const std::string& html) override { show_print_page(html.c_str(), i18n::tr("Close and go back to Steadfast")); }
    bool canChoose() const override { return true; }
    void choose(const std::string& accept, Chosen chosen) override {
        pending_ = std::move(chosen);
        choose_file(accept.c_str(), kChosen);
    }

    void wake() {
        if (wake_) wake_();
    }
    // The file the user chose, read into memory at `path`.
    void chosen(const char* path, const char* name) {
        if (pending_) {
            Chosen handle = std::move(pending_);
            pending_ = nullptr;
            handle(path, "\"" + std::string(name) + "\"");
        }
        std::error_code ec;
        fs::remove(path, ec);
        if (wake_) wake_();
    }

private:
    std::function<void()> wake_;
    Chosen pending_;
};

BrowserFiles* g_files = nullptr;

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void steadfast_storage_known() {
    if (g_files) g_files->wake();
}

extern "C" EMSCRIPTEN_KEEPALIVE void steadfast_file_chosen(const char* path, const char* name) {
    if (g_files) g_files->chosen(path, name);
}

namespace web {

std::unique_ptr<app::UserFiles> makeBrowserFiles(std::function<void()> wake) {
    auto files = std::make_unique<BrowserFiles>(std::move(wake));
    g_files = files.get();
    return files;
}

}  // namespace web
