package dev.hearth.relay.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * One readable line for an I/O failure. The JDK's file exceptions often carry only the path as
 * their message ({@code AccessDeniedException: /x}), which tells an operator nothing.
 */
final class IoMessages {

    private IoMessages() {}

    /** "FILE: reason", naming the file the exception names, else {@code file} (when not null). */
    static String describe(Path file, IOException e) {
        if (e instanceof FileSystemException failure && failure.getFile() != null) {
            String reason = failure.getReason() != null ? failure.getReason() : reasonFor(failure);
            return failure.getFile() + ": " + reason;
        }
        String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return file == null ? reason : file + ": " + reason;
    }

    private static String reasonFor(FileSystemException failure) {
        return switch (failure) {
            case AccessDeniedException ignored -> "permission denied";
            case NoSuchFileException ignored -> "no such file or directory";
            case NotDirectoryException ignored -> "not a directory";
            case FileAlreadyExistsException ignored -> "already exists";
            default -> failure.getClass().getSimpleName();
        };
    }
}
