package dev.hearth.client.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.i18n.I18n;
import dev.hearth.client.i18n.Languages;
import dev.hearth.client.net.ClientEvent;
import dev.hearth.client.net.ConnectRequest;
import dev.hearth.client.net.RelayClient;
import dev.hearth.client.settings.KnownRelaysFile;
import dev.hearth.client.testing.ChatWindow;
import dev.hearth.client.testing.EventLog;
import dev.hearth.client.testing.Screenshots;
import dev.hearth.client.testing.TestRelay;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Pictures of the chat window in light, dark and Chinese, with a real conversation in it, for
 * the README and the user guide. Written to {@code hearth.screenshots.dir} (default
 * {@code fx-client/target/screenshots}); {@code docs/screenshots/} holds the committed copies.
 */
@ExtendWith(ApplicationExtension.class)
class MainScreenshotsIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private Stage stage;
    private TestRelay relay;
    private Path config;
    private final List<RelayClient> friends = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        relay = TestRelay.tls(b -> b.motd("Welcome to the hearth"));
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
        assertTrue(shoot(robot, "en", "light", "alice", "main-light") > 0);
    }

    @Test
    void dark(FxRobot robot) {
        assertTrue(shoot(robot, "en", "dark", "alice", "main-dark") > 0);
    }

    @Test
    void chinese(FxRobot robot) {
        assertTrue(shoot(robot, "zh-CN", "light", "小明", "main-zh-CN") > 0);
    }

    private long shoot(FxRobot robot, String locale, String theme, String nick, String name) {
        ChatWindow.fx(() -> {
            ChatWindow.start(stage, config.resolve(name), locale, theme);
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
        boolean chinese = locale.startsWith("zh");
        RelayClient bob = friend(chinese ? "小红" : "bob", "lobby");
        RelayClient carol = friend(chinese ? "老王" : "carol", "lobby");
        bob.say("lobby", chinese ? "大家好！今晚一起看比赛吗？" : "evening all! anyone up for the match tonight?");
        me.send(chinese ? "好啊，八点见" : "count me in, 8pm?");
        carol.say("lobby", chinese ? "我找到了直播链接：https://example.org/live" : "found a stream: https://example.org/live");
        bob.say("lobby", chinese ? nick + "，记得带零食" : nick + ", bring snacks");
        carol.say("lobby", chinese
                ? "比赛八点开始，我们可以先在楼下的小馆子吃饭，然后一起上楼看。如果有人晚到，记得在群里说一声，我们给你留个位置。"
                : "kick-off is at eight, so we could eat at the place downstairs first and then head up together; if anyone is late, say so here and we will keep you a seat and some of the snacks.");
        carol.dm(nick, chinese ? "我晚点到" : "I'll be a bit late");
        bob.typing("lobby", null, true);
        me.await(() -> me.messages().size() >= 5 && me.conversations().size() == 2, "the conversation");
        me.await(() -> me.has(".typing-hint") && !ChatWindow.fx(() -> me.<javafx.scene.control.Label>find("#typing").getText()).isEmpty(),
                "typing hint");
        ChatWindow.fx(() -> {
            me.<javafx.scene.control.TextArea>find("#input").setText(chinese ? "马上到" : "on my way");
            return null;
        });
        try {
            return Files.size(Screenshots.write(stage.getScene(), name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private RelayClient friend(String nick, String room) {
        EventLog log = new EventLog();
        RelayClient client = new RelayClient(ChatWindow.FAST, new KnownRelaysFile(config.resolve("f-" + nick)), log);
        friends.add(client);
        client.connect(new ConnectRequest(relay.address(), relay.fingerprint(), nick, null));
        log.await(ClientEvent.LoggedIn.class, WAIT);
        client.join(room);
        log.await(ClientEvent.Received.class, r -> r.envelope() instanceof dev.hearth.protocol.Joined, WAIT);
        return client;
    }
}
