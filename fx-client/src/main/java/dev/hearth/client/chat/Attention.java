package dev.hearth.client.chat;

import java.time.Clock;

/**
 * What follows the user's attention: the conversation they open, or come back to in a focused
 * window, is read; their typing hint follows them to it; opening a direct conversation asks
 * whether the other person is online. FX thread only.
 */
final class Attention {

    private Attention() {
    }

    static void follow(ChatState state, UnreadCount unread, TypingOut typingOut, DirectPresence directPresence,
            Clock clock) {
        state.selectedProperty().addListener((obs, old, now) -> {
            typingOut.conversationChanged(now);
            if (old != null) {
                old.leaveUnreadMark();
            }
            if (now != null) {
                now.markRead();
                unread.recount(state.conversations());
                if (now.kind() == ConversationKind.DIRECT) {
                    directPresence.ask(clock.instant());
                }
            }
        });
        state.windowFocusedProperty().addListener((obs, old, focused) -> {
            if (focused && state.selected() != null) {
                state.selected().markRead();
                unread.recount(state.conversations());
            }
        });
    }
}
