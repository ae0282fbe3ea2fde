package dev.hearth.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hearth.client.chat.ChatLine;
import dev.hearth.client.net.RelayClient;
import dev.hearth.client.testing.ChatWindow;
import dev.hearth.client.testing.EventLog;
import dev.hearth.client.testing.Friend;
import dev.hearth.client.testing.TestRelay;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Ctrl+F finds in the open conversation and marks the hits; Ctrl+Shift+F searches everything
 * kept and opens a hit's conversation at the message. The real scene and keyboard, a real relay,
 * a real history file.
 */
@ExtendWith(ApplicationExtension.class)
class SearchIT {

    private TestRelay relay;
    private Path config;
    private Stage stage;
    private RelayClient bob;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        relay = TestRelay.tls(b -> b);
        config = Files.createTempDirectory("hearth-it");
        ChatWindow.start(stage, config.resolve("alice"));
    }

    @AfterEach
    void stop() {
        if (bob != null) {
            bob.close();
        }
        relay.close();
    }

    @Test
    void findInTheConversationThenEverywhere(FxRobot robot) {
        ChatWindow alice = ChatWindow.of(robot, stage);
        alice.connect(relay.invite(null), "alice");
        alice.join("lobby");
        bob = Friend.join(relay, config, "bob", "lobby", new EventLog());
        bob.say("lobby", "今天天气很好");
        bob.say("lobby", "something else");
        bob.say("lobby", "天气预报说明天下雨");
        bob.dm("alice", "Weather in Paris?");
        alice.await(() -> alice.conversation("bob") != null
                && ChatWindow.fx(() -> alice.conversation("lobby").lines().stream().filter(l -> l instanceof ChatLine.MessageLine).count()) == 3,
                "everything arrived");
        ChatWindow.fx(() -> {
            alice.<ListView<dev.hearth.client.chat.Conversation>>find("#conversations").getSelectionModel().select(alice.conversation("lobby"));
            return null;
        });

        robot.clickOn(alice.<Node>find("#input"));
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        alice.await(() -> ChatWindow.fx(() -> alice.<Node>find("#findField").isFocused()), "the find field focused");
        robot.write("天气");
        robot.type(KeyCode.ENTER);
        alice.await(() -> ChatWindow.fx(() -> alice.<Label>find("#findStatus").getText()).equals("2 of 2"), "two hits, the newest shown");
        alice.await(() -> markedCells(alice, "search-hit") == 2 && markedCells(alice, "search-current") == 1, "both hits marked, one current");
        alice.await(() -> markedWords(alice) == 2, "the words found marked in both lines");
        assertEquals(java.util.List.of(true, true), ChatWindow.fx(() -> wordMarks(alice).stream()
                .map(mark -> mark.getBoundsInParent().getWidth() < mark.getParent().getLayoutBounds().getWidth() / 2).toList()),
                "the mark covers the two characters, not the line");
        robot.type(KeyCode.ENTER);
        alice.await(() -> ChatWindow.fx(() -> alice.<Label>find("#findStatus").getText()).equals("1 of 2"), "Enter again: the older hit");
        robot.type(KeyCode.ESCAPE);
        alice.await(() -> markedCells(alice, "search-hit") == 0 && markedWords(alice) == 0
                        && ChatWindow.fx(() -> !alice.<Node>find("#findBar").isVisible()),
                "Esc closes the bar and clears the marks");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        alice.await(() -> ChatWindow.fx(() -> searchWindow() != null), "the search window");
        ChatWindow.fx(() -> {
            TextField field = (TextField) searchWindow().getScene().lookup("#searchEverywhereField");
            field.setText("paris");
            field.fireEvent(new javafx.event.ActionEvent());
            return null;
        });
        alice.await(() -> ChatWindow.fx(() -> ((ListView<?>) searchWindow().getScene().lookup("#searchEverywhereHits")).getItems().size()) == 1,
                "the dm found");
        ChatWindow.fx(() -> {
            Node hits = searchWindow().getScene().lookup("#searchEverywhereHits");
            hits.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER,
                    false, false, false, false));
            return null;
        });
        alice.await(() -> ChatWindow.fx(() -> searchWindow() == null) && "bob".equals(alice.title()), "the dm open at the hit");
        assertEquals("Weather in Paris?", ChatWindow.fx(() -> {
            ListView<ChatLine> lines = alice.find("#lines");
            return ((ChatLine.MessageLine) lines.getSelectionModel().getSelectedItem()).text();
        }));
    }

    private static Window searchWindow() {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                && w.getScene().lookup("#searchEverywhereField") != null).findFirst().orElse(null);
    }

    private static java.util.List<javafx.scene.shape.Path> wordMarks(ChatWindow window) {
        return window.lookupAll(".found-highlight").stream().map(javafx.scene.shape.Path.class::cast)
                .filter(mark -> !mark.getElements().isEmpty()).toList();
    }

    private static long markedWords(ChatWindow window) {
        return ChatWindow.fx(() -> (long) wordMarks(window).size());
    }

    private static long markedCells(ChatWindow window, String pseudoClass) {
        return ChatWindow.fx(() -> window.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof ListCell<?> cell && cell.getItem() instanceof ChatLine
                        && cell.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass)))
                .count());
    }
}
