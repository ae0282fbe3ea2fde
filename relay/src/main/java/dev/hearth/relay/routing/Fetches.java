package dev.hearth.relay.routing;

import dev.hearth.protocol.ErrorCode;
import dev.hearth.protocol.ErrorReply;
import dev.hearth.protocol.Fetched;
import dev.hearth.relay.file.ChunkLine;
import dev.hearth.relay.file.FileMemory;
import dev.hearth.relay.file.FileWindow;
import dev.hearth.relay.session.Peer;
import dev.hearth.relay.session.Session;
import dev.hearth.relay.session.SharedBody;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * Fetch windows being sent, a queue of them per session. A window's chunks are queued on the
 * reader's connection only while little is queued there ({@link Peer#roomForBulk}), a chunk or two
 * at a time as the reader drains them: chat sent to the reader meanwhile waits behind at most
 * those, never behind a megabyte of file, and a reader that takes a large file at a steady pace
 * never has enough queued to look slow. A session whose connection dropped keeps its windows; they
 * go on once it resumes. Each chunk is kept for resumption only as the way to make it again.
 *
 * <p>Guarded by the router lock.
 */
final class Fetches {
    /** Windows one session may have waiting; clients fetch one at a time, so more is a client out of step. */
    static final int WINDOWS_PER_SESSION = 16;

    private final RouterContext ctx;
    private final FileMemory<FileNote> files;
    private final Map<Session, ArrayDeque<Window>> waiting = new HashMap<>();

    Fetches(RouterContext ctx, FileMemory<FileNote> files) {
        this.ctx = ctx;
        this.files = files;
    }

    /** A window being sent: the next chunk to queue, where it ends, and its {@code fetched}. */
    private static final class Window {
        final String blob;
        final long end;
        final Long next;
        final String id;
        long chunk;

        Window(String blob, FileWindow window, String id) {
            this.blob = blob;
            this.chunk = window.first();
            this.end = window.end();
            this.next = window.next();
            this.id = id;
        }
    }

    /** False when the session has as many windows waiting as it may. */
    boolean add(Session session, String blob, FileWindow window, String id) {
        ArrayDeque<Window> queue = waiting.computeIfAbsent(session, s -> new ArrayDeque<>());
        if (queue.size() >= WINDOWS_PER_SESSION) {
            return false;
        }
        queue.addLast(new Window(blob, window, id));
        pump(session);
        return true;
    }

    /**
     * Queues as much of the session's windows as its connection has room for; the rest when the
     * connection says it has room again (or, dropped, once the session resumes).
     */
    void pump(Session session) {
        ArrayDeque<Window> queue = waiting.get(session);
        Peer peer = session.peer();
        if (queue == null || peer == null) {
            return;
        }
        while (!queue.isEmpty()) {
            Window window = queue.peekFirst();
            if (window.chunk < window.end && !peer.roomForBulk()) {
                return;
            }
            if (window.chunk >= window.end) {
                queue.removeFirst();
                ctx.out().toSession(session, new Fetched(window.blob, window.next, window.id));
            } else if (files.chunkOf(window.blob, window.chunk) == null) {
                queue.removeFirst(); // dropped while being fetched
                ctx.out().toSession(session, gone(window.blob, window.id));
            } else {
                long i = window.chunk++;
                byte[] data = files.chunkOf(window.blob, i);
                String blob = window.blob;
                String id = window.id;
                // Encoded by the reader's writer thread, not here under the router lock: the line
                // keeps the chunk's bytes (never changed) even should the file be dropped meanwhile.
                session.deliverBulk(SharedBody.later(ChunkLine.length(blob, i, data.length), () -> ChunkLine.of(blob, i, data)),
                        () -> chunkLine(blob, i, id));
            }
            if (session.peer() != peer) {
                return; // cut off meanwhile: the rest waits for a resumption
            }
        }
        waiting.remove(session);
    }

    void forget(Session session) {
        waiting.remove(session);
    }

    /** A chunk's line, or, when the file has gone since, the error that says so. */
    private byte[] chunkLine(String blob, long i, String id) {
        byte[] data = files.chunkOf(blob, i);
        if (data == null) {
            return ctx.out().encode(gone(blob, id));
        }
        return ChunkLine.of(blob, i, data);
    }

    static ErrorReply gone(String blob, String id) {
        return ErrorReply.about(blob, ErrorCode.NO_SUCH_FILE, "the relay no longer holds this file", id);
    }
}
