package dev.hearth.client.attach;

import dev.hearth.client.files.PreparedFile;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One file in the attach dialog: preparing, ready (with its thumbnail if a picture, its size and
 * what was removed from it) or not sendable (and why), in words ready to bind. Changed by
 * {@link AttachDialogViewModel} only. FX thread.
 */
public final class AttachItem {

    /** Where the file is on its way to being sent. */
    public enum State {
        PREPARING,
        READY,
        FAILED
    }

    private final AttachSource source;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.PREPARING);
    private final ReadOnlyObjectWrapper<PreparedFile> prepared = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper size = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper caution = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    AttachItem(AttachSource source, String sizeWords) {
        this.source = source;
        this.size.set(sizeWords);
    }

    /** The file's name, as sent. */
    public String name() {
        return source.name();
    }

    /** What a file card shows for its type: the name's extension in capitals ("PDF"), or empty. */
    public String extension() {
        String name = name();
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && dot < name.length() - 1 ? name.substring(dot + 1) : "";
        return extension.length() > 4 ? "" : extension.toUpperCase(Locale.ROOT);
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The file as it will be sent, once ready; its {@code picture()} is the thumbnail to show. */
    public ReadOnlyObjectProperty<PreparedFile> preparedProperty() {
        return prepared.getReadOnlyProperty();
    }

    /** "2.4 MB"; empty while a pasted picture is being encoded. */
    public ReadOnlyStringProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    /** What was taken out of a picture ("Location and camera details were removed."), or empty. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** That a picture goes with its hidden details (a kind Hearth cannot clean), or empty. */
    public ReadOnlyStringProperty cautionProperty() {
        return caution.getReadOnlyProperty();
    }

    /** Why it cannot be sent, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    AttachSource source() {
        return source;
    }

    PreparedFile prepared() {
        return prepared.get();
    }

    State state() {
        return state.get();
    }

    void ready(PreparedFile file, String sizeWords, String noteWords, String cautionWords) {
        prepared.set(file);
        size.set(sizeWords);
        note.set(noteWords);
        caution.set(cautionWords);
        state.set(State.READY);
    }

    void failed(String why) {
        problem.set(why);
        state.set(State.FAILED);
    }

    /** Names no content. */
    @Override
    public String toString() {
        return "AttachItem[" + state.get() + "]";
    }
}
