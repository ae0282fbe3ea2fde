package dev.hearth.client.app;

import dev.hearth.client.notify.Notifier;
import dev.hearth.protocol.ErrorReply;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Parent;
import javafx.stage.Stage;

/**
 * What a chat session may ask of the application window. FX thread only.
 */
public interface Shell {

    /** The main window. */
    Stage stage();

    /** Where per-user files live (recent relays, preferences, known relay keys). */
    Path configDirectory();

    /** The conversation history on this computer, or null when the user keeps none (or it cannot be used). */
    dev.hearth.client.history.HistoryThread history();

    /**
     * Where fetched files live: with the history while it is kept (and, once the user stops
     * keeping it, in a folder of this run), else in a folder of this run removed when the app ends.
     */
    dev.hearth.client.files.FileKeeping fileKeeping();

    /** Why the history could not be used or was set aside, once; else null. */
    String takeHistoryNotice();

    /** Desktop notifications, already silenced while "do not disturb" is on. */
    Notifier notifier();

    /** Puts {@code root} in the window as a scene with the app's stylesheet. */
    void show(Parent root);

    /** Shows "(n) Hearth" as the window title, or "Hearth" for zero. */
    void setUnread(int count);

    /** Opens a web link in the user's browser. */
    void openLink(String url);

    /** The saved do-not-disturb preference: no desktop notifications while it is on. */
    BooleanProperty doNotDisturb();

    /** Whether this computer hosts a group now ("Host a group on this computer"). */
    javafx.beans.value.ObservableBooleanValue hostingGroup();

    /** Brings the hosting window back (it can be closed while the group stays open); nothing when not hosting. */
    void showHosting();

    /** Opens the preferences window (theme, do not disturb, language) over the main window. */
    void openPreferences();

    /** Ends the running session and shows the connect form as the user left it. */
    void showConnectScreen();

    /**
     * The relay let us in as {@code nick}, or we took that nick since: the connect screen's
     * recent relays keep this relay with that nick.
     */
    void loggedIn(String nick);

    /** The rooms the user is in now, to join again when they next reconnect to this relay. */
    void roomsNow(List<String> rooms);

    /** Back to the connect form with the relay's refusal shown next to the field to fix. */
    void showRefusal(ErrorReply error);

    /** Back to the connect form with a problem (e.g. unreachable relay) shown as a banner. */
    void showProblem(String reason);
}
