package dev.hearth.relay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The watch on the password's file, one round at a time. */
class PasswordWatchTest {

    private final Deque<Object> reads = new ArrayDeque<>();
    private final List<String> changes = new ArrayList<>();
    private final StringWriter err = new StringWriter();
    private final PasswordWatch watch = new PasswordWatch("old", () -> {
        Object next = reads.removeFirst();
        if (next instanceof UsageException e) {
            throw e;
        }
        return (String) next;
    }, changes::add, new PrintWriter(err));

    @Test
    void aNewPasswordIsAppliedOnceAndTheSameOneNeverAgain() {
        reads.addAll(List.of("old", "new", "new", "newer"));

        for (int i = 0; i < 4; i++) {
            watch.run();
        }

        assertEquals(List.of("new", "newer"), changes);
    }

    @Test
    void anUnreadableFileKeepsThePasswordAndSaysSoOncePerProblem() {
        reads.add(new UsageException("pw: first line is empty"));
        reads.add(new UsageException("pw: first line is empty"));
        reads.add("old");
        reads.add(new UsageException("pw: first line is empty"));
        reads.add("new");

        for (int i = 0; i < 5; i++) {
            watch.run();
        }

        assertEquals(List.of("new"), changes);
        assertEquals(2, err.toString().lines().filter(l -> l.contains("keeping the current password")).count(),
                err.toString());
    }
}
