package dev.hearth.relay.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.relay.log.NetworkLog;
import dev.hearth.relay.log.PeerLog;
import dev.hearth.relay.session.OutLine;
import dev.hearth.relay.session.Peer;
import dev.hearth.relay.session.Session;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A connection stand-in that keeps what the router sends, for routing tests without sockets. */
final class RecordingPeer implements Peer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final InetAddress address;
    private final PeerLog log;
    private final List<JsonNode> received = new ArrayList<>();
    private final List<String> askedInBulk = new ArrayList<>();
    private int lastLineBytes;
    private int longestLineBytes;
    private Session session;
    private boolean closed;
    private boolean bulkRoom = true;
    private int loginDeadlineRestarts;

    RecordingPeer(InetAddress address) {
        this.address = address;
        this.log = new PeerLog(new NetworkLog(System::nanoTime), address, "test-peer");
    }

    RecordingPeer() {
        this(InetAddress.getLoopbackAddress());
    }

    /** Everything received since the last call. */
    List<JsonNode> drain() {
        List<JsonNode> copy = List.copyOf(received);
        received.clear();
        return copy;
    }

    JsonNode last() {
        return received.getLast();
    }

    /** The size of the last line sent, newline and counter included. */
    int lastLineBytes() {
        return lastLineBytes;
    }

    int longestLineBytes() {
        return longestLineBytes;
    }

    boolean closed() {
        return closed;
    }

    int loginDeadlineRestarts() {
        return loginDeadlineRestarts;
    }

    @Override
    public InetAddress address() {
        return address;
    }

    @Override
    public String label() {
        return "test-peer";
    }

    @Override
    public PeerLog log() {
        return log;
    }

    @Override
    public boolean send(OutLine outLine) {
        if (closed) {
            return false;
        }
        byte[] line = outLine.toBytes();
        lastLineBytes = line.length;
        longestLineBytes = Math.max(longestLineBytes, line.length);
        try {
            received.add(JSON.readTree(new String(line, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    @Override
    public void sendRequested(List<OutLine> lines) {
        for (OutLine line : lines) {
            if (send(line)) {
                askedInBulk.add(received.getLast().path("type").asText());
            }
        }
    }

    /** The types of the lines sent as asked for in bulk ({@link Peer#sendRequested}), in order. */
    List<String> askedInBulk() {
        return List.copyOf(askedInBulk);
    }

    /** A reader with room for bulk lines while {@link #bulkRoom} says so; a full one, or a fast one, in tests. */
    @Override
    public boolean roomForBulk() {
        return bulkRoom;
    }

    /** Whether the peer says it has room for bulk lines (at first it does). */
    void bulkRoom(boolean room) {
        this.bulkRoom = room;
    }

    @Override
    public void sendAndClose(OutLine line) {
        if (line != null) {
            send(line);
        }
        closed = true;
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public void attach(Session newSession) {
        this.session = newSession;
    }

    @Override
    public void restartLoginDeadline() {
        loginDeadlineRestarts++;
    }
}
