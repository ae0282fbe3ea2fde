package dev.hearth.client.files;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where fetched files live on this computer: with history kept, in the history store (so
 * yesterday's photo is still there after the relay forgot it), else in a folder of this run that
 * goes when the app closes. Files are known by their SHA-256, so the same file shared twice is
 * kept once.
 */
public interface FileKeeping {

    /** The file with this SHA-256, if it is here. */
    Optional<Path> kept(String sha256);

    /**
     * Where to fetch the file with this SHA-256 to (its parent exists); once it is complete, the
     * fetch moves it there and {@link #arrived} is called.
     */
    Path placeFor(String sha256);

    /** A fetched file is complete at {@link #placeFor}: keep it (a store may now give up older files). */
    void arrived(String sha256);
}
