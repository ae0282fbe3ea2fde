package dev.hearth.relay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ConsoleLoggingTest {

    @Test
    void formatsOneLinePerRecord() {
        ZonedDateTime time = ZonedDateTime.of(2026, 11, 22, 13, 0, 0, 123_000_000, ZoneOffset.UTC);

        String line = String.format(ConsoleLogging.FORMAT, time, "source", "dev.hearth.relay.Relay", "INFO",
                "alice connected", "");

        assertEquals("2026-11-22T13:00:00.123 INFO dev.hearth.relay.Relay: alice connected" + System.lineSeparator(),
                line);
    }
}
