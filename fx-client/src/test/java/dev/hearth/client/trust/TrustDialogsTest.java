package dev.hearth.client.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.hearth.client.i18n.I18n;
import dev.hearth.client.i18n.Languages;
import dev.hearth.client.net.ClientEvent;
import dev.hearth.client.net.RelayAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dialogs close themselves, and closing the window counts as the safe choice. */
@ExtendWith(ApplicationExtension.class)
class TrustDialogsTest {

    private final List<String> events = new CopyOnWriteArrayList<>();
    private Stage owner;

    @Start
    void start(Stage stage) {
        I18n.use(Languages.ENGLISH);
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void trustingClosesTheDialogAndReportsOnce(FxRobot robot) throws TimeoutException {
        Stage dialog = onFx(() -> TrustDialogs.askTrust(owner,
                new ClientEvent.TrustNeeded(TrustViewTest.ADDRESS, TrustViewTest.FP), recorder()));
        robot.clickOn("#trustButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialog.isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("trust"), events);
    }

    @Test
    void closingTheWindowCancels(FxRobot robot) throws TimeoutException {
        Stage dialog = onFx(() -> TrustDialogs.askTrust(owner,
                new ClientEvent.TrustNeeded(TrustViewTest.ADDRESS, TrustViewTest.FP), recorder()));
        robot.interact(dialog::close);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !events.isEmpty());
        assertEquals(List.of("cancel"), events);
        assertFalse(dialog.isShowing());
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws TimeoutException {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(5, TimeUnit.SECONDS);
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private TrustDecision recorder() {
        return new TrustDecision() {
            @Override
            public void trust(RelayAddress address, String fingerprint) {
                events.add("trust");
            }

            @Override
            public void cancel() {
                events.add("cancel");
            }
        };
    }
}
