package dev.hearth.client.history;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The one thread that touches the history file, so the FX thread never waits on the disk. Writes
 * queue up in the order they were asked for; a read's answer comes back through the executor the
 * caller names (the FX hand-off). A failure is reported once per kind of work and never stops the
 * chat: history is a copy, the conversation on screen goes on.
 */
public final class HistoryThread implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(HistoryThread.class.getName());

    /** Work on the store. */
    public interface Work {
        void on(HistoryStore store) throws SQLException;
    }

    /** A question to the store. */
    public interface Question<T> {
        T ask(HistoryStore store) throws SQLException;
    }

    private final HistoryStore store;
    private final Executor runner;
    private final ExecutorService owned;
    private final Consumer<SQLException> problems;
    private volatile boolean closed;

    /** A store served by a thread of its own, named for thread dumps. */
    public static HistoryThread start(HistoryStore store, Consumer<SQLException> problems) {
        ExecutorService thread = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("hearth-history").daemon().factory());
        return new HistoryThread(store, thread, thread, problems);
    }

    /** A store served by {@code runner}, which must run one task at a time (tests pass {@code Runnable::run}). */
    public static HistoryThread on(HistoryStore store, Executor runner, Consumer<SQLException> problems) {
        return new HistoryThread(store, runner, null, problems);
    }

    private HistoryThread(HistoryStore store, Executor runner, ExecutorService owned, Consumer<SQLException> problems) {
        this.store = store;
        this.runner = runner;
        this.owned = owned;
        this.problems = problems;
    }

    /** False once closed: the user turned history off, and nothing more is kept or read. */
    public boolean isOpen() {
        return !closed;
    }

    /** Queues {@code work}; after {@link #close} (history just turned off) nothing is kept. */
    public void write(Work work) {
        if (closed) {
            return;
        }
        runner.execute(() -> {
            try {
                work.on(store);
            } catch (SQLException e) {
                problems.accept(e);
            }
        });
    }

    /** Queues {@code works} to run as one transaction (see {@link HistoryStore#together}). */
    public void writeAll(List<Work> works) {
        if (!works.isEmpty()) {
            List<Work> copy = List.copyOf(works);
            write(store -> store.together(copy));
        }
    }

    /** Asks {@code question} on the history thread; {@code then} gets the answer on {@code back}, or nothing on a failure. */
    public <T> void read(Question<T> question, Executor back, Consumer<T> then) {
        if (closed) {
            return;
        }
        runner.execute(() -> {
            try {
                T answer = question.ask(store);
                back.execute(() -> then.accept(answer));
            } catch (SQLException e) {
                problems.accept(e);
            }
        });
    }

    /**
     * Asks {@code question} and waits for the answer: for the few milliseconds a start-up read
     * takes, before anything else can arrive.
     */
    public <T> T askNow(Question<T> question) throws SQLException {
        if (closed) {
            throw new SQLException("the history is closed");
        }
        java.util.concurrent.CompletableFuture<T> answer = new java.util.concurrent.CompletableFuture<>();
        runner.execute(() -> {
            try {
                answer.complete(question.ask(store));
            } catch (SQLException | RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while reading the history", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof SQLException sql ? sql : new SQLException(e.getCause());
        }
    }

    /** Finishes what was queued, then closes the file. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        runner.execute(() -> {
            try {
                store.close();
            } catch (SQLException e) {
                LOG.log(System.Logger.Level.WARNING, "history file did not close cleanly: {0}", e.getMessage());
            }
        });
        if (owned != null) {
            owned.shutdown();
            try {
                owned.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
