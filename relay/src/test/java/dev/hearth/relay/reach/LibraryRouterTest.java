package dev.hearth.relay.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LibraryRouterTest {

    @Test
    void theLibrarysFailuresBecomeReasonsAHostCanRead() {
        assertEquals("it refused or ignored the request to map the port",
                LibraryRouter.reason(new IllegalStateException("No response/invalid response to mapping port")));
        assertEquals("it answered with an error: Router reports external port mappings as 0",
                LibraryRouter.reason(new IllegalStateException("Router reports external port mappings as 0")));
        assertEquals("it answered in a way the relay could not read (IllegalArgumentException)",
                LibraryRouter.reason(new IllegalArgumentException("")));
        assertEquals("it answered in a way the relay could not read (IllegalStateException)",
                LibraryRouter.reason(new IllegalStateException()));
    }
}
