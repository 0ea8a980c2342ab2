// GLFW + OpenGL 3 platform. The loop is event-driven: it sleeps in glfwWaitEvents until input
// arrives or the UI says something on screen will change (a running timer), so an idle app costs
// nothing. The only file that includes GLFW or GL.
#define GL_GLEXT_PROTOTYPES
#include <GLFW/glfw3.h>
#include <GL/glext.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <cstdio>
#include <cstdlib>
#include <imgui.h>
#include <stb_image_write.h>
#include <stdexcept>
#include <string>
#include <vector>

#include "platform/key_latch.h"
#include "platform/platform.h"
#include "store/atomic_file.h"
#include "ui/message_screen.h"
#include "ui/screenshots.h"
#include "ui/text/text.h"
#include "ui/ui.h"

namespace platform {
namespace {

bool g_inputSeen = false;
KeyLatch g_keyLatch;  // taps between two frames still reach ImGui

// Registered before ImGui's backend, which chains to them: they only note that input arrived.
void noteInput(GLFWwindow*, ...) { g_inputSeen = true; }
void onCursor(GLFWwindow* w, double, double) { noteInput(w); }
void onButton(GLFWwindow* w, int, int, int) { noteInput(w); }
void onScroll(GLFWwindow* w, double, double) { noteInput(w); }
void onKey(GLFWwindow* w, int key, int, int action, int) {
    if (action == GLFW_PRESS) g_keyLatch.press(key);
    if (action == GLFW_RELEASE) g_keyLatch.release(key);
    noteInput(w);
}
void onChar(GLFWwindow* w, unsigned int) { noteInput(w); }
void onFocus(GLFWwindow* w, int) { noteInput(w); }
void onRefresh(GLFWwindow* w) { noteInput(w); }
void onSize(GLFWwindow* w, int, int) { noteInput(w); }

void onGlfwError(int code, const char* text) { std::fprintf(stderr, "steadfast: window system error %d: %s\n", code, text); }

struct Window {
    GLFWwindow* handle = nullptr;
    float dpiScale = 1.0f;

    Window(const WindowOptions& options, bool visible) {
        glfwSetErrorCallback(onGlfwError);
        if (!glfwInit()) throw std::runtime_error("Cannot start the window system (no display?).");
        glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
        glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
        glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
        glfwWindowHint(GLFW_VISIBLE, visible ? GLFW_TRUE : GLFW_FALSE);
        glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
        float xs = 1, ys = 1;
        if (GLFWmonitor* m = glfwGetPrimaryMonitor()) glfwGetMonitorContentScale(m, &xs, &ys);
        dpiScale = visible ? std::max(1.0f, xs) : 1.0f;  // screenshots are at 1:1 phone size
        handle = glfwCreateWindow(static_cast<int>(options.width * dpiScale), static_cast<int>(options.height * dpiScale),
                                  "Steadfast", nullptr, nullptr);
        if (!handle) {
            glfwTerminate();
            throw std::runtime_error("Cannot open a window with OpenGL 3.3.");
        }
        glfwSetWindowSizeLimits(handle, static_cast<int>(320 * dpiScale), static_cast<int>(480 * dpiScale), GLFW_DONT_CARE, GLFW_DONT_CARE);
        glfwMakeContextCurrent(handle);
        glfwSwapInterval(1);
        glfwSetCursorPosCallback(handle, onCursor);
        glfwSetMouseButtonCallback(handle, onButton);
        glfwSetScrollCallback(handle, onScroll);
        glfwSetKeyCallback(handle, onKey);
        glfwSetCharCallback(handle, onChar);
        glfwSetWindowFocusCallback(handle, onFocus);
        glfwSetWindowRefreshCallback(handle, onRefresh);
        glfwSetFramebufferSizeCallback(handle, onSize);

        IMGUI_CHECKVERSION();
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;  // layout is fixed; nothing to remember
        // Keyboard navigation is the UI's own (ui/keyboard_focus.h), not ImGui's.
        ImGui_ImplGlfw_InitForOpenGL(handle, true);
        ImGui_ImplOpenGL3_Init("#version 330");
    }

    ~Window() {
        ui::text::detach();
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
        ImGui::DestroyContext();
        glfwDestroyWindow(handle);
        glfwTerminate();
    }

    // One frame into the bound framebuffer: fonts uploaded again when `prepare` rebuilt them or
    // shaped text added glyphs, then `draw` between NewFrame and Render. A frame that asked for
    // glyphs the atlas lacked (text in a new script) is drawn again once they are in, so it never
    // shows with letters missing. Returns what `draw` returns.
    template <class Prepare, class Draw>
    bool frame(Prepare&& prepare, Draw&& draw, bool fromWindow, int width, int height) {
        bool result = false;
        for (int pass = 0; pass < 2; ++pass) {
            bool fontsChanged = prepare();
            if (ui::text::updateAtlas() || fontsChanged) {
                ImGui_ImplOpenGL3_DestroyFontsTexture();
                ImGui_ImplOpenGL3_CreateFontsTexture();
            }
            ImGui_ImplOpenGL3_NewFrame();
            if (fromWindow) {
                ImGui_ImplGlfw_NewFrame();
                glfwGetFramebufferSize(handle, &width, &height);
            } else {
                ImGui::GetIO().DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
                ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
            }
            if (pass == 0) g_keyLatch.applyTo(ImGui::GetIO());  // a tap is shown once, not again in the redraw
            ImGui::NewFrame();
            result = draw() || result;
            ImGui::Render();
            if (!ui::text::glyphsPending()) break;
        }
        glViewport(0, 0, width, height);
        ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
        glClearColor(bg.x, bg.y, bg.z, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        return result;
    }

    // The event-driven loop: it sleeps until input arrives or `secondsToWait()` pass (< 0: only
    // input), and draws a few frames after input while ImGui settles hover and layout. `draw`
    // returns true to close.
    template <class Wait, class Prepare, class Draw>
    void loop(Wait&& secondsToWait, Prepare&& prepare, Draw&& draw, bool quitAfterFirstFrame) {
        int framesToDraw = 3;
        bool close = false;
        while (!close && !glfwWindowShouldClose(handle)) {
            if (framesToDraw == 0) {
                double wait = secondsToWait();
                if (wait < 0)
                    glfwWaitEvents();
                else
                    glfwWaitEventsTimeout(wait);
                framesToDraw = g_inputSeen ? 3 : 1;
            } else {
                glfwPollEvents();
                if (g_inputSeen) framesToDraw = 3;
            }
            if (g_keyLatch.pending()) framesToDraw = std::max(framesToDraw, 2);
            g_inputSeen = false;
            close = frame(prepare, draw, true, 0, 0);
            glfwSwapBuffers(handle);
            --framesToDraw;
            if (quitAfterFirstFrame) break;
        }
    }
};

}  // namespace

bool displayAvailable() {
    const char* x11 = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    return (x11 && *x11) || (wayland && *wayland);
}

int showMessageWindow(const std::string& title, const std::string& message, const WindowOptions& options) {
    Window window(options, true);
    ui::MessageScreen screen(title, message, window.dpiScale);
    window.loop([] { return -1.0; }, [&] { return screen.prepareFrame(); }, [&] { return screen.draw(); },
                options.quitAfterFirstFrame);
    return 0;
}

int runWindow(app::App& app, const WindowOptions& options) {
    Window window(options, true);
    ui::Ui ui(app, window.dpiScale);
    window.loop([&] { return ui.secondsUntilNextChange(); }, [&] { return ui.prepareFrame(); },
                [&] {
                    ui.draw();
                    return false;
                },
                options.quitAfterFirstFrame);
    return 0;
}

int renderScreenshots(app::App& app, const std::filesystem::path& dir, const WindowOptions& options) {
    std::filesystem::create_directories(dir);
    Window window(options, false);
    ui::Ui ui(app, 1.0f);
    int w = options.width, h = options.height;
    // Draw into an offscreen framebuffer: a hidden window's own buffer need not hold pixels.
    GLuint fbo, colour;
    glGenFramebuffers(1, &fbo);
    glBindFramebuffer(GL_FRAMEBUFFER, fbo);
    glGenRenderbuffers(1, &colour);
    glBindRenderbuffer(GL_RENDERBUFFER, colour);
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, w, h);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, colour);
    std::vector<unsigned char> pixels(static_cast<size_t>(w) * h * 4);
    int failures = 0;
    for (const auto& scenario : ui::screenshotScenarios(app)) {
        scenario.go(app);
        auto drawFrames = [&](int count) {
            for (int i = 0; i < count; ++i)
                window.frame([&] { return ui.prepareFrame(); },
                             [&] {
                                 ui.draw();
                                 return false;
                             },
                             false, w, h);
        };
        drawFrames(4);  // let auto-sized layout settle
        for (int i = 0; i < scenario.tabPresses; ++i) {
            g_keyLatch.press(GLFW_KEY_TAB);
            g_keyLatch.release(GLFW_KEY_TAB);
            drawFrames(2);
        }
        if (scenario.tabPresses > 0) drawFrames(2);
        glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
        for (size_t i = 3; i < pixels.size(); i += 4) pixels[i] = 255;
        auto file = dir / (scenario.name + ".png");
        stbi_flip_vertically_on_write(1);  // GL rows run bottom-up
        std::string png;
        auto append = [](void* out, void* data, int size) { static_cast<std::string*>(out)->append(static_cast<char*>(data), size); };
        try {
            if (!stbi_write_png_to_func(append, &png, w, h, 4, pixels.data(), w * 4)) throw std::runtime_error("cannot encode " + file.string());
            store::writeFileAtomically(file, png, store::FileAccess::Shared);
            std::printf("%s\n", file.c_str());
        } catch (const std::exception& e) {
            std::fprintf(stderr, "steadfast: %s\n", e.what());
            ++failures;
        }
    }
    glDeleteRenderbuffers(1, &colour);
    glDeleteFramebuffers(1, &fbo);
    return failures ? 1 : 0;
}

}  // namespace platform
