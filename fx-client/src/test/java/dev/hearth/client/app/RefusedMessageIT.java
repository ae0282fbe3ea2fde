package dev.hearth.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.chat.ChatLine;
import dev.hearth.client.chat.Delivery;
import dev.hearth.client.net.ClientEvent;
import dev.hearth.client.net.RelayClient;
import dev.hearth.client.testing.ChatWindow;
import dev.hearth.client.testing.EventLog;
import dev.hearth.client.testing.Friend;
import dev.hearth.client.testing.TestRelay;
import dev.hearth.protocol.Dm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What a new user hit first: a 5,000-character paste refused by the relay wrecked the room. Now
 * the input knows the relay's limit and refuses before sending, and a refused line keeps the
 * layout of any other line, in its place in time, with Edit, Retry and Dismiss. On the real
 * scene at 800×500, against a real TLS relay.
 */
@ExtendWith(ApplicationExtension.class)
class RefusedMessageIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private TestRelay relay;
    private Path config;
    private Stage stage;
    private RelayClient bob;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        relay = TestRelay.tls(b -> b.ratePerSecond(200).burst(200));
        config = Files.createTempDirectory("hearth-it");
        ChatWindow.start(stage, config.resolve("alice"));
        stage.setWidth(800);
        stage.setHeight(500);
    }

    @AfterEach
    void stop() {
        if (bob != null) {
            bob.close();
        }
        relay.close();
    }

    @Test
    void aPasteOverTheRelaysLimitIsCountedAndNotSent(FxRobot robot) {
        ChatWindow alice = ChatWindow.of(robot, stage);
        alice.connect(relay.invite(null), "alice");
        alice.join("lobby");

        String paste = "x".repeat(5_000);
        alice.send(paste);

        assertEquals(paste, alice.input(), "kept in the input to shorten");
        Label count = alice.find("#draftCount");
        assertEquals("5,000 / 4,000 \u2014 1,000 characters too long to send", ChatWindow.fx(count::getText));
        assertTrue(ChatWindow.fx(() -> count.getPseudoClassStates().contains(PseudoClass.getPseudoClass("too-long"))));
        assertTrue(alice.messages().isEmpty(), "nothing sent: " + alice.messages());

        ChatWindow.fx(() -> {
            alice.<javafx.scene.control.TextArea>find("#input").setText("x".repeat(3_500));
            return null;
        });
        assertEquals("", ChatWindow.fx(count::getText), "no count far from the limit");
    }

    @Test
    void aRefusedLineIsLaidOutLikeAnyOtherStaysInPlaceAndOffersEditRetryAndDismiss(FxRobot robot) {
        ChatWindow alice = ChatWindow.of(robot, stage);
        alice.connect(relay.invite(null), "alice");
        String longLine = "word ".repeat(240).strip();
        alice.send("/msg bob " + longLine);
        alice.send("/msg bob second");
        alice.send("/msg bob third");
        alice.await(() -> alice.messages().size() == 3
                && alice.messages().stream().allMatch(m -> m.delivery() == Delivery.FAILED), "three refused: bob is offline");

        bobComesOnlineAndWrites("I am here now");
        alice.await(() -> texts(alice).equals(List.of(longLine, "second", "third", "I am here now")),
                "the newer message below the refused ones");

        alice.await(() -> cellOf(alice, longLine) != null && cellOf(alice, "third") != null, "the refused lines drawn");
        double listWidth = ChatWindow.fx(() -> alice.<ListView<ChatLine>>find("#lines").getWidth());
        double bodyWidth = ChatWindow.fx(() -> cellOf(alice, longLine).lookup(".message-body").getLayoutBounds().getWidth());
        assertTrue(bodyWidth > 0.6 * listWidth, "the text keeps the width of any line: " + bodyWidth + " of " + listWidth);
        for (String action : List.of(".edit", ".retry", ".dismiss")) {
            Button button = ChatWindow.fx(() -> (Button) cellOf(alice, "third").lookup(action));
            String shown = ChatWindow.fx(() -> ((Text) button.lookup(".text")).getText());
            assertEquals(ChatWindow.fx(button::getText), shown, "the button's words are not cut");
        }

        fire(alice, "third", ".dismiss");
        alice.await(() -> texts(alice).equals(List.of(longLine, "second", "I am here now")), "dismissed");
        fire(alice, "second", ".retry");
        alice.await(() -> alice.messages().getLast().delivery() == Delivery.CONFIRMED
                && "second".equals(alice.messages().getLast().text()), "sent again and confirmed");
        alice.await(() -> cellOf(alice, longLine) != null, "the long refused line drawn");
        fire(alice, longLine, ".edit");
        alice.await(() -> longLine.equals(alice.input()), "back in the input");
        assertEquals(List.of("I am here now", "second"), texts(alice));
    }

    private void bobComesOnlineAndWrites(String text) {
        EventLog log = new EventLog();
        bob = Friend.join(relay, config, "bob", null, log);
        bob.dm("alice", text);
        log.await(ClientEvent.Received.class, r -> r.envelope() instanceof Dm d && text.equals(d.text()), WAIT);
    }

    private static List<String> texts(ChatWindow window) {
        return window.messages().stream().map(ChatLine.MessageLine::text).toList();
    }

    /** The drawn cell showing the message {@code text}, or null; cells are reused, so never "the first one found". */
    private static Node cellOf(ChatWindow window, String text) {
        return ChatWindow.fx(() -> {
            for (Node node : window.<ListView<ChatLine>>find("#lines").lookupAll(".list-cell")) {
                if (node instanceof ListCell<?> cell && cell.getItem() instanceof ChatLine.MessageLine m && m.text().equals(text)
                        && cell.isVisible()) {
                    return node;
                }
            }
            return null;
        });
    }

    /** Fires a button of the line's cell once the cell is drawn with it (a change redraws the list). */
    private static void fire(ChatWindow window, String line, String button) {
        window.await(() -> ChatWindow.fx(() -> {
            Node cell = cellOf(window, line);
            if (cell == null || !(cell.lookup(button) instanceof Button found)) {
                return false;
            }
            found.fire();
            return true;
        }), button + " of '" + (line.length() > 20 ? line.substring(0, 20) + "…" : line) + "'");
    }
}
