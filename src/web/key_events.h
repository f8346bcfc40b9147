// Keyboard input for Dear ImGui 1.86, which has no input queue: it sees keys as state, once per
// frame, and reads typed text before keys. Browser key events wait here in order, and each frame
// takes them only up to the first it could not show faithfully. Pure C++ (no browser, no ImGui),
// so the ordering rules are unit-tested natively (tests/web); html5_platform feeds and drains it.
#pragma once

#include <deque>
#include <string>

namespace advisor::web {

// Key slots in io.KeysDown: ImGui 1.86 lets the platform choose them and maps them via io.KeyMap.
enum Key : int {
    KeyNone,
    KeyTab,
    KeyLeft,
    KeyRight,
    KeyUp,
    KeyDown,
    KeyPageUp,
    KeyPageDown,
    KeyHome,
    KeyEnd,
    KeyInsert,
    KeyDelete,
    KeyBackspace,
    KeySpace,
    KeyEnter,
    KeyEscape,
    KeyKeypadEnter,
    KeyA,  // from here on: letters, for the shortcuts of text fields
    KeyC,
    KeyV,
    KeyX,
    KeyY,
    KeyZ,
    KeyCount
};

struct Modifiers {
    bool ctrl = false, shift = false, alt = false, super = false;  // super: Cmd / Windows key
    bool operator==(const Modifiers& other) const {
        return ctrl == other.ctrl && shift == other.shift && alt == other.alt &&
               super == other.super;
    }
    bool operator!=(const Modifiers& other) const { return !(*this == other); }
};

// The slot of a KeyboardEvent's key ("ArrowLeft", "a", "V") or code ("NumpadEnter"), or KeyNone.
Key keyFromName(const char* name, const char* code);

// True if a KeyboardEvent.key names one typed character ("a", "é", "€") rather than a key
// ("Enter", "Shift", "Dead").
bool isOneCharacter(const char* utf8);

// modifierBits as the hidden text input sends them: 1 Ctrl, 2 Shift, 4 Alt, 8 Meta.
Modifiers modifiersFromBits(int modifierBits);

// A keydown or keyup as the browser reports it.
struct BrowserKey {
    const char* key = "";   // KeyboardEvent.key
    const char* code = "";  // KeyboardEvent.code
    Modifiers modifiers;
};

class KeyboardQueue {
  public:
    // A keydown. editingText: a text field has the keyboard (ImGui's WantTextInput), so Tab moves
    // between fields; otherwise Tab leaves the canvas, like Tab anywhere on a page. Returns true if
    // the browser's default action is to be prevented (the advisor used the key).
    bool keyDown(const BrowserKey& event, bool editingText);
    bool keyUp(const BrowserKey& event);  // the same for a keyup

    void modifiers(const Modifiers& modifiers);  // a change of modifiers alone (mouse events)
    void key(Key key, bool down, const Modifiers& modifiers);
    void tap(Key key, const Modifiers& modifiers);  // down, then up
    void text(const std::string& utf8);             // typed characters
    // The shortcut ImGui's text fields paste with (Ctrl+V, Cmd+V on Apple systems), after which
    // the modifiers go back to those really held.
    void pasteShortcut(bool apple);
    void releaseAll();  // the canvas lost focus: every key up

    bool empty() const { return events_.empty(); }
    const Modifiers& latestModifiers() const { return latest_; }

    // Takes the events one frame can show faithfully: keysDown (KeyCount entries, ImGui's
    // io.KeysDown) is updated, the typed text is appended to `typed`, and the modifiers the frame
    // sees are returned. The rest waits for the next frame.
    Modifiers takeFrame(bool* keysDown, std::string& typed);

  private:
    struct Event {
        enum Kind { KeyChange, ModifierChange, Text } kind;
        Key key = KeyNone;    // KeyChange
        bool down = false;    // KeyChange
        Modifiers modifiers;  // KeyChange, ModifierChange
        std::string text;     // Text: UTF-8
    };
    std::deque<Event> events_;  // not yet seen by a frame, oldest first
    Modifiers latest_;          // as of the latest event (queued or not)
    Modifiers frame_;           // as the frames have seen them so far
};

}  // namespace advisor::web
