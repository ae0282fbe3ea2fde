package dev.hearth.relay.lan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hearth.lan.LanRecord;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InstanceNameTest {

    @Test
    void namesTheRelayAfterItsHost() {
        assertEquals("Hearth on kitchen-pc", InstanceName.of("kitchen-pc"));
    }

    @Test
    void aLongHostIsCutToTheBytesADnsLabelHoldsWithoutSplittingACharacter() {
        String name = InstanceName.of("炉".repeat(30));

        assertEquals("Hearth on " + "炉".repeat(17), name, "10 + 17 * 3 = 61 bytes; one more would be 64");
        assertEquals(61, name.getBytes(StandardCharsets.UTF_8).length);
        new LanRecord(InstanceName.of("x".repeat(253)), "h", 1, null, false, 1); // accepted as a record
    }
}
