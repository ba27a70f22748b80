package io.github.tertib.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The source text of SOP V.4, from ../shared/sources (the build passes its folder as tertib.sources). */
final class V4Source {

    private V4Source() {
    }

    static Path path() {
        String dir = System.getProperty("tertib.sources", "../../shared/sources");
        return Path.of(dir, "palangka-raya-sop-v4.txt");
    }

    static String text() {
        try {
            return Files.readString(path(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the V.4 source text at " + path().toAbsolutePath(), e);
        }
    }
}
