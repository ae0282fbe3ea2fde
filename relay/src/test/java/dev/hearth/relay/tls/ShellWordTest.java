package dev.hearth.relay.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ShellWordTest {

    @Test
    void leavesAPlainPathAsItIs() {
        assertEquals("/home/relay/.local/share/hearth-relay/relay-key.pem",
                ShellWord.quote(Path.of("/home/relay/.local/share/hearth-relay/relay-key.pem")));
    }

    @Test
    void singleQuotesAPathWithSpaces() {
        assertEquals("'/Users/me/Library/Application Support/Hearth Relay'",
                ShellWord.quote(Path.of("/Users/me/Library/Application Support/Hearth Relay")));
    }

    @Test
    void aSingleQuoteInsideIsClosedEscapedAndReopened() {
        assertEquals("'/srv/bob'\\''s relay'", ShellWord.quote(Path.of("/srv/bob's relay")));
    }

    @Test
    void shellMetacharactersAreQuoted() {
        assertEquals("'/tmp/$(rm -rf ~);x'", ShellWord.quote(Path.of("/tmp/$(rm -rf ~);x")));
    }
}
