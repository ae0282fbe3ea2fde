package dev.hearth.client.chat;

import dev.hearth.client.net.ClientEvent;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * How each file transfer of this window is getting on (protocol 1.1): uploads by their request
 * id, fetches by their blob. A delivered upload leaves (its message shows the file from then on);
 * a fetched file stays, saying where it is. Fed by the network's events; views only read it. FX
 * thread only.
 */
public final class FileTransfers {

    /** Where one transfer stands. */
    public sealed interface State {
        /** {@code done} of {@code size} bytes handed to the connection. */
        record Sending(long done, long size) implements State {}

        /** {@code done} of {@code size} bytes received and written. */
        record Fetching(long done, long size) implements State {}

        /** Complete and checked, at {@code path}. */
        record Fetched(Path path) implements State {}

        /**
         * Given up: {@code code} is the relay's error code or the client's own
         * ({@link ClientEvent.UploadFailed#UNREADABLE}, {@link ClientEvent.FetchFailed#CORRUPT},
         * {@link ClientEvent.FetchFailed#UNWRITABLE}); {@code detail} its wording.
         */
        record Failed(String code, String detail) implements State {}
    }

    private final ObservableMap<String, State> states = FXCollections.observableHashMap();
    private final ObservableMap<String, State> readOnly = FXCollections.unmodifiableObservableMap(states);
    /** Uploads over, whose late progress (see {@link #uploadProgress}) is not news. */
    private final Set<String> ended = new HashSet<>();

    /** Every transfer under way or ended here, by upload id or blob. */
    public ObservableMap<String, State> states() {
        return readOnly;
    }

    void uploadProgress(ClientEvent.UploadProgress progress) {
        // Reported by the send thread: progress may come after the echo that ended the upload.
        if (!ended.contains(progress.id())) {
            states.put(progress.id(), new State.Sending(progress.sentBytes(), progress.size()));
        }
    }

    /** Our file's message came back: the upload is over, and the message shows the file. */
    void delivered(String id) {
        ended.add(id);
        states.remove(id);
    }

    void uploadFailed(ClientEvent.UploadFailed failed) {
        ended.add(failed.id());
        states.put(failed.id(), new State.Failed(failed.code(), failed.detail()));
    }

    void fetchProgress(ClientEvent.FetchProgress progress) {
        states.put(progress.blob(), new State.Fetching(progress.receivedBytes(), progress.size()));
    }

    void fetchDone(ClientEvent.FetchDone done) {
        states.put(done.blob(), new State.Fetched(done.path()));
    }

    void fetchFailed(ClientEvent.FetchFailed failed) {
        states.put(failed.blob(), new State.Failed(failed.code(), failed.detail()));
    }
}
