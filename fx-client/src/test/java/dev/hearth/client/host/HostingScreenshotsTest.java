package dev.hearth.client.host;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.i18n.I18n;
import dev.hearth.client.i18n.Languages;
import dev.hearth.client.settings.ThemeChoice;
import dev.hearth.client.testing.FxThemes;
import dev.hearth.client.testing.Screenshots;
import dev.hearth.client.theme.ThemeManager;
import dev.hearth.protocol.Invite;
import dev.hearth.relay.host.HostEvent;
import dev.hearth.relay.host.HostOptions;
import dev.hearth.relay.host.HostedRelay;
import dev.hearth.relay.host.ThisMachine;
import dev.hearth.relay.reach.PortMappingMode;
import dev.hearth.relay.reach.Reachability;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of the hosting window in light, dark and Chinese, for people to look at: a real
 * hosted relay (mapping and announcement off), then the router's answer as it arrives in the app,
 * with a documentation address in the invite.
 */
@ExtendWith(ApplicationExtension.class)
class HostingScreenshotsTest {

    private Stage stage;
    private final List<HostedRelay> started = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop() {
        started.forEach(HostedRelay::stop);
    }

    @Test
    void light() throws Exception {
        assertTrue(Files.size(shoot(ThemeChoice.LIGHT, Languages.ENGLISH, "hosting-light")) > 0);
    }

    @Test
    void dark() throws Exception {
        assertTrue(Files.size(shoot(ThemeChoice.DARK, Languages.ENGLISH, "hosting-dark")) > 0);
    }

    @Test
    void chinese() throws Exception {
        assertTrue(Files.size(shoot(ThemeChoice.LIGHT, Languages.SIMPLIFIED_CHINESE, "hosting-zh-CN")) > 0);
    }

    private Path shoot(ThemeChoice theme, Locale locale, String name) throws Exception {
        Path dataDir = Files.createTempDirectory("hearth-shots");
        HostOptions quiet = HostOptions.defaults().withPort(0).withPortMapping(PortMappingMode.OFF).withLanAnnounce(false);
        InetAddress lan = InetAddress.getByName("192.168.1.20");
        ThisMachine home = new ThisMachine(() -> List.of(lan), () -> "den");
        WaitForAsyncUtils.asyncFx(() -> {
            I18n.use(locale);
            FxThemes.use(theme);
            HostingViewModel model = new HostingViewModel(events -> {
                HostedRelay relay = HostedRelay.start(dataDir, quiet, Clock.systemUTC(), (period, task) -> () -> { },
                        home, events);
                started.add(relay);
                return relay;
            }, Runnable::run, Runnable::run, I18n.bundleFor(HostingView.class), invite -> { }, text -> { });
            model.start();
            HostedRelay relay = started.getLast();
            Invite outside = Invite.tls("203.0.113.7", relay.port(), relay.fingerprint(), relay.password());
            model.apply(List.of(new HostingUpdate.Event(new HostEvent.Reach(new Reachability(true,
                    InetAddress.getByName("8.8.4.4"), relay.port(), true, List.of()), relay.port(), outside))));
            stage.setScene(ThemeManager.style(new Scene(HostingView.create(model, () -> { }))));
            stage.show();
            return null;
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        try {
            return Screenshots.write(stage.getScene(), name);
        } finally {
            WaitForAsyncUtils.asyncFx(() -> I18n.use(Languages.ENGLISH)).get(10, TimeUnit.SECONDS);
        }
    }
}
