package dev.hearth.client.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.chat.ChatLine;
import dev.hearth.client.i18n.I18n;
import dev.hearth.client.i18n.Languages;
import dev.hearth.client.net.ClientEvent;
import dev.hearth.client.net.RelayClient;
import dev.hearth.client.testing.ChatWindow;
import dev.hearth.client.testing.EventLog;
import dev.hearth.client.testing.Friend;
import dev.hearth.client.testing.LineMenus;
import dev.hearth.client.testing.Screenshots;
import dev.hearth.client.testing.TestRelay;
import dev.hearth.protocol.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Pictures of protocol 1.1 in the chat window (a reply with its quote, reactions, an edited and
 * a deleted message, the find bar with its hits, the reply bar) and of the message menu, in
 * light, dark and Chinese, for the user guide. Written like {@link MainScreenshotsIT}.
 */
@ExtendWith(ApplicationExtension.class)
class MessageScreenshotsIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private Stage stage;
    private TestRelay relay;
    private Path config;
    private final List<RelayClient> friends = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        relay = TestRelay.tls(b -> b);
        config = Files.createTempDirectory("hearth-shots");
    }

    @AfterEach
    void stop() {
        friends.forEach(RelayClient::close);
        relay.close();
    }

    @AfterAll
    static void backToEnglish() {
        I18n.use(Languages.ENGLISH);
        System.setProperty("hearth.locale", "en");
        System.setProperty("hearth.theme", "light");
    }

    @Test
    void light(FxRobot robot) {
        shoot(robot, "en", "light", "alice", "light");
    }

    @Test
    void dark(FxRobot robot) {
        shoot(robot, "en", "dark", "alice", "dark");
    }

    @Test
    void chinese(FxRobot robot) {
        shoot(robot, "zh-CN", "light", "小明", "zh-CN");
    }

    private void shoot(FxRobot robot, String locale, String theme, String nick, String look) {
        boolean zh = locale.startsWith("zh");
        ChatWindow.fx(() -> {
            ChatWindow.start(stage, config.resolve(look), locale, theme);
            return null;
        });
        ChatWindow me = ChatWindow.of(robot, stage);
        me.fill("#inviteField", relay.invite(null));
        me.fill("#nickField", nick);
        ChatWindow.fx(() -> {
            me.<javafx.scene.control.Button>find("#connectButton").fire();
            return null;
        });
        me.await(() -> me.has("#lines"), "the chat window");
        me.send("/join lobby");
        me.await(() -> me.title().equals("#lobby"), "lobby");
        EventLog bobLog = new EventLog();
        RelayClient bob = friend(zh ? "小红" : "bob", bobLog);
        RelayClient carol = friend(zh ? "老王" : "carol", new EventLog());

        String question = zh ? "谁带蛋糕？" : "who's bringing the cake?";
        bob.say("lobby", question);
        ChatLine.MessageLine asked = line(me, question);
        String answer = zh ? "我来！巧克力的 🎂" : "I will! chocolate 🎂";
        replyTo(me, asked, answer);
        ChatLine.MessageLine mine = line(me, answer);
        carol.react(mine.mid(), "👍", true);
        bob.react(mine.mid(), "👍", true);
        bob.react(mine.mid(), "❤️", true);
        me.send(zh ? "七点见" : "see you at 7");
        ChatLine.MessageLine time = line(me, zh ? "七点见" : "see you at 7");
        ChatWindow.fx(() -> { // Up in the empty box: edit the last message we sent
            me.<javafx.scene.control.TextArea>find("#input").clear();
            me.<javafx.scene.Node>find("#input").fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.UP, false, false, false, false));
            return null;
        });
        me.await(() -> me.input().equals(time.text()), "the message to edit in the box");
        me.send(zh ? "七点半见" : "see you at 7:30");
        String oops = zh ? "发错群了，抱歉" : "wrong room, sorry";
        bob.say("lobby", oops);
        Message sent = bobLog.await(ClientEvent.Received.class, r -> r.envelope() instanceof Message m && oops.equals(m.text()), WAIT)
                .envelope() instanceof Message m ? m : null;
        bob.delete(sent.mid());
        carol.say("lobby", zh ? "蛋糕太棒了，谢谢！" : "cake sounds great, thanks!");
        me.await(() -> me.messages().stream().anyMatch(ChatLine.MessageLine::deleted)
                && me.messages().stream().anyMatch(m -> m.changes().edited() != null)
                && me.messages().stream().anyMatch(m -> m.changes().reactions().size() == 2), "the changes arrived");
        me.await(() -> me.messages().size() == 5, "every line");

        // The find bar with its hits, and a reply begun.
        ChatWindow.fx(() -> {
            stage.getScene().getAccelerators().get(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN)).run();
            TextField find = me.find("#findField");
            find.setText(zh ? "蛋糕" : "cake");
            find.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
            return null;
        });
        me.await(() -> !ChatWindow.fx(() -> me.<javafx.scene.control.Label>find("#findStatus").getText()).isEmpty(), "hits");
        String thanks = zh ? "蛋糕太棒了，谢谢！" : "cake sounds great, thanks!";
        LineMenus.requestMenuOn(me, thanks);
        LineMenus.choose(me, "reply");
        assertTrue(size(Screenshots.write(stage.getScene(), "messages-" + look)) > 0);
        ChatWindow.fx(() -> { // the narrowest window the app allows, to look for clipped words
            stage.setWidth(800);
            stage.setHeight(500);
            return null;
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(size(Screenshots.write(stage.getScene(), "messages-" + look + "-800x500")) > 0);
        ChatWindow.fx(() -> {
            stage.setWidth(1000);
            stage.setHeight(700);
            return null;
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        LineMenus.requestMenuOn(me, firstRun(answer));
        me.await(() -> ChatWindow.fx(() -> shownMenu() != null), "the menu");
        assertTrue(size(Screenshots.write(ChatWindow.fx(() -> shownMenu().getScene()), "message-menu-" + look)) > 0);
        ChatWindow.fx(() -> {
            shownMenu().hide();
            return null;
        });
    }

    /** The first text run drawn for {@code text} (an emoji splits a message into runs). */
    private static String firstRun(String text) {
        int emoji = text.indexOf("🎂");
        return emoji > 0 ? text.substring(0, emoji) : text;
    }

    private static ContextMenu shownMenu() {
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .map(ContextMenu.class::cast).findFirst().orElse(null);
    }

    private static void replyTo(ChatWindow me, ChatLine.MessageLine to, String text) {
        LineMenus.requestMenuOn(me, to.text());
        LineMenus.choose(me, "reply");
        me.send(text);
    }

    private static ChatLine.MessageLine line(ChatWindow me, String text) {
        me.await(() -> me.messages().stream().anyMatch(m -> m.text().equals(text) && m.mid() != null), "the line " + text);
        return me.messages().stream().filter(m -> m.text().equals(text)).findFirst().orElseThrow();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private RelayClient friend(String nick, EventLog log) {
        RelayClient client = Friend.join(relay, config, nick, "lobby", log);
        friends.add(client);
        return client;
    }
}
