package dev.hearth.client.chat;

import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/** Unread messages over all conversations, for the window title. FX thread only. */
final class UnreadCount {
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();

    ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    void recount(List<Conversation> conversations) {
        total.set(conversations.stream().mapToInt(c -> c.unreadProperty().get()).sum());
    }
}
