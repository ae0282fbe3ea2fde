package dev.hearth.client.attach;

import dev.hearth.client.files.FilePreparer;
import dev.hearth.client.files.PreparedFile;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The attach dialog's state: the files about to be sent (prepared one after another in the
 * background: read, pictures cleaned of their metadata, hashed), one optional caption, which goes
 * with the first file, and why Send cannot go ahead. Send sends every ready file in order; files
 * that cannot be sent stay listed with the reason and are left out. Cancel, at any time, sends
 * nothing and drops what is still being prepared.
 *
 * <p>FX thread, except the preparation handed to the {@code background} executor, whose results
 * come back through the {@code fx} executor ({@code Runnable::run} for both in unit tests).
 */
public final class AttachDialogViewModel {

    private final AttachDestination destination;
    private final Executor background;
    private final Executor fx;
    private final AttachWords words;
    private final ObservableList<AttachItem> items = FXCollections.observableArrayList();
    private final ObservableList<AttachItem> itemsView = FXCollections.unmodifiableObservableList(items);
    private final StringProperty caption = new SimpleStringProperty(this, "caption", "");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper captionPrompt = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper preparing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper sendable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper();
    /** Why the last Send stopped, until the files or the caption change. */
    private String sendProblem;
    /** Read by the background work, which stops preparing once the dialog is gone. */
    private volatile boolean cancelled;

    public AttachDialogViewModel(List<AttachSource> sources, AttachDestination destination, Executor background, Executor fx,
            ResourceBundle bundle) {
        this.destination = destination;
        this.background = background;
        this.fx = fx;
        this.words = new AttachWords(bundle);
        for (AttachSource source : sources) {
            items.add(new AttachItem(source, words.size(source.size())));
        }
        caption.addListener((obs, old, now) -> changed());
        update();
    }

    // ---- properties

    /** The files, in the order they are sent. */
    public ObservableList<AttachItem> items() {
        return itemsView;
    }

    /** Words sent with the first file; may stay empty. */
    public StringProperty captionProperty() {
        return caption;
    }

    /** "Send to #lobby", "Send 3 files to #lobby". */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty captionPromptProperty() {
        return captionPrompt.getReadOnlyProperty();
    }

    /** Why Send cannot go ahead (a caption too long, a relay that takes no files), or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** While a file is still being read and cleaned. */
    public ReadOnlyBooleanProperty preparingProperty() {
        return preparing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sendableProperty() {
        return sendable.getReadOnlyProperty();
    }

    /** Becomes true once the files are sent or the dialog was cancelled: the view closes. */
    public ReadOnlyBooleanProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }

    // ---- commands

    /** Starts preparing the files, one after another, in the order listed. */
    public void start() {
        long maxFile = destination.maxFile();
        if (maxFile <= 0) {
            sendProblem = words.format("problem.no-files");
            items.forEach(item -> item.failed(""));
            update();
            return;
        }
        for (AttachItem item : List.copyOf(items)) {
            if (item.source().size() > maxFile) {
                // Cleaning takes kilobytes off a picture, not megabytes: no need to read it all first.
                item.failed(words.tooLarge(maxFile));
            } else {
                background.execute(() -> prepare(item));
            }
        }
        update();
    }

    /** Sends the ready files in order, the caption with the first; true when the dialog is done. */
    public boolean send() {
        if (!sendable.get()) {
            return false;
        }
        String text = caption.get();
        boolean refused = false;
        for (AttachItem item : List.copyOf(items)) {
            if (item.state() != AttachItem.State.READY) {
                continue;
            }
            AttachDestination.Result result = destination.send(item.prepared(), text.isBlank() ? null : text);
            if (result == AttachDestination.Result.SENT) {
                items.remove(item);
                text = ""; // the caption went with this one
                caption.set("");
            } else if (result == AttachDestination.Result.TOO_LARGE) {
                item.failed(words.tooLarge(destination.maxFile()));
                refused = true;
            } else {
                sendProblem = problemFor(result);
                update();
                return false;
            }
        }
        if (refused) {
            update();
            return false;
        }
        close();
        return true;
    }

    /** Leaves without sending anything; what is still being prepared is dropped. */
    public void cancel() {
        close();
    }

    /** Leaves {@code item} out; removing the last one is Cancel. */
    public void remove(AttachItem item) {
        items.remove(item);
        if (items.isEmpty()) {
            close();
        } else {
            changed();
        }
    }

    // ---- the work

    /** Background: reads and cleans one file, then reports on the FX thread. */
    private void prepare(AttachItem item) {
        if (cancelled) {
            return;
        }
        PreparedFile prepared;
        try {
            prepared = item.source().prepare();
        } catch (FilePreparer.NotSendable refusal) {
            String why = words.notSendable(refusal);
            fx.execute(() -> finished(item, null, why));
            return;
        } catch (RuntimeException | OutOfMemoryError e) {
            String why = words.format("problem.unreadable");
            fx.execute(() -> finished(item, null, why));
            return;
        }
        fx.execute(() -> finished(item, prepared, null));
    }

    private void finished(AttachItem item, PreparedFile prepared, String why) {
        if (closed.get() || !items.contains(item)) {
            return;
        }
        long maxFile = destination.maxFile();
        if (prepared == null) {
            item.failed(why);
        } else if (prepared.file().size() > maxFile) {
            item.failed(words.tooLarge(maxFile));
        } else {
            item.ready(prepared, words.size(prepared.file().size()), words.removed(prepared.removed()),
                    words.caution(prepared, item.extension()));
        }
        update();
    }

    private String problemFor(AttachDestination.Result result) {
        return switch (result) {
            case NOWHERE -> words.format("problem.nowhere");
            case NO_FILES -> words.format("problem.no-files");
            case CAPTION_TOO_LONG -> captionProblem(true);
            case SENT, TOO_LARGE -> "";
        };
    }

    private void close() {
        cancelled = true;
        closed.set(true);
        update();
    }

    private void changed() {
        sendProblem = null;
        update();
    }

    private void update() {
        int count = items.size();
        String title = destination.title();
        heading.set(count == 1 ? words.format("heading.one", title) : words.format("heading.many", title, count));
        captionPrompt.set(words.format(count == 1 ? "caption.prompt" : "caption.prompt.first"));
        boolean busy = items.stream().anyMatch(item -> item.state() == AttachItem.State.PREPARING);
        preparing.set(busy && !closed.get());
        String captionProblem = captionProblem(false);
        problem.set(sendProblem != null ? sendProblem : captionProblem);
        sendable.set(!closed.get() && !busy && captionProblem.isEmpty()
                && items.stream().anyMatch(item -> item.state() == AttachItem.State.READY));
    }

    /** Empty when the caption fits; with {@code always}, words even when the relay's count differs from ours. */
    private String captionProblem(boolean always) {
        String words = caption.get().strip();
        int over = words.codePointCount(0, words.length()) - destination.maxCaption();
        return over > 0 || always ? this.words.format("problem.caption-too-long", Math.max(1, over)) : "";
    }
}
