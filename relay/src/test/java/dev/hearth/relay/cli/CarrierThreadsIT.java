package dev.hearth.relay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relay jar sizes its virtual-thread scheduler before its first virtual thread, as the JVM it
 * runs in reports it ({@code jcmd Thread.vthread_scheduler}), and an operator's own choice on the
 * command line stands.
 */
class CarrierThreadsIT {

    @TempDir
    Path temp;

    @Test
    void oneProcessorGetsTwoCarriers() throws Exception {
        assertEquals(2, parallelismOfRelayWith("-XX:ActiveProcessorCount=1"));
    }

    @Test
    void moreProcessorsKeepOneCarrierEach() throws Exception {
        assertEquals(4, parallelismOfRelayWith("-XX:ActiveProcessorCount=4"));
    }

    @Test
    void theOperatorsChoiceStands() throws Exception {
        assertEquals(1, parallelismOfRelayWith("-XX:ActiveProcessorCount=4", "-D" + CarrierThreads.PROPERTY + "=1"));
    }

    private int parallelismOfRelayWith(String... jvmOptions) throws Exception {
        List<String> options = new ArrayList<>(RelayProcess.LAUNCHER_JVM_OPTIONS);
        options.addAll(List.of(jvmOptions));
        try (RelayProcess relay = RelayProcess.start(temp, options, "--plaintext", "--bind", "127.0.0.1",
                "--port", "0", "--data-dir", temp.resolve("data").toString(), "--open")) {
            relay.awaitStdout(line -> line.contains("listening on"), Duration.ofSeconds(30));
            String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
            Process query = new ProcessBuilder(jcmd, String.valueOf(relay.process().pid()), "Thread.vthread_scheduler")
                    .redirectErrorStream(true).start();
            String answer = new String(query.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(query.waitFor(30, TimeUnit.SECONDS), "jcmd answers");
            Matcher parallelism = Pattern.compile("parallelism = (\\d+)").matcher(answer);
            assertTrue(parallelism.find(), "jcmd names the scheduler's parallelism: " + answer);
            return Integer.parseInt(parallelism.group(1));
        }
    }
}
