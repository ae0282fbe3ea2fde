package dev.hearth.client.chat;

import dev.hearth.client.files.FileKeeping;
import dev.hearth.client.files.RunFolder;
import dev.hearth.client.net.ClientEvent;
import dev.hearth.client.net.RelayLink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
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
    /** Copies to make once a file being fetched is here, by blob. */
    private final Map<String, List<Path>> toSave = new HashMap<>();
    /** The names of files being fetched to be saved, by blob, for the words saying where they went. */
    private final Map<String, String> names = new HashMap<>();
    private final ChatText text;
    private final Consumer<String> tell;

    /**
     * @param keeping where fetched files live; null: a folder of this run, made when first needed
     * @param tell    shows the user a sentence (a copy saved, or why not)
     */
    MessageFiles(RelayLink link, FileTransfers transfers, FileKeeping keeping, ChatText text, Consumer<String> tell) {
        this.link = link;
        this.transfers = transfers;
        this.given = keeping;
        this.text = text;
        this.tell = tell;
    }

    /** Every transfer under way or ended here: uploads by request id, fetches by blob. */
    public ObservableMap<String, FileTransfers.State> states() {
        return transfers.states();
    }

    /** Brings the file here, unless it is here or on its way already; its state tells when it is. */
    public void fetch(ChatLine.Attachment file) {
        if (file == null || file.blob() == null || fetching.containsKey(file.blob()) || here(file.blob())) {
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
        if (file.blob() != null && here(file.blob())
                && transfers.states().get(file.blob()) instanceof FileTransfers.State.Fetched(Path path)) {
            return Optional.of(path);
        }
        return keeping().kept(file.sha256());
    }

    /** Copies the file, which must be here, to {@code target}, replacing what the user agreed to replace. */
    public void saveAs(ChatLine.Attachment file, Path target) throws IOException {
        Path source = local(file).orElseThrow(() -> new IOException("the file is not on this computer yet"));
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Saves a copy of the file at {@code target}: now when it is here, else once it is fetched.
     * The user is told where it went, or why it did not.
     */
    public void save(ChatLine.Attachment file, Path target) {
        if (local(file).isPresent()) {
            copy(file, target);
            return;
        }
        toSave.computeIfAbsent(file.blob(), blob -> new ArrayList<>()).add(target);
        names.put(file.blob(), file.name());
        fetch(file);
    }

    private void copy(ChatLine.Attachment file, Path target) {
        try {
            saveAs(file, target);
            tell.accept(text.format("file.saved", file.name(), target));
        } catch (IOException e) {
            tell.accept(text.format("file.not.saved", file.name(), e.getMessage()));
        }
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
        String name = names.remove(done.blob());
        for (Path target : toSave.getOrDefault(done.blob(), List.of())) {
            try {
                Files.copy(done.path(), target, StandardCopyOption.REPLACE_EXISTING);
                tell.accept(text.format("file.saved", name, target));
            } catch (IOException e) {
                tell.accept(text.format("file.not.saved", name, e.getMessage()));
            }
        }
        toSave.remove(done.blob());
    }

    void fetchFailed(ClientEvent.FetchFailed failed) {
        fetching.remove(failed.blob());
        toSave.remove(failed.blob());
        names.remove(failed.blob());
        transfers.fetchFailed(failed);
    }

    /**
     * Whether the file fetched as {@code blob} is still where it was put: the history's cap, a
     * Forget or turning history off may have removed it since, and it is then fetched again.
     */
    private boolean here(String blob) {
        return transfers.states().get(blob) instanceof FileTransfers.State.Fetched(Path path) && Files.isRegularFile(path);
    }

    /** The session is over: files kept only for this run go (a store that keeps them keeps them). */
    public void close() {
        if (keeping instanceof RunFolder run) {
            run.close();
        }
    }

    private FileKeeping keeping() {
        if (keeping == null) {
            keeping = given != null ? given : RunFolder.create();
        }
        return keeping;
    }
}
