package dev.hearth.relay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CarrierThreadsTest {

    @Test
    void oneCarrierPerProcessorAndNeverFewerThanTwo() {
        assertEquals(2, CarrierThreads.forProcessors(1));
        assertEquals(2, CarrierThreads.forProcessors(2));
        assertEquals(3, CarrierThreads.forProcessors(3));
        assertEquals(16, CarrierThreads.forProcessors(16));
    }
}
