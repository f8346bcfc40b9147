// The keyboard queue (src/web/key_events.h): which browser keys the advisor takes, and how events
// are spread over frames so that ImGui 1.86, which sees keys once per frame as state and reads
// typed text before keys, sees every press, release and character in the order it was made.
#include <doctest/doctest.h>

#include <string>

#include "web/key_events.h"

using namespace advisor::web;

namespace {

// ImGui's io.KeysDown and io.InputQueueCharacters, as the frames leave them.
struct Frames {
    KeyboardQueue queue;
    bool keysDown[KeyCount] = {};
    std::string typed;
    Modifiers modifiers;

    void next() {
        typed.clear();
        modifiers = queue.takeFrame(keysDown, typed);
    }
};

const Modifiers kNone{};
const Modifiers kCtrl{true, false, false, false};
const Modifiers kShift{false, true, false, false};
const Modifiers kCmd{false, false, false, true};
const Modifiers kAltGr{true, false, true, false};

}  // namespace

TEST_CASE("browser key names map to ImGui's key slots") {
    CHECK(keyFromName("Tab", "Tab") == KeyTab);
    CHECK(keyFromName("ArrowLeft", "ArrowLeft") == KeyLeft);
    CHECK(keyFromName(" ", "Space") == KeySpace);
    CHECK(keyFromName("Enter", "Enter") == KeyEnter);
    CHECK(keyFromName("Enter", "NumpadEnter") == KeyKeypadEnter);  // by code: same key name
    CHECK(keyFromName("Backspace", "Backspace") == KeyBackspace);
    SUBCASE("the letters of text-field shortcuts, in either case") {
        CHECK(keyFromName("a", "KeyA") == KeyA);
        CHECK(keyFromName("V", "KeyV") == KeyV);
        CHECK(keyFromName("z", "KeyZ") == KeyZ);
    }
    SUBCASE("anything else has no slot") {
        for (const char* name : {"b", "Shift", "Control", "F5", "Dead", "", "ab", "é"}) {
            INFO(name);
            CHECK(keyFromName(name, "") == KeyNone);
        }
    }
}

TEST_CASE("one typed character, in any script, is text; a key's name is not") {
    for (const char* text : {"a", "Z", " ", "é", "€", "\xf0\x9f\x98\x80"}) {
        INFO(text);
        CHECK(isOneCharacter(text));
    }
    for (const char* name : {"", "Enter", "Dead", "ab", "\x7f", "\x1b", "é!"}) {
        INFO(name);
        CHECK_FALSE(isOneCharacter(name));
    }
}

TEST_CASE("the hidden text input's modifier bits") {
    CHECK(modifiersFromBits(0) == kNone);
    CHECK(modifiersFromBits(1) == kCtrl);
    CHECK(modifiersFromBits(2) == kShift);
    CHECK(modifiersFromBits(8) == kCmd);
    CHECK(modifiersFromBits(1 | 4) == kAltGr);
}

TEST_CASE("which keys the advisor takes from the browser") {
    KeyboardQueue queue;
    SUBCASE("Tab leaves the canvas unless a text field is being edited") {
        CHECK_FALSE(queue.keyDown({"Tab", "Tab", kNone}, false));
        CHECK(queue.empty());
        CHECK(queue.keyDown({"Tab", "Tab", kNone}, true));
        CHECK_FALSE(queue.empty());
    }
    SUBCASE("Ctrl+V is left to the browser, whose paste event brings the text") {
        CHECK_FALSE(queue.keyDown({"v", "KeyV", kCtrl}, true));
    }
    SUBCASE("arrows, Space and Enter navigate inside; typed characters are text") {
        CHECK(queue.keyDown({"ArrowDown", "ArrowDown", kNone}, false));
        CHECK(queue.keyDown({" ", "Space", kNone}, false));
        CHECK(queue.keyDown({"q", "KeyQ", kNone}, false));
    }
    SUBCASE("browser shortcuts and function keys stay the browser's") {
        CHECK_FALSE(queue.keyDown({"F5", "F5", kNone}, false));
        CHECK_FALSE(queue.keyDown({"r", "KeyR", kCtrl}, false));
        CHECK_FALSE(queue.keyUp({"F5", "F5", kNone}));
    }
}

TEST_CASE("a press and release in one go reach ImGui in two frames") {
    Frames frames;
    frames.queue.keyDown({"Enter", "Enter", kNone}, false);
    frames.queue.keyUp({"Enter", "Enter", kNone});
    frames.next();
    CHECK(frames.keysDown[KeyEnter]);
    frames.next();
    CHECK_FALSE(frames.keysDown[KeyEnter]);
    CHECK(frames.queue.empty());
}

TEST_CASE("text typed after a key that edits text waits for the next frame") {
    Frames frames;
    frames.queue.keyDown({"Backspace", "Backspace", kNone}, true);
    frames.queue.keyUp({"Backspace", "Backspace", kNone});
    frames.queue.keyDown({"x", "KeyX", kNone}, true);
    frames.next();  // Backspace down; the "x" would otherwise be inserted before it deletes
    CHECK(frames.keysDown[KeyBackspace]);
    CHECK(frames.typed.empty());
    frames.next();  // Backspace up, then the "x" (a plain letter: no wait for it)
    CHECK_FALSE(frames.keysDown[KeyBackspace]);
    CHECK(frames.typed == "x");
    CHECK(frames.keysDown[KeyX]);
}

TEST_CASE("plain letters and their text go together in one frame") {
    Frames frames;
    frames.queue.keyDown({"a", "KeyA", kNone}, true);
    frames.queue.keyDown({"é", "Quote", kNone}, true);
    frames.next();
    CHECK(frames.keysDown[KeyA]);
    CHECK(frames.typed == "aé");
    CHECK(frames.queue.empty());
}

TEST_CASE("a change of modifiers after a key change waits for the next frame") {
    Frames frames;
    frames.queue.keyDown({"ArrowRight", "ArrowRight", kNone}, true);
    frames.queue.keyDown({"Shift", "ShiftLeft", kShift}, true);
    frames.queue.keyDown({"ArrowLeft", "ArrowLeft", kShift}, true);
    frames.next();
    CHECK(frames.keysDown[KeyRight]);
    CHECK_FALSE(frames.keysDown[KeyLeft]);
    CHECK(frames.modifiers == kNone);
    frames.next();
    CHECK(frames.modifiers == kShift);
    CHECK(frames.keysDown[KeyLeft]);  // Shift+Left: a selection, as typed
}

TEST_CASE("with Cmd held, a key is a tap (macOS browsers send no keyup for it)") {
    Frames frames;
    frames.queue.keyDown({"Meta", "MetaLeft", kCmd}, true);
    frames.queue.keyDown({"a", "KeyA", kCmd}, true);
    frames.next();
    CHECK(frames.keysDown[KeyA]);
    CHECK(frames.modifiers == kCmd);
    CHECK(frames.typed.empty());  // a shortcut types nothing
    frames.next();
    CHECK_FALSE(frames.keysDown[KeyA]);
}

TEST_CASE("AltGr (Ctrl+Alt) types characters: it is no shortcut") {
    Frames frames;
    CHECK(frames.queue.keyDown({"@", "KeyQ", kAltGr}, true));
    frames.next();
    CHECK(frames.typed == "@");
}

TEST_CASE("a paste is exactly the shortcut ImGui pastes with, then the modifiers held") {
    for (const bool apple : {false, true}) {
        INFO("apple " << apple);
        Frames frames;
        frames.queue.modifiers(kShift);
        frames.next();
        frames.queue.pasteShortcut(apple);
        frames.next();  // the shortcut's modifiers and V down
        CHECK(frames.keysDown[KeyV]);
        CHECK(frames.modifiers == (apple ? kCmd : kCtrl));
        frames.next();  // V up, still with the shortcut's modifiers
        CHECK_FALSE(frames.keysDown[KeyV]);
        CHECK(frames.modifiers == (apple ? kCmd : kCtrl));
        frames.next();
        CHECK(frames.modifiers == kShift);
        CHECK(frames.queue.empty());
        CHECK(frames.queue.latestModifiers() == kShift);
    }
}

TEST_CASE("losing focus releases every key and modifier") {
    Frames frames;
    frames.queue.keyDown({"Shift", "ShiftLeft", kShift}, true);
    frames.queue.keyDown({"ArrowDown", "ArrowDown", kShift}, true);
    frames.next();
    frames.next();
    REQUIRE(frames.keysDown[KeyDown]);
    frames.queue.releaseAll();
    for (int frame = 0; frame < 4 && !frames.queue.empty(); ++frame) frames.next();
    CHECK(frames.queue.empty());
    CHECK_FALSE(frames.keysDown[KeyDown]);
    CHECK(frames.modifiers == kNone);
}
