// Keyboard events in order for ImGui 1.86 (key_events.h). No browser or ImGui here.
#include "web/key_events.h"

#include <cstring>

namespace advisor::web {

Key keyFromName(const char* name, const char* code) {
    static const struct {
        const char* name;
        Key key;
    } namedKeys[] = {
        {"Tab", KeyTab},           {"ArrowLeft", KeyLeft}, {"ArrowRight", KeyRight},
        {"ArrowUp", KeyUp},        {"ArrowDown", KeyDown}, {"PageUp", KeyPageUp},
        {"PageDown", KeyPageDown}, {"Home", KeyHome},      {"End", KeyEnd},
        {"Insert", KeyInsert},     {"Delete", KeyDelete},  {"Backspace", KeyBackspace},
        {" ", KeySpace},           {"Enter", KeyEnter},    {"Escape", KeyEscape},
    };
    if (std::strcmp(code, "NumpadEnter") == 0) return KeyKeypadEnter;
    for (const auto& named : namedKeys) {
        if (std::strcmp(name, named.name) == 0) return named.key;
    }
    if (name[0] != 0 && name[1] == 0) {
        switch (name[0] | 0x20) {  // ASCII lower case
            case 'a':
                return KeyA;
            case 'c':
                return KeyC;
            case 'v':
                return KeyV;
            case 'x':
                return KeyX;
            case 'y':
                return KeyY;
            case 'z':
                return KeyZ;
            default:
                break;
        }
    }
    return KeyNone;
}

bool isOneCharacter(const char* utf8) {
    const auto lead = static_cast<unsigned char>(utf8[0]);
    const size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    return lead >= 0x20 && lead != 0x7F && std::strlen(utf8) == length;
}

Modifiers modifiersFromBits(int modifierBits) {
    return Modifiers{(modifierBits & 1) != 0, (modifierBits & 2) != 0, (modifierBits & 4) != 0,
                     (modifierBits & 8) != 0};
}

bool KeyboardQueue::keyDown(const BrowserKey& event, bool editingText) {
    const Modifiers& held = event.modifiers;
    const Key slot = keyFromName(event.key, event.code);
    // Ctrl+Alt is AltGr on Windows layouts: it types characters, it is not a shortcut.
    const bool shortcut = (held.ctrl || held.super) && !(held.ctrl && held.alt);
    // Tab moves between text fields while one is being edited; otherwise it leaves the canvas (no
    // keyboard trap). Arrows, Space and Enter navigate inside. Ctrl+V: the browser's paste event
    // brings the clipboard text (then pasteShortcut).
    if ((slot == KeyTab && !editingText) || (shortcut && slot == KeyV)) {
        modifiers(held);
        return false;
    }
    if (slot != KeyNone) {
        key(slot, true, held);
        // With Cmd held, macOS browsers send no keyup for the other keys: treat them as taps.
        if (held.super) key(slot, false, held);
    } else {
        modifiers(held);
    }
    const bool typed = !shortcut && isOneCharacter(event.key);
    if (typed) text(event.key);
    return slot != KeyNone || typed;  // anything else (F5, Ctrl+R, ...) stays the browser's
}

bool KeyboardQueue::keyUp(const BrowserKey& event) {
    const Key slot = keyFromName(event.key, event.code);
    if (slot != KeyNone)
        key(slot, false, event.modifiers);
    else
        modifiers(event.modifiers);
    return slot != KeyNone;
}

void KeyboardQueue::modifiers(const Modifiers& modifiers) {
    if (modifiers == latest_) return;
    latest_ = modifiers;
    events_.push_back({Event::ModifierChange, KeyNone, false, modifiers, {}});
}

void KeyboardQueue::key(Key key, bool down, const Modifiers& modifiers) {
    latest_ = modifiers;
    events_.push_back({Event::KeyChange, key, down, modifiers, {}});
}

void KeyboardQueue::tap(Key key, const Modifiers& modifiers) {
    this->key(key, true, modifiers);
    this->key(key, false, modifiers);
}

void KeyboardQueue::text(const std::string& utf8) {
    events_.push_back({Event::Text, KeyNone, false, {}, utf8});
}

void KeyboardQueue::pasteShortcut(bool apple) {
    const Modifiers typed = latest_;
    Modifiers shortcut;
    (apple ? shortcut.super : shortcut.ctrl) = true;
    modifiers(shortcut);
    tap(KeyV, shortcut);
    modifiers(typed);
}

void KeyboardQueue::releaseAll() {
    for (int slot = KeyNone + 1; slot < KeyCount; ++slot) key(Key(slot), false, Modifiers{});
}

Modifiers KeyboardQueue::takeFrame(bool* keysDown, std::string& typed) {
    bool keyChanged[KeyCount] = {};
    bool anyKeyChanged = false;
    bool textKeyWentDown = false;  // a key that edits text (not a plain letter or Space)
    for (; !events_.empty(); events_.pop_front()) {
        const Event& event = events_.front();
        if (event.kind == Event::Text) {
            if (textKeyWentDown) break;  // ImGui would read the text before that key
            typed += event.text;
            continue;
        }
        if (anyKeyChanged && event.modifiers != frame_) break;
        if (event.kind == Event::KeyChange && keysDown[event.key] != event.down) {
            if (keyChanged[event.key]) break;
            keyChanged[event.key] = anyKeyChanged = true;
            const bool plainTyping = (event.key == KeySpace || event.key >= KeyA) &&
                                     !event.modifiers.ctrl && !event.modifiers.super;
            textKeyWentDown |= event.down && !plainTyping;
            keysDown[event.key] = event.down;
        }
        frame_ = event.modifiers;
    }
    return frame_;
}

}  // namespace advisor::web
