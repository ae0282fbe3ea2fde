package dev.hearth.client.chat;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What is typed in the message box, measured against the relay's text limit: near it a count
 * ("3,612 / 4,000"), past it how much too long, and whether Enter may send. FX thread.
 */
public final class Draft {

    private final ChatText text;
    private final ReadOnlyIntegerProperty maxText;
    private final StringProperty typed = new SimpleStringProperty("");
    private final StringProperty count = new SimpleStringProperty("");
    private final BooleanProperty tooLong = new SimpleBooleanProperty();

    Draft(ChatText text, ReadOnlyIntegerProperty maxText) {
        this.text = text;
        this.maxText = maxText;
        typed.addListener((obs, old, now) -> measure());
        maxText.addListener((obs, old, now) -> measure());
    }

    /** What is typed in the input box; the view binds the box to it both ways. */
    public StringProperty typedProperty() {
        return typed;
    }

    /** "3,612 / 4,000" near the relay's text limit, with how much too long past it; empty otherwise. */
    public ReadOnlyStringProperty countProperty() {
        return count;
    }

    /** Whether the draft is longer than the relay takes: Enter will not send it. */
    public ReadOnlyBooleanProperty tooLongProperty() {
        return tooLong;
    }

    /** Puts {@code line} back in the box, above anything typed since. */
    void takeBack(String line) {
        String now = typed.get();
        typed.set(now == null || now.isBlank() ? line : line + "\n" + now);
    }

    private void measure() {
        DraftLength length = DraftLength.of(typed.get(), maxText.get());
        tooLong.set(length.over());
        count.set(!length.nearLimit() ? ""
                : text.format(length.over() ? "draft.over" : "draft.count", length.codePoints(), length.max(),
                        length.codePoints() - length.max()));
    }
}
