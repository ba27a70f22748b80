package io.github.tertib;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The read-only files of ../shared that tests compare against (the source text of V.4, domain data). */
public final class SharedFiles {

    private SharedFiles() {
    }

    /** Returns the directory ../shared beside the project. */
    public static Path shared() {
        String sources = System.getProperty("tertib.sources");
        Path dir = sources != null ? Path.of(sources).getParent() : Path.of("..", "..", "shared");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("the shared directory " + dir.toAbsolutePath()
                    + " is missing: tests need ../shared beside the project");
        }
        return dir;
    }

    /** Returns the text of a file under ../shared. */
    public static String read(String relative) {
        try {
            return Files.readString(shared().resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the source text of SOP V.4 exactly as received. */
    public static String v4Source() {
        return read("sources/palangka-raya-sop-v4.txt");
    }
}
