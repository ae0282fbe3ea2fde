package dev.hearth.relay.log;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.relay.Relay;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.TestClient;
import dev.hearth.relay.TestTransport;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Connection churn from one network cannot fill the relay's log: before the log was bounded, each
 * connection wrote two lines (46 MB of stderr in five minutes of churn).
 */
class ConnectionChurnLogIT {
    private static final Logger RELAY_LOG = Logger.getLogger("hearth.relay");

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(String.valueOf(record.getMessage()));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void listen() {
        RELAY_LOG.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        RELAY_LOG.removeHandler(capture);
    }

    @Test
    void fiveHundredConnectionsFromOneAddressWriteAtMostTwentyLinesAboutIt() throws Exception {
        try (Relay relay = TestTransport.startRelay(RelayConfig.builder().port(0).build())) {
            for (int i = 0; i < 500; i++) {
                try (TestClient client = TestClient.connect(relay.port())) {
                    client.request("type", "ping", "id", "p");
                    client.next("pong");
                }
            }
        }
        long aboutTheChurner = lines.stream().filter(l -> l.contains("127.0.0.1")).count();
        assertTrue(aboutTheChurner <= NetworkLog.LINES_PER_NETWORK,
                () -> aboutTheChurner + " lines about one address: " + lines.subList(0, Math.min(5, lines.size())));
    }
}
