package dev.hearth.client.chat;

import dev.hearth.model.Nicknames;
import dev.hearth.model.RoomNames;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open conversations in sidebar order, found by the relay's notion of "the same name": a
 * room by its case-folded key, a person by the nick uniqueness key, so {@code Bob} and
 * {@code bob} are one conversation. FX thread only.
 */
final class ConversationList {

    private final ZoneId zone;
    private final Consumer<Conversation> onCreated;
    private final ObservableList<Conversation> all = FXCollections.observableArrayList();
    private final ObservableList<Conversation> view = FXCollections.unmodifiableObservableList(all);
    private final Map<String, Conversation> byKey = new HashMap<>();

    ConversationList(ZoneId zone, Consumer<Conversation> onCreated) {
        this.zone = zone;
        this.onCreated = onCreated;
    }

    ObservableList<Conversation> view() {
        return view;
    }

    Conversation room(String name) {
        return getOrCreate(ConversationKind.ROOM, roomKey(name), name);
    }

    Conversation existingRoom(String name) {
        return byKey.get(roomKey(name));
    }

    Conversation direct(String nick) {
        return getOrCreate(ConversationKind.DIRECT, directKey(nick), nick);
    }

    Conversation existingDirect(String nick) {
        return byKey.get(directKey(nick));
    }

    /** Someone we talk to directly is now called {@code to}. */
    void renameDirect(String from, String to) {
        Conversation conversation = byKey.remove(directKey(from));
        if (conversation != null) {
            conversation.rename(to);
            byKey.put(directKey(to), conversation);
        }
    }

    void remove(Conversation conversation) {
        byKey.values().remove(conversation);
        all.remove(conversation);
    }

    private Conversation getOrCreate(ConversationKind kind, String key, String name) {
        Conversation existing = byKey.get(key);
        if (existing != null) {
            return existing;
        }
        Conversation created = new Conversation(kind, name, zone);
        byKey.put(key, created);
        all.add(created);
        onCreated.accept(created);
        return created;
    }

    private static String roomKey(String name) {
        return "#" + RoomNames.key(name);
    }

    private static String directKey(String nick) {
        return "@" + Nicknames.key(nick);
    }
}
