package io.github.tertib.cli;

import io.github.tertib.TertibException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Reading and writing the files a command names, with errors as one sentence. */
final class Files {

    private Files() {
    }

    static String read(String file) {
        try {
            return java.nio.file.Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new TertibException("cannot read " + file + ": " + reason(e));
        }
    }

    static void write(String file, String text) {
        try {
            java.nio.file.Files.writeString(Path.of(file), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TertibException("cannot write " + file + ": " + reason(e));
        }
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
