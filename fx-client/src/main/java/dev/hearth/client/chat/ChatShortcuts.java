package dev.hearth.client.chat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The chat window's keyboard shortcuts: Ctrl+K or Alt+↑/↓ moves between conversations; Ctrl+L focuses the input. */
final class ChatShortcuts {

    private ChatShortcuts() {
    }

    static void install(Scene scene, ChatViewModel chat, Node conversationList, Node input) {
        var accelerators = scene.getAccelerators();
        accelerators.put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN), conversationList::requestFocus);
        accelerators.put(new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN), () -> step(chat, -1));
        accelerators.put(new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN), () -> step(chat, 1));
        accelerators.put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), input::requestFocus);
    }

    private static void step(ChatViewModel chat, int delta) {
        List<Conversation> all = chat.conversations();
        if (!all.isEmpty()) {
            int at = all.indexOf(chat.selectedProperty().get());
            chat.select(all.get(Math.floorMod(at + delta, all.size())));
        }
    }
}
