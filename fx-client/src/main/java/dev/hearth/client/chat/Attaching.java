package dev.hearth.client.chat;

import dev.hearth.client.attach.AttachDialogView;
import dev.hearth.client.attach.AttachDialogViewModel;
import dev.hearth.client.attach.AttachSource;
import dev.hearth.client.attach.PastedPicture;
import dev.hearth.client.i18n.I18n;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;

/**
 * The ways into the attach dialog: the attach button beside the message box (shown while a
 * conversation is open; disabled, saying why, while the relay takes no files), Ctrl+U (as in Signal Desktop and Slack) or Ctrl+Shift+U (as in
 * Element), files dropped onto the conversation (a hint shows while they are over it), and Ctrl+V
 * or Shift+Insert in the message box with a picture (and no text) or files on the clipboard.
 * FX thread.
 */
final class Attaching {

    static final KeyCombination SHORTCUT = new KeyCodeCombination(KeyCode.U, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ELEMENT_SHORTCUT =
            new KeyCodeCombination(KeyCode.U, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SHIFT_INSERT = new KeyCodeCombination(KeyCode.INSERT, KeyCombination.SHIFT_DOWN);

    private final ChatViewModel chat;
    private final AttachTarget target;
    private final FileChoice choice;
    private final Clock clock;
    private final ZoneId zone;
    private final Node anchor;
    private Stage open;

    private Attaching(ChatViewModel chat, FileChoice choice, ZoneId zone, Node anchor) {
        this.chat = chat;
        this.target = new AttachTarget(chat);
        this.choice = choice;
        this.clock = chat.clock();
        this.zone = zone;
        this.anchor = anchor;
    }

    /**
     * @param holder   around the button: it carries the "why not" tooltip, which a disabled button cannot show
     * @param dropArea the conversation, where files may be dropped
     * @param dropHint shown over the lines while files are dragged over the conversation
     */
    static Attaching install(ChatViewModel chat, FileChoice choice, ZoneId zone, Button button, Node holder,
            Node dropArea, Label dropHint, TextArea input) {
        Attaching attaching = new Attaching(chat, choice, zone, button);
        attaching.bindButton(button, holder);
        attaching.acceptDrops(dropArea, dropHint);
        input.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if ((PASTE.match(key) || SHIFT_INSERT.match(key)) && attaching.paste(Clipboard.getSystemClipboard())) {
                key.consume();
            }
        });
        button.sceneProperty().subscribe(scene -> {
            if (scene != null) {
                scene.getAccelerators().put(SHORTCUT, attaching::choose);
                scene.getAccelerators().put(ELEMENT_SHORTCUT, attaching::choose);
            }
        });
        return attaching;
    }

    /** The attach button or its shortcut: the file chooser, then the dialog for what was chosen. */
    void choose() {
        if (target.availableProperty().get() && !dialogOpen()) {
            attach(choice.choose(anchor.getScene().getWindow()).stream().map(AttachSource::file).toList());
        }
    }

    private void bindButton(Button button, Node holder) {
        // Like Mute and Leave, it shows only while there is a conversation to send to; its place stays.
        holder.visibleProperty().bind(chat.open().openProperty());
        Tooltip tip = new Tooltip(chat.text().format("attach.tooltip", SHORTCUT.getDisplayText()));
        button.setTooltip(tip);
        Tooltip whyNot = new Tooltip();
        whyNot.textProperty().bind(target.whyNotProperty());
        button.disableProperty().bind(target.availableProperty().not());
        button.accessibleHelpProperty().bind(target.whyNotProperty().map(why -> why.isEmpty() ? tip.getText() : why));
        target.availableProperty().subscribe(available -> {
            if (available) {
                Tooltip.uninstall(holder, whyNot);
            } else {
                Tooltip.install(holder, whyNot);
            }
        });
    }

    private void acceptDrops(Node area, Label hint) {
        hint.textProperty().bind(Bindings.createStringBinding(() -> target.whyNotProperty().get().isEmpty()
                ? chat.text().format("attach.drop", target.title()) : target.whyNotProperty().get(),
                target.whyNotProperty(), chat.open().titleProperty()));
        area.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) { // files only: no text, links or pictures from a page; folders are left out on drop
                if (target.availableProperty().get() && !dialogOpen()) {
                    e.acceptTransferModes(TransferMode.COPY);
                }
                hint.setVisible(true);
                e.consume();
            }
        });
        area.addEventHandler(DragEvent.DRAG_EXITED, e -> hint.setVisible(false));
        area.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            hint.setVisible(false);
            List<Path> files = regularFiles(e.getDragboard().getFiles());
            boolean taken = !files.isEmpty() && target.availableProperty().get() && !dialogOpen();
            if (taken) {
                attach(files.stream().map(AttachSource::file).toList());
            }
            e.setDropCompleted(taken);
            e.consume();
        });
    }

    /** Ctrl+V: files, or a picture with no text, open the dialog; true when the paste was taken. */
    boolean paste(Clipboard clipboard) {
        if (!target.availableProperty().get() || dialogOpen()) {
            return false;
        }
        List<Path> files = regularFiles(clipboard.getFiles());
        if (!files.isEmpty()) {
            attach(files.stream().map(AttachSource::file).toList());
            return true;
        }
        if (clipboard.hasImage() && !clipboard.hasString()) {
            return PastedPicture.of(clipboard.getImage()).map(picture -> {
                attach(List.of(AttachSource.pasted(PastedPicture.nameAt(clock.instant(), zone), picture)));
                return true;
            }).orElse(false);
        }
        return false;
    }

    private void attach(List<AttachSource> sources) {
        if (sources.isEmpty()) {
            return;
        }
        ExecutorService background = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("hearth-attach").factory());
        AttachDialogViewModel dialog = new AttachDialogViewModel(sources, target, background, Platform::runLater,
                I18n.bundleFor(AttachDialogView.class));
        open = AttachDialogView.show(anchor.getScene().getWindow(), dialog, background::shutdownNow);
    }

    private boolean dialogOpen() {
        return open != null && open.isShowing();
    }

    private static List<Path> regularFiles(List<File> files) {
        return files == null ? List.of() : files.stream().map(File::toPath).filter(Files::isRegularFile).toList();
    }
}
