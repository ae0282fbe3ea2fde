package dev.hearth.relay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CarrierThreadsTest {

    @Test
    void halfTheProcessorsAtLeastOne() {
        assertEquals(1, CarrierThreads.forProcessors(1));
        assertEquals(1, CarrierThreads.forProcessors(2));
        assertEquals(1, CarrierThreads.forProcessors(3));
        assertEquals(8, CarrierThreads.forProcessors(16));
    }
}
