package dev.hearth.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.lan.LanSetting;
import dev.hearth.client.settings.KnownRelaysFile;
import dev.hearth.client.testing.ChatWindow;
import dev.hearth.client.testing.LanNamespace;
import dev.hearth.client.testing.NamespacedRelay;
import dev.hearth.client.net.RelayAddress;
import dev.hearth.lan.LanRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * "On this network" on the real connect screen: a real relay announcing itself inside a network
 * namespace of its own (nothing reaches the machine's network; the client listens on the
 * namespace's link, hearth.lan=ADDRESS) shows in the list, choosing it and connecting asks the
 * first-contact question with the announced fingerprint beside the presented one and pins
 * nothing before the answer, and the entry goes when the relay is stopped. Prints how long the
 * relay took to be listed and to go (for docs, not asserted).
 */
@ExtendWith(ApplicationExtension.class)
class OnThisNetworkIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static LanNamespace lan;

    private Stage stage;
    private Path config;

    @BeforeAll
    static void network() throws Exception {
        lan = LanNamespace.create();
        System.setProperty(LanSetting.PROPERTY, lan.hostAddress().getHostAddress());
    }

    @AfterAll
    static void noNetwork() throws Exception {
        System.setProperty(LanSetting.PROPERTY, "off");
        if (lan != null) {
            lan.close();
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        config = Files.createTempDirectory("hearth-it").resolve("alice");
        ChatWindow.start(stage, config);
    }

    @Test
    void anAnnouncedRelayIsListedAskedAboutWithItsAnnouncedKeyAndGoesWhenItStops(FxRobot robot) throws Exception {
        ChatWindow alice = ChatWindow.of(robot, stage);
        ListView<LanRecord> list = alice.find("#lanList");
        try (NamespacedRelay relay = NamespacedRelay.start(lan, "lan-fx", Files.createTempDirectory("hearth-relay"))) {
            String fingerprint = relay.awaitFingerprint(WAIT);
            long listening = System.nanoTime();
            alice.await(() -> names(list).contains("Hearth on lan-fx"), "the relay in \"On this network\"", WAIT);
            long listed = System.nanoTime();
            LanRecord announced = ChatWindow.fx(() -> list.getItems().getFirst());
            assertEquals(fingerprint, announced.fingerprint());

            alice.fill("#nickField", "alice");
            ChatWindow.fx(() -> {
                list.getSelectionModel().select(announced);
                return null;
            });
            assertEquals(lan.namespaceAddress().getHostAddress(), text(alice, "#hostField"));
            assertEquals(fingerprint, text(alice, "#announcedField"));
            assertEquals("", text(alice, "#fingerprintField"), "nothing to pin from the announcement");
            ChatWindow.fx(() -> {
                alice.<Button>find("#connectButton").fire();
                return null;
            });

            alice.await(() -> robot.lookup("#trustButton").tryQuery().isPresent(), "the first-contact question", WAIT);
            Parent dialog = ChatWindow.fx(() -> robot.lookup("#trustButton").query().getScene().getRoot());
            assertEquals(fingerprint, ChatWindow.fx(() -> ((TextField) dialog.lookup("#fingerprintField")).getText()));
            assertEquals(fingerprint, ChatWindow.fx(() -> ((TextField) dialog.lookup("#announcedField")).getText()));
            assertTrue(ChatWindow.fx(() -> dialog.lookup("#lanBox").isVisible()));
            assertFalse(ChatWindow.fx(() -> dialog.lookup("#lanDiffers").isVisible()), "the keys agree");
            RelayAddress address = new RelayAddress(announced.host(), announced.port(), true);
            assertTrue(new KnownRelaysFile(config).pinFor(address).isEmpty(), "nothing pinned before the answer");
            ChatWindow.fx(() -> {
                ((Button) dialog.lookup("#cancelButton")).fire();
                return null;
            });
            alice.await(() -> alice.has("#lanList"), "back at the connect screen");

            long signalled = System.nanoTime();
            assertEquals(0, relay.stop(WAIT));
            alice.await(() -> !names(list).contains("Hearth on lan-fx"), "the relay gone from the list", WAIT);
            long gone = System.nanoTime();
            assertTrue(new KnownRelaysFile(config).pinFor(address).isEmpty(), "cancelled: still nothing pinned");
            System.out.printf("OnThisNetworkIT: listening line -> listed %d ms; SIGTERM -> gone %d ms%n",
                    (listed - listening) / 1_000_000, (gone - signalled) / 1_000_000);
        }
    }

    private static List<String> names(ListView<LanRecord> list) {
        return ChatWindow.fx(() -> list.getItems().stream().map(LanRecord::name).toList());
    }

    private static String text(ChatWindow window, String query) {
        return ChatWindow.fx(() -> window.<TextField>find(query).getText());
    }
}
