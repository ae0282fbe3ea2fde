package dev.hearth.client.chat;

import dev.hearth.client.files.FileKeeping;
import dev.hearth.client.files.RunFolder;
import dev.hearth.client.net.ClientEvent;
import dev.hearth.client.net.RelayLink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.collections.ObservableMap;

/**
 * What the window does with the files its messages carry (protocol 1.1): brings one here (once,
 * kept by its SHA-256), saves a copy where the user says, stops an upload. What each transfer has
 * come to is in {@link #states}. Nothing is opened or run: a file is only ever copied where the
 * user chose. FX thread only.
 */
public final class MessageFiles {
    private final RelayLink link;
    private final FileTransfers transfers;
    private final FileKeeping given;
    private FileKeeping keeping;
    /** Files being fetched, by blob: the SHA-256 each is kept under. */
    private final Map<String, String> fetching = new HashMap<>();

    /** @param keeping where fetched files live; null: a folder of this run, made when first needed */
    MessageFiles(RelayLink link, FileTransfers transfers, FileKeeping keeping) {
        this.link = link;
        this.transfers = transfers;
        this.given = keeping;
    }

    /** Every transfer under way or ended here: uploads by request id, fetches by blob. */
    public ObservableMap<String, FileTransfers.State> states() {
        return transfers.states();
    }

    /** Brings the file here, unless it is here or on its way already; its state tells when it is. */
    public void fetch(ChatLine.Attachment file) {
        if (file == null || file.blob() == null || fetching.containsKey(file.blob())
                || transfers.states().get(file.blob()) instanceof FileTransfers.State.Fetched) {
            return;
        }
        Optional<Path> kept = keeping().kept(file.sha256());
        if (kept.isPresent()) {
            transfers.fetchDone(new ClientEvent.FetchDone(file.blob(), kept.get()));
            return;
        }
        fetching.put(file.blob(), file.sha256());
        transfers.fetchProgress(new ClientEvent.FetchProgress(file.blob(), 0, file.size()));
        link.fetchFile(file.blob(), file.size(), file.sha256(), keeping().placeFor(file.sha256()));
    }

    /** The file, if it is here. */
    public Optional<Path> local(ChatLine.Attachment file) {
        if (file == null) {
            return Optional.empty();
        }
        if (file.blob() != null && transfers.states().get(file.blob()) instanceof FileTransfers.State.Fetched(Path path)) {
            return Optional.of(path);
        }
        return keeping().kept(file.sha256());
    }

    /** Copies the file, which must be here, to {@code target}, replacing what the user agreed to replace. */
    public void saveAs(ChatLine.Attachment file, Path target) throws IOException {
        Path source = local(file).orElseThrow(() -> new IOException("the file is not on this computer yet"));
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Stops uploading our file sent as {@code id}; its line stays, failed, to be sent again or dismissed. */
    public void cancelUpload(String id) {
        link.cancelUpload(id);
    }

    void fetchDone(ClientEvent.FetchDone done) {
        String sha = fetching.remove(done.blob());
        if (sha != null) {
            keeping().arrived(sha);
        }
        transfers.fetchDone(done);
    }

    void fetchFailed(ClientEvent.FetchFailed failed) {
        fetching.remove(failed.blob());
        transfers.fetchFailed(failed);
    }

    private FileKeeping keeping() {
        if (keeping == null) {
            keeping = given != null ? given : RunFolder.create();
        }
        return keeping;
    }
}
