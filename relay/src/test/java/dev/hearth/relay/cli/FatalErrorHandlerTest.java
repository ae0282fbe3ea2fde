package dev.hearth.relay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FatalErrorHandlerTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<Integer> halts = new ArrayList<>();
    private final FatalErrorHandler handler =
            new FatalErrorHandler(new PrintStream(err, true, StandardCharsets.UTF_8), halts::add);

    @Test
    void anErrorInAnyThreadEndsTheProcessWithThree() {
        handler.uncaughtException(new Thread("hearth-accept"), new OutOfMemoryError("Java heap space"));
        assertEquals(List.of(3), halts);
        assertTrue(text().startsWith("hearth-relay: fatal: java.lang.OutOfMemoryError in thread hearth-accept"), text());
    }

    @Test
    void theProcessEndsEvenWhenSayingWhyFails() {
        PrintStream broken = new PrintStream(new ByteArrayOutputStream()) {
            @Override
            public void println(String line) {
                throw new OutOfMemoryError("no room for the message");
            }
        };
        FatalErrorHandler starved = new FatalErrorHandler(broken, halts::add);
        try {
            starved.uncaughtException(new Thread("hearth-watchdog"), new OutOfMemoryError());
        } catch (OutOfMemoryError expected) {
            // The report failed; what matters is that the halt came first.
        }
        assertEquals(List.of(3), halts);
    }

    @Test
    void aBugInOneThreadIsReportedWithoutItsMessageAndTheProcessGoesOn() {
        handler.uncaughtException(new Thread("hearth-read-conn#1"), new IllegalStateException("quoted peer text"));
        assertEquals(List.of(), halts);
        assertTrue(text().contains("java.lang.IllegalStateException"), text());
        assertFalse(text().contains("quoted peer text"), "a message may quote what a peer sent");
    }

    private String text() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
