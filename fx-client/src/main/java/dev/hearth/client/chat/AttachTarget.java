package dev.hearth.client.chat;

import dev.hearth.client.attach.AttachDestination;
import dev.hearth.client.files.PreparedFile;
import dev.hearth.client.net.ConnectionStatus;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Whether files can be attached now, and why not (for the attach button's tooltip): a conversation
 * must be open and the relay must take files. Also where the attach dialog sends: the open
 * conversation, through {@link ChatViewModel#sendFile}. FX thread.
 */
final class AttachTarget implements AttachDestination {

    private final ChatViewModel chat;
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper whyNot = new ReadOnlyStringWrapper("");

    AttachTarget(ChatViewModel chat) {
        this.chat = chat;
        chat.relay().maxFileProperty().subscribe(this::update);
        chat.relay().statusProperty().subscribe(this::update);
        chat.selectedProperty().subscribe(this::update);
        update();
    }

    /** True when a conversation is open on a relay that takes files. */
    ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** Why files cannot be attached now, or empty. */
    ReadOnlyStringProperty whyNotProperty() {
        return whyNot.getReadOnlyProperty();
    }

    private void update() {
        String why;
        if (maxFile() <= 0) {
            boolean connected = chat.relay().statusProperty().get() == ConnectionStatus.CONNECTED;
            why = chat.text().format(connected ? "attach.off.no-files" : "attach.off.connecting");
        } else if (chat.selectedProperty().get() == null) {
            why = chat.text().format("attach.off.nowhere");
        } else {
            why = "";
        }
        whyNot.set(why);
        available.set(why.isEmpty());
    }

    @Override
    public String title() {
        return chat.open().titleProperty().get();
    }

    @Override
    public long maxFile() {
        return chat.relay().maxFileProperty().get();
    }

    @Override
    public int maxCaption() {
        return chat.relay().maxTextProperty().get();
    }

    @Override
    public Result send(PreparedFile file, String caption) {
        return switch (chat.sendFile(file, caption)) {
            case SENT -> Result.SENT;
            case NOWHERE -> Result.NOWHERE;
            case NO_FILES -> Result.NO_FILES;
            case TOO_LARGE -> Result.TOO_LARGE;
            case CAPTION_TOO_LONG -> Result.CAPTION_TOO_LONG;
        };
    }
}
