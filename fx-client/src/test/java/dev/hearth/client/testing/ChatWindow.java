package dev.hearth.client.testing;

import dev.hearth.client.app.ChatSessionStarter;
import dev.hearth.client.app.HearthApp;
import dev.hearth.client.chat.ChatLine;
import dev.hearth.client.chat.Conversation;
import dev.hearth.client.chat.FileChoice;
import dev.hearth.client.net.ClientOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives one real Hearth window in a TestFX test: the real app, the real connect screen and
 * chat window, a real relay client. Lookups are scoped to this window, so two windows can run
 * side by side. Reads happen on the FX thread.
 */
public final class ChatWindow {

    public static final ClientOptions FAST = ClientOptions.defaults().withBackoff(Duration.ofMillis(50), Duration.ofMillis(300));
    /** What every window's "Save as" answers: a test tells it before it clicks. */
    public static final AnsweringSaveChoice SAVE_AS = new AnsweringSaveChoice();

    private final FxRobot robot;
    private final Stage stage;

    private ChatWindow(FxRobot robot, Stage stage) {
        this.robot = robot;
        this.stage = stage;
    }

    /** Starts the app in {@code stage} (FX thread) with its settings in {@code configDir}. */
    public static void start(Stage stage, Path configDir) {
        start(stage, configDir, "en", "light");
    }

    /** As {@link #start(Stage, Path)} in another language ({@code zh-CN}) or theme ({@code dark}). */
    public static void start(Stage stage, Path configDir, String locale, String theme) {
        start(stage, configDir, locale, theme, owner -> List.of());
    }

    /** As {@link #start(Stage, Path, String, String)}, with {@code chooseFiles} standing in for the system's file chooser. */
    public static void start(Stage stage, Path configDir, String locale, String theme, FileChoice chooseFiles) {
        System.setProperty("hearth.config.dir", configDir.toString());
        System.setProperty("hearth.locale", locale);
        System.setProperty("hearth.theme", theme);
        HearthApp.useSessionStarter(new ChatSessionStarter(FAST, Platform::runLater, Clock.systemUTC(), ZoneId.systemDefault(),
                chooseFiles, SAVE_AS));
        new HearthApp().start(stage);
    }

    public static ChatWindow of(FxRobot robot, Stage stage) {
        return new ChatWindow(robot, stage);
    }

    /** Opens a second window of the app, as a second friend on the same machine. */
    public static ChatWindow openAnother(FxRobot robot, Path configDir) {
        Stage stage = fx(() -> {
            Stage another = new Stage();
            start(another, configDir);
            return another;
        });
        return new ChatWindow(robot, stage);
    }

    public Stage stage() {
        return stage;
    }

    public <T extends Node> T find(String query) {
        return robot.from(stage.getScene().getRoot()).lookup(query).query();
    }

    /** Every node matching {@code query} in the window. FX thread. */
    public java.util.Set<Node> lookupAll(String query) {
        return stage.getScene().getRoot().lookupAll(query);
    }

    public boolean has(String query) {
        return fx(() -> stage.getScene() != null && robot.from(stage.getScene().getRoot()).lookup(query).tryQuery().isPresent());
    }

    /** Sends {@code /join room} and waits until the room is the open conversation. */
    public void join(String room) {
        send("/join " + room);
        await(() -> ("#" + room).equals(title()), room + " open");
    }

    /** Presses "Preferences…" in this window and waits for the preferences window, which it returns. */
    public javafx.stage.Stage openPreferences() {
        fx(() -> {
            stage.getScene().getRoot().lookupAll(".button").stream()
                    .filter(b -> b instanceof javafx.scene.control.Button button && "Preferences…".equals(button.getText()))
                    .findFirst().map(javafx.scene.control.Button.class::cast).orElseThrow().fire();
            return null;
        });
        await(() -> preferences() != null, "preferences shown");
        return preferences();
    }

    /** The preferences window beside this one, while it shows; else null. */
    public javafx.stage.Stage preferences() {
        return fx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.stage.Stage s && s != stage && s.isShowing() && "Preferences".equals(s.getTitle()))
                .map(javafx.stage.Stage.class::cast).findFirst().orElse(null));
    }

    /** Pastes {@code invite}, types {@code nick}, presses Connect, and waits for "Connected". */
    public void connect(String invite, String nick) {
        fill("#inviteField", invite);
        fill("#nickField", nick);
        fx(() -> {
            robot.from(stage.getScene().getRoot()).lookup("#connectButton").queryButton().fire();
            return null;
        });
        awaitStatus("Connected as " + nick);
    }

    public void fill(String query, String text) {
        fx(() -> {
            TextField field = find(query);
            field.setText(text);
            return null;
        });
    }

    public void awaitStatus(String prefix) {
        await(() -> has("#status") && fx(() -> this.<Label>find("#status").getText().startsWith(prefix)), "status " + prefix);
    }

    public String status() {
        return fx(() -> this.<Label>find("#status").getText());
    }

    /**
     * Puts {@code line} in the message box and presses Enter on it. The key event goes to the box
     * itself rather than through the OS focus, so two windows can send side by side.
     */
    public void send(String line) {
        fx(() -> {
            TextArea input = find("#input");
            input.setText(line);
            input.positionCaret(line.length());
            input.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
            return null;
        });
    }

    /** Clicks into the message box and types {@code text} on the keyboard, as a person does. */
    public void typeIntoInput(String text) {
        robot.clickOn(this.<TextArea>find("#input"));
        robot.write(text);
    }

    public String input() {
        return fx(() -> this.<TextArea>find("#input").getText());
    }

    @SuppressWarnings("unchecked")
    public List<ChatLine> lines() {
        return fx(() -> {
            ListView<ChatLine> list = find("#lines");
            return list.getItems() == null ? List.of() : List.copyOf(list.getItems());
        });
    }

    /** How many message lines the conversation shows, counted in place: a cheap probe while waiting on a flood. */
    public int messageCount() {
        return fx(() -> {
            ListView<ChatLine> list = find("#lines");
            int count = 0;
            for (ChatLine line : list.getItems() == null ? List.<ChatLine>of() : list.getItems()) {
                if (line instanceof ChatLine.MessageLine) {
                    count++;
                }
            }
            return count;
        });
    }

    public List<ChatLine.MessageLine> messages() {
        return lines().stream().filter(l -> l instanceof ChatLine.MessageLine).map(l -> (ChatLine.MessageLine) l).toList();
    }

    public List<String> systemTexts() {
        return lines().stream().filter(l -> l instanceof ChatLine.SystemLine).map(l -> ((ChatLine.SystemLine) l).text()).toList();
    }

    @SuppressWarnings("unchecked")
    public List<Conversation> conversations() {
        return fx(() -> List.copyOf(this.<ListView<Conversation>>find("#conversations").getItems()));
    }

    public Conversation conversation(String name) {
        return conversations().stream().filter(c -> fx(c::name).equals(name)).findFirst().orElse(null);
    }

    public String title() {
        return fx(() -> this.<Label>find("#title").getText());
    }

    public void await(BooleanSupplier condition, String what) {
        await(condition, what, Duration.ofSeconds(20));
    }

    public void await(BooleanSupplier condition, String what, Duration timeout) {
        try {
            WaitForAsyncUtils.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what + "; status: " + safeStatus() + "; lines shown: " + safeCount(), e);
        }
    }

    private String safeCount() {
        try {
            List<ChatLine> all = lines();
            long messages = all.stream().filter(l -> l instanceof ChatLine.MessageLine).count();
            String last = all.isEmpty() ? "-" : all.getLast().toString();
            return all.size() + " (" + messages + " messages, last " + last + ")";
        } catch (RuntimeException e) {
            return e.toString();
        }
    }

    private String safeStatus() {
        try {
            return has("#status") ? status() : "(no chat window)";
        } catch (RuntimeException e) {
            return e.toString();
        }
    }

    public static <T> T fx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("FX work failed", e);
        }
    }
}
