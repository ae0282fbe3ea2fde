package dev.hearth.client.notify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/**
 * Notifies by running a program ({@code notify-send}, {@code osascript}) with its arguments as a
 * list, never a shell string, so message text cannot become a command. The program runs on a
 * fresh virtual thread, so the caller (often the FX thread) never waits; failures are swallowed.
 */
final class CommandNotifier implements Notifier {

    private static final long TIMEOUT_SECONDS = 10;

    private final Path program;
    private final BiFunction<String, String, List<String>> arguments;

    /** @param arguments builds the arguments after the program from title and body */
    CommandNotifier(Path program, BiFunction<String, String, List<String>> arguments) {
        this.program = program;
        this.arguments = arguments;
    }

    Path program() {
        return program;
    }

    List<String> command(String title, String body) {
        List<String> args = arguments.apply(title, body);
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(program.toString()), args.stream()).toList();
    }

    @Override
    public void show(String title, String body) {
        List<String> command = command(title, body);
        Thread.ofVirtual().name("hearth-notify").start(() -> run(command));
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException | RuntimeException e) {
            // A missing or broken notifier must never disturb the chat.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
