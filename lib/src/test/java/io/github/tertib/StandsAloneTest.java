package io.github.tertib;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository stands alone: a clone of it, with nothing beside it, builds and tests. So no file of
 * the project may refer to the folder of shared material beside the coordinator's checkout; only the
 * prose of docs/*.md may name where a file came from.
 */
class StandsAloneTest {

    /** The reference that must not appear, written in two parts so that this file does not hold it. */
    private static final String SIBLING = ".." + "/shared";

    /** The project's root: lib's parent. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void no_file_of_the_project_refers_to_a_folder_beside_it() throws IOException {
        assertThat(ROOT.resolve("pom.xml")).as("the project root beside lib").isRegularFile();
        List<String> referring;
        try (Stream<Path> files = Files.walk(ROOT)) {
            referring = files.filter(Files::isRegularFile)
                    .filter(file -> !ignored(ROOT.relativize(file)))
                    .filter(StandsAloneTest::refers)
                    .map(file -> ROOT.relativize(file).toString())
                    .sorted()
                    .toList();
        }
        assertThat(referring).as("files that refer to %s (keep what the build needs as the project's own files)", SIBLING)
                .isEmpty();
    }

    /** Build output, git's own files, and the prose of docs/*.md (which may say where a text came from). */
    private static boolean ignored(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.equals(".git") || name.equals("target")) {
                return true;
            }
        }
        return relative.getNameCount() == 2 && relative.getName(0).toString().equals("docs")
                && relative.getFileName().toString().endsWith(".md");
    }

    private static boolean refers(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(SIBLING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file, e);
        }
    }
}
