package dev.hearth.client.chat;

import javafx.scene.Node;

/**
 * What the chat view needs from the window it ends up in: the window's shortcuts, and its focus,
 * which tells the view model whether the user is looking. FX thread.
 */
final class WindowHooks {

    private WindowHooks() {
    }

    static void install(ChatViewModel chat, Node conversations, Node input) {
        input.sceneProperty().subscribe(scene -> {
            if (scene != null) {
                ChatShortcuts.install(scene, chat, conversations, input);
                scene.windowProperty().subscribe(window -> {
                    if (window != null) {
                        chat.windowFocusedProperty().bind(window.focusedProperty());
                    }
                });
            }
        });
    }
}
