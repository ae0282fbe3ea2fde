package dev.hearth.client.chat;

import dev.hearth.client.compose.InputEdit;
import dev.hearth.client.compose.InputHistory;
import dev.hearth.client.compose.TabCompleter;
import java.util.Optional;
import javafx.scene.TraversalDirection;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keys of the message box: Enter sends, Shift+Enter breaks the line, Tab completes nicks,
 * rooms and commands (and otherwise moves the focus, never inserting a tab), ↑ in an empty box
 * edits the last message we sent (where the relay allows edits), else ↑/↓ on the first/last line
 * recall earlier lines; Esc ends a reply or an edit. Every change of the draft may tell others we are typing. FX thread.
 */
final class InputBox {

    private final TextArea input;
    private final ChatViewModel chat;
    private final TabCompleter completer = new TabCompleter();
    private final InputHistory history = new InputHistory();

    InputBox(TextArea input, ChatViewModel chat) {
        this.input = input;
        this.chat = chat;
        input.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        input.textProperty().bindBidirectional(chat.draft().typedProperty());
        chat.selectedProperty().addListener((obs, old, now) -> completer.reset());
    }

    private void keyPressed(KeyEvent key) {
        if (key.getCode() == KeyCode.ENTER && !key.isShiftDown() && !key.isControlDown()) {
            key.consume();
            send();
        } else if (key.getCode() == KeyCode.ENTER && key.isShiftDown()) {
            key.consume();
            input.insertText(input.getCaretPosition(), "\n");
        } else if (key.getCode() == KeyCode.TAB && !key.isControlDown()) {
            key.consume();
            Optional<InputEdit> edit = key.isShiftDown() ? Optional.empty() : complete();
            if (edit.isPresent()) {
                input.setText(edit.get().text());
                input.positionCaret(edit.get().caret());
            } else {
                // Nothing to complete: Tab moves on, as everywhere else, so the box never traps the keyboard.
                input.requestFocusTraversal(key.isShiftDown() ? TraversalDirection.PREVIOUS : TraversalDirection.NEXT);
            }
        } else if (key.getCode() == KeyCode.UP && input.getText().isEmpty() && chat.messageActions().editLast()) {
            key.consume(); // as in Signal and Slack: Up in an empty box edits the last message we sent
            input.end();
        } else if (key.getCode() == KeyCode.ESCAPE && (chat.messageActions().editingProperty().get() != null
                || chat.messageActions().replyingToProperty().get() != null)) {
            key.consume();
            chat.messageActions().cancel();
        } else if (key.getCode() == KeyCode.UP && onFirstLine()) {
            history.previous(input.getText()).ifPresent(line -> replaceDraft(line, key));
        } else if (key.getCode() == KeyCode.DOWN && onLastLine()) {
            history.next().ifPresent(line -> replaceDraft(line, key));
        }
    }

    private void send() {
        String line = input.getText();
        if (chat.submit(line) != SubmitResult.KEEP_INPUT) {
            history.sent(line);
            input.clear();
        }
    }

    private Optional<InputEdit> complete() {
        return completer.complete(input.getText(), input.getCaretPosition(), chat.completionCandidates());
    }

    private void replaceDraft(String line, KeyEvent key) {
        key.consume();
        input.setText(line);
        input.positionCaret(line.length());
    }

    private boolean onFirstLine() {
        return input.getText().lastIndexOf('\n', Math.max(0, input.getCaretPosition() - 1)) < 0;
    }

    private boolean onLastLine() {
        return input.getText().indexOf('\n', input.getCaretPosition()) < 0;
    }
}
