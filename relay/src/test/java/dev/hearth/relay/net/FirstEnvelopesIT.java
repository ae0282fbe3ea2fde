package dev.hearth.relay.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.relay.Relay;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.TestClient;
import dev.hearth.relay.TestTransport;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What a session asks for as it starts (its welcome, a join's backlog) is not live traffic: a
 * newcomer that has not read it yet is not a slow reader, however much it is.
 */
class FirstEnvelopesIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aNewcomerJoiningARoomWithABacklogOverTheOutboundBoundIsNotCutOff() throws Exception {
        RelayConfig config = RelayConfig.builder().port(0).ratePerSecond(1000).burst(1000).build();
        String text = "😀".repeat(4000); // 16 KB a line: 100 of them are 1.6 MB, over the 1 MiB bound
        try (Relay relay = TestTransport.startRelay(config);
             TestClient alice = TestClient.connect(relay.port())) {
            alice.login("alice");
            alice.join("lobby");
            for (int i = 0; i < 100; i++) {
                alice.say("lobby", text, "m" + i);
                alice.next("message");
            }
            try (Socket newcomer = TestTransport.connect(relay.port(), 4096)) {
                OutputStream out = newcomer.getOutputStream();
                out.write(("{\"type\":\"hello\",\"v\":1,\"nick\":\"newcomer\"}\n{\"type\":\"join\",\"room\":\"lobby\"}\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
                // The newcomer reads only once the relay has queued everything it asked for.
                alice.next("presence");
                newcomer.setSoTimeout((int) TestClient.WAIT.toMillis());
                BufferedReader in = new BufferedReader(new InputStreamReader(newcomer.getInputStream(), StandardCharsets.UTF_8));
                assertEquals("welcome", JSON.readTree(in.readLine()).path("type").asText());
                assertEquals("joined", JSON.readTree(in.readLine()).path("type").asText());
                for (int i = 0; i < 100; i++) {
                    String line = in.readLine();
                    assertTrue(line != null, "cut off after " + i + " backlog messages");
                    assertEquals("m" + i, JSON.readTree(line).path("id").asText());
                }
            }
        }
    }
}
