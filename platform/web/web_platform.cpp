// The browser platform: the same App and Ui as the desktop, drawn with WebGL 2 through emscripten's
// GLFW, with the data in IndexedDB (IDBFS, mounted and loaded by shell.html before main runs) and
// written back after every change. Touch is handled here, not by emscripten's GLFW, which presses
// at the previous cursor position and never follows a moving finger: each touch becomes ImGui mouse
// input at the finger, a press and its release on frames of their own, so a tap lands exactly once
// and a drag scrolls with the UI's own momentum. A text field gets the phone's keyboard from a
// hidden <input> (shell.html) focused while the finger is down; its text comes back as characters.
#define GLFW_INCLUDE_ES3
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_internal.h>
#include <libical/ical.h>

#include <cstdio>
#include <deque>
#include <filesystem>
#include <memory>
#include <string>

#include "app/app.h"
#include "content/loader.h"
#include "i18n/i18n.h"
#include "platform/web/browser_files.h"
#include "platform/web/browser_notifications.h"
#include "platform/web/browser_update.h"
#include "platform/web/web_media.h"
#include "store/database.h"
#include "ui/text/text.h"
#include "ui/ui.h"
#include "ui/widgets.h"

namespace {

// Where shell.html puts things: the data folder is IDBFS; content, words, fonts and zones are preloaded.
const char* const kDataDir = "/data";
const char* const kContentDir = "/content";
const char* const kPoDir = "/po";
const char* const kZoneDir = "/zoneinfo";

// A touch as ImGui 1.86 reads a mouse: where it is, and whether it is down, one change per frame.
struct PointerEvent {
    float x, y;
    bool down;
};

struct Web {
    GLFWwindow* window = nullptr;
    float pixelRatio = 1;
    std::unique_ptr<store::Database> db;
    std::unique_ptr<app::App> app;
    std::unique_ptr<ui::Ui> ui;
    core::SystemClock clock;
    std::deque<PointerEvent> touches;  // applied one a frame
    bool touchActive = false;          // the last pointer input was a touch: ImGui's GLFW mouse is ignored
    PointerEvent lastTouch{0, 0, false};
    int framesToDraw = 3;
    bool inputSeen = false;
    bool paused = false;  // the main loop sleeps until input or the UI's next change (idle costs nothing)
    long timer = 0;       // the timeout that wakes it for a change on screen (a running timer)
    int lastChanges = 0;
    bool keyboardShown = false;  // the hidden input has the focus: a phone shows its keyboard
};
Web* g_web = nullptr;

// A text field is being typed in now (io.WantTextInput says so only from the next frame).
bool typingInField() {
    const ImGuiContext& g = *GImGui;
    return g.ActiveId != 0 && g.ActiveId == g.InputTextState.ID;
}

void showKeyboard(Web& web, bool shown) {
    web.keyboardShown = shown;
    EM_ASM({ Module.steadfastKeyboard($0); }, shown);
}

// Input arrived: draw a few frames (ImGui settles hover and layout), waking the loop if it sleeps.
void noteInput() {
    if (!g_web) return;
    g_web->inputSeen = true;
    if (g_web->paused) {
        g_web->paused = false;
        if (g_web->timer) emscripten_clear_timeout(g_web->timer);
        g_web->timer = 0;
        emscripten_resume_main_loop();
    }
}

void wakeForChange(void*) {
    if (g_web) g_web->timer = 0;
    noteInput();
}

// Like the desktop loop: after the frames input asked for, sleep until more input, or until the
// UI's next change by itself (a running timer; < 0: none).
void sleepUntilNeeded(Web& web) {
    if (web.framesToDraw > 0 || !web.touches.empty() || web.inputSeen) return;
    double wait = web.ui->secondsUntilNextChange();
    if (wait >= 0 && wait < 0.02) return;  // animating: keep drawing at the display's rate
    web.paused = true;
    emscripten_pause_main_loop();
    if (wait >= 0) web.timer = emscripten_set_timeout(wakeForChange, wait * 1000.0, nullptr);
}

// The browser keeps IndexedDB in step with the files only when asked: after every change.
void syncData() {
    EM_ASM({
        if (Module.syncing) { Module.syncAgain = true; return; }
        Module.syncing = true;
        const done = (error) => {
            Module.syncing = false;
            if (error) console.error("steadfast: saving to the browser's storage failed", error);
            Module.savedChanges = (Module.savedChanges || 0) + 1;
            if (Module.syncAgain) { Module.syncAgain = false; Module.syncing = true; FS.syncfs(false, done); }
        };
        FS.syncfs(false, done);
    });
}

void startApp(Web& web, content::LoadResult loaded) {
    web.app = std::make_unique<app::App>(std::move(loaded), *web.db, web.clock);
    web.app->setUserFiles(web::makeBrowserFiles(noteInput));
    web::notifyReminders(*web.app, noteInput);
    web::offerUpdates(*web.app, noteInput);
    web.app->startInLanguage("");
    web.app->setAudioOutput(platform::openWebAudioOutput);
    web.app->setSpeaker(platform::openWebSpeaker([](std::string message) {
        g_web->app->notices().show(std::move(message));
        noteInput();  // shown now, though the loop may be asleep
    }));
    web.app->setKeepScreenOn(platform::keepScreenOnInBrowser);
}

// A restore replaced the data under the App's models: the App and its UI start again on it,
// showing what the restore said, and the restored data is written to the browser's storage.
void restartOnReplacedData(Web& web) {
    std::string said = web.app->notices().text();
    web.ui.reset();
    web.app.reset();
    startApp(web, content::loadContent(kContentDir));
    web.app->notices().show(said);
    web.ui = std::make_unique<ui::Ui>(*web.app, web.pixelRatio);
    web.lastChanges = web.db->sql().getTotalChanges();
    syncData();
}

EM_BOOL onResize(int, const EmscriptenUiEvent*, void* data) {
    Web& web = *static_cast<Web*>(data);
    double w = 0, h = 0;
    emscripten_get_element_css_size("#canvas", &w, &h);
    web.pixelRatio = static_cast<float>(emscripten_get_device_pixel_ratio());
    // Not glfwSetWindowSize: emscripten's GLFW takes a window the size of the screen for a request
    // to go full screen, which a phone's page often is. This resizes the canvas and tells GLFW.
    EM_ASM({ Browser.setCanvasSize($0, $1); }, static_cast<int>(w * web.pixelRatio), static_cast<int>(h * web.pixelRatio));
    noteInput();
    return EM_FALSE;
}

void onKey(GLFWwindow*, int, int, int, int) { noteInput(); }
void onChar(GLFWwindow*, unsigned int) { noteInput(); }
void onCursor(GLFWwindow*, double, double) {
    if (g_web) g_web->touchActive = false;
    noteInput();
}
void onButton(GLFWwindow*, int, int, int) { noteInput(); }
void onScroll(GLFWwindow*, double, double) { noteInput(); }

// WebGL answers a few state queries (the scissor box, the blend functions and equations) only after
// the GPU process has finished everything drawn so far. ImGui's OpenGL backend reads them back every
// frame to restore them afterwards, so each frame waited for the previous one to be drawn: two
// thirds of a frame's main-thread time while a list is dragged. Only this app draws on the context,
// so what it set last is answered here, and the GPU process is not asked.
EM_JS(void, answerDrawStateLocally, (), {
    const gl = GLctx;
    const known = new Map();
    for (const name of ["SCISSOR_BOX", "VIEWPORT", "BLEND_SRC_RGB", "BLEND_DST_RGB", "BLEND_SRC_ALPHA", "BLEND_DST_ALPHA",
                        "BLEND_EQUATION_RGB", "BLEND_EQUATION_ALPHA"])
        known.set(gl[name], gl.getParameter(gl[name]));
    const getParameter = gl.getParameter.bind(gl);
    gl.getParameter = (p) => {
        const v = known.get(p);
        return v === undefined ? getParameter(p) : v instanceof Int32Array ? v.slice() : v;
    };
    const after = (method, remember) => {
        const call = gl[method].bind(gl);
        gl[method] = (...args) => {
            call(...args);
            remember(...args);
        };
    };
    const blend = (srcRgb, dstRgb, srcAlpha, dstAlpha) => {
        known.set(gl.BLEND_SRC_RGB, srcRgb).set(gl.BLEND_DST_RGB, dstRgb).set(gl.BLEND_SRC_ALPHA, srcAlpha).set(gl.BLEND_DST_ALPHA, dstAlpha);
    };
    const equation = (rgb, alpha) => { known.set(gl.BLEND_EQUATION_RGB, rgb).set(gl.BLEND_EQUATION_ALPHA, alpha); };
    after("scissor", (x, y, w, h) => { if (w >= 0 && h >= 0) known.set(gl.SCISSOR_BOX, new Int32Array([x, y, w, h])); });
    after("viewport", (x, y, w, h) => { if (w >= 0 && h >= 0) known.set(gl.VIEWPORT, new Int32Array([x, y, w, h])); });
    after("blendFunc", (src, dst) => blend(src, dst, src, dst));
    after("blendFuncSeparate", blend);
    after("blendEquation", (mode) => equation(mode, mode));
    after("blendEquationSeparate", equation);
});

void frame(void* data) {
    Web& web = *static_cast<Web*>(data);
    if (web.app->dataReplaced()) restartOnReplacedData(web);
    if (web.inputSeen) web.framesToDraw = 3;
    web.inputSeen = false;
    bool applied = false;  // this frame applied a queued touch
    for (int pass = 0; pass < 2; ++pass) {
        bool fontsChanged = web.ui->prepareFrame();
        if (ui::text::updateAtlas() || fontsChanged) {
            ImGui_ImplOpenGL3_DestroyFontsTexture();
            ImGui_ImplOpenGL3_CreateFontsTexture();
        }
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGuiIO& io = ImGui::GetIO();
        if (web.touchActive) {
            if (pass == 0) {
                applied = !web.touches.empty();
                if (applied) {
                    web.lastTouch = web.touches.front();
                    web.touches.pop_front();
                    web.inputSeen = true;  // and a few frames after it, for what the touch changed
                }
            }
            io.MousePos = ImVec2(web.lastTouch.x, web.lastTouch.y);
            io.MouseDown[0] = web.lastTouch.down;
            // A lifted finger hovers nothing, from the frame after its release: the release itself
            // is where the finger was, or the control under it would not count as tapped.
            if (!web.lastTouch.down && !applied) io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
        }
        ImGui::NewFrame();
        web.ui->draw();
        ImGui::Render();
        if (!ui::text::glyphsPending()) break;
    }
    // For browser tests: the screen shown and, on a checklist run, how many items are done and by whom.
    const app::Route& route = web.app->nav().current();
    const core::Run* run = nullptr;
    if (route.screen() == app::Screen::ChecklistRun) run = web.app->runs().run(route.as<app::route::ChecklistRun>().runId);
    EM_ASM({ Module.steadfastRoute = UTF8ToString($0); Module.steadfastRunDone = $1; Module.steadfastRunBy = UTF8ToString($2); },
           app::screenName(route.screen()), run ? run->doneCount() : -1, run ? run->performedBy.c_str() : "");
    EM_ASM({ Module.steadfastNotice = UTF8ToString($0); }, web.app->notices().text().c_str());  // what an action said
    int width = 0, height = 0;
    glfwGetFramebufferSize(web.window, &width, &height);
    glViewport(0, 0, width, height);
    ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (web.keyboardShown && !typingInField()) showKeyboard(web, false);  // the field was left (Enter, Back): closing needs no touch
    --web.framesToDraw;
    if (!web.touches.empty()) web.framesToDraw = std::max(web.framesToDraw, 1);
    int changes = web.db->sql().getTotalChanges();
    if (changes != web.lastChanges) {
        web.lastChanges = changes;
        syncData();
    }
    sleepUntilNeeded(web);
    EM_ASM({ Module.steadfastFrames = (Module.steadfastFrames || 0) + 1; Module.steadfastAsleep = !!$0; }, web.paused);
}

EM_BOOL onTouch(int type, const EmscriptenTouchEvent* event, void* data) {
    Web& web = *static_cast<Web*>(data);
    const EmscriptenTouchPoint* point = nullptr;
    for (int i = 0; i < event->numTouches; ++i)
        if (event->touches[i].isChanged) point = &event->touches[i];
    if (!point) return EM_TRUE;
    PointerEvent e{static_cast<float>(point->targetX) * web.pixelRatio, static_cast<float>(point->targetY) * web.pixelRatio,
                   type == EMSCRIPTEN_EVENT_TOUCHSTART || type == EMSCRIPTEN_EVENT_TOUCHMOVE};
    if (type == EMSCRIPTEN_EVENT_TOUCHSTART) web.touches.push_back({e.x, e.y, false});  // there first: the press lands at the finger
    if (type == EMSCRIPTEN_EVENT_TOUCHMOVE && !web.touches.empty() && web.touches.back().down)
        web.touches.back() = e;  // only the latest position of a drag matters
    else
        web.touches.push_back(e);
    web.touchActive = true;
    noteInput();
    if (type == EMSCRIPTEN_EVENT_TOUCHEND) {
        // The tap's frames run now, inside the handler: the browser opens the on-screen keyboard
        // only for an input focused during a user's gesture, and only now is it known whether the
        // tap went to a text field.
        for (int i = 0; i < 4 && !web.touches.empty(); ++i) frame(&web);
        showKeyboard(web, typingInField());
    }
    return EM_TRUE;  // preventDefault: no emulated mouse events, no browser scrolling or zooming
}

}  // namespace

// Where the control with this id ("tab-checklists", "##back" without its "##") was drawn in the last
// frame, in CSS pixels: x0, y0, x1, y1; empty when it is not on screen. For browser tests, which tap
// it with real touch events.
extern "C" EMSCRIPTEN_KEEPALIVE const char* steadfast_target(const char* id) {
    static std::string answer;
    answer.clear();
    auto it = ui::tapTargets().find(id);
    if (it != ui::tapTargets().end() && g_web) {
        const ui::Rect& r = it->second;
        float k = g_web->pixelRatio;
        answer = std::to_string(r.x0 / k) + "," + std::to_string(r.y0 / k) + "," + std::to_string(r.x1 / k) + "," + std::to_string(r.y1 / k);
    }
    return answer.c_str();
}

// The visible part of the page changed without the window (an on-screen keyboard opened or closed):
// shell.html has fitted the canvas to it, and the UI keeps the field being typed in on screen.
extern "C" EMSCRIPTEN_KEEPALIVE void steadfast_visible_area_changed() {
    if (g_web && g_web->window) onResize(0, nullptr, g_web);
}

// Text typed through the hidden input (shell.html), as UTF-8: each character reaches ImGui.
extern "C" EMSCRIPTEN_KEEPALIVE void steadfast_type_text(const char* text) {
    ImGui::GetIO().AddInputCharactersUTF8(text);
    noteInput();
}

int main() {
    static Web web;
    g_web = &web;
    set_zone_directory(kZoneDir);
    i18n::setCatalogFolder(kPoDir);
    content::LoadResult loaded = content::loadContent(kContentDir);
    for (const auto& p : loaded.problems) std::fprintf(stderr, "steadfast: content: %s\n", p.toString().c_str());
    try {
        web.db = std::make_unique<store::Database>(std::filesystem::path(kDataDir) / "steadfast.db");
    } catch (const std::exception& e) {
        std::fprintf(stderr, "steadfast: %s\n", e.what());
        EM_ASM({ Module.steadfastFailed(UTF8ToString($0)); }, e.what());
        return 1;
    }
    // IndexedDB keeps each file whole, so every sync writes the -wal file again: SQLite's default
    // (checkpoint at 1,000 pages, the file never shrinks) lets it grow to 4 MB, written after every
    // tick. Checkpointing at 64 pages and truncating back to 256 KB keeps each sync small.
    web.db->sql().exec("PRAGMA wal_autocheckpoint = 64");
    web.db->sql().exec("PRAGMA journal_size_limit = 262144");
    web.lastChanges = web.db->sql().getTotalChanges();
    syncData();  // a new database, or one just migrated, is kept at once
    startApp(web, std::move(loaded));

    if (!glfwInit()) return 1;
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    double cssWidth = 0, cssHeight = 0;
    emscripten_get_element_css_size("#canvas", &cssWidth, &cssHeight);
    web.pixelRatio = static_cast<float>(emscripten_get_device_pixel_ratio());
    web.window = glfwCreateWindow(static_cast<int>(cssWidth * web.pixelRatio), static_cast<int>(cssHeight * web.pixelRatio), "Steadfast",
                                  nullptr, nullptr);
    if (!web.window) return 1;
    glfwMakeContextCurrent(web.window);
    answerDrawStateLocally();
    glfwSetKeyCallback(web.window, onKey);
    glfwSetCharCallback(web.window, onChar);
    glfwSetCursorPosCallback(web.window, onCursor);
    glfwSetMouseButtonCallback(web.window, onButton);
    glfwSetScrollCallback(web.window, onScroll);
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplGlfw_InitForOpenGL(web.window, true);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    web.ui = std::make_unique<ui::Ui>(*web.app, web.pixelRatio);
    emscripten_set_touchstart_callback("#canvas", &web, EM_TRUE, onTouch);
    emscripten_set_touchmove_callback("#canvas", &web, EM_TRUE, onTouch);
    emscripten_set_touchend_callback("#canvas", &web, EM_TRUE, onTouch);
    emscripten_set_touchcancel_callback("#canvas", &web, EM_TRUE, onTouch);
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, &web, EM_FALSE, onResize);
    emscripten_set_main_loop_arg(frame, &web, 0, false);
    return 0;
}
