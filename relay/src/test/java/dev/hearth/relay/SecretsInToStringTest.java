package dev.hearth.relay;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.protocol.Hello;
import dev.hearth.protocol.Welcome;
import dev.hearth.relay.auth.GeneratedPassword;
import dev.hearth.relay.auth.PasswordCheck;
import dev.hearth.relay.session.RecentEchoes;
import dev.hearth.relay.session.ReplayBudget;
import dev.hearth.relay.session.ReplayBuffer;
import dev.hearth.relay.session.Session;
import dev.hearth.relay.session.TokenBucket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Nothing that holds a password or a resume token prints it: a log line or a stack trace could carry it. */
class SecretsInToStringTest {
    private static final String PASSWORD = "hunter2-door-password";
    private static final String TOKEN = "resume-token-0123456789";

    static List<Map.Entry<String, Object>> holdersOfSecrets() {
        RelayConfig config = RelayConfig.builder().password(PASSWORD).build();
        return List.of(
                Map.entry("RelayConfig", config),
                Map.entry("RelayConfig.Builder", config.toBuilder()),
                Map.entry("Session", new Session(TOKEN, "alice", "alice", new ReplayBuffer(1), new RecentEchoes(1),
                        new TokenBucket(1, 1, () -> 0), new ReplayBudget(1))),
                Map.entry("Hello (login)", Hello.login("alice", PASSWORD, "test")),
                Map.entry("Hello (resume)", Hello.resume(TOKEN, 3, PASSWORD, "test")),
                Map.entry("Welcome", new Welcome(1, "alice", TOKEN, null, null, List.of(), 0, null, null)),
                Map.entry("PasswordCheck", new PasswordCheck(PASSWORD)),
                Map.entry("GeneratedPassword.Loaded", new GeneratedPassword.Loaded(PASSWORD, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("holdersOfSecrets")
    void toStringShowsNeitherPasswordNorToken(Map.Entry<String, Object> holder) {
        String shown = holder.getValue().toString();
        assertFalse(shown.contains(PASSWORD), () -> holder.getKey() + " prints the password: " + shown);
        assertFalse(shown.contains(TOKEN), () -> holder.getKey() + " prints the resume token: " + shown);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("holdersOfSecrets")
    void toStringStillSaysSomething(Map.Entry<String, Object> holder) {
        assertTrue(holder.getValue().toString().length() > 5);
    }
}
