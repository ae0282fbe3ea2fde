package dev.hearth.client.chat;

import javafx.scene.control.Label;

/** Binds the status bar's labels to {@link StatusBar}: its words, its colour and the relay key line. FX thread. */
final class StatusLine {

    private StatusLine() {
    }

    static void bind(Label status, Label fingerprint, StatusBar bar) {
        status.textProperty().bind(bar.line());
        bar.style().subscribe((old, now) -> {
            status.getStyleClass().remove(old);
            status.getStyleClass().add(now);
        });
        status.getStyleClass().add(bar.style().get());
        fingerprint.textProperty().bind(bar.fingerprint());
    }
}
