package io.github.tertib;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The one-way arrows of docs/architecture.md, checked on the sources: every reference from one of
 * Tertib's packages to another must be an allowed arrow.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "io", "github", "tertib");
    private static final Pattern REFERENCE = Pattern.compile("io\\.github\\.tertib\\.([a-z]+)(?:\\.([a-z]+))?\\.[A-Z]");

    private static final Pattern CODE_SPAN = Pattern.compile("\\{@code [^}]*\\}");

    /** Package to the packages it may use (besides itself and the root package). */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "internal", Set.of("sop", "run"),
            "sop", Set.of("internal"),
            "run", Set.of("internal", "sop"),
            "time", Set.of("internal", "sop"),
            "compliance", Set.of("internal", "sop", "run", "time"),
            "catalog", Set.of("internal", "sop", "run"),
            "text", Set.of("internal", "sop"),
            "render", Set.of("internal", "sop", "run", "time", "compliance"),
            "store", Set.of("internal", "sop", "run", "time", "compliance", "text"));

    @Test
    void every_package_uses_only_the_packages_its_arrows_allow() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue; // the root package uses nothing
                }
                String from = relative.getName(0).toString();
                assertThat(ALLOWED).as("docs/architecture.md names the package %s", from).containsKey(from);
                // {@code ...} in a comment names a type without using it; {@link ...} counts as a use
                String source = CODE_SPAN.matcher(Files.readString(file)).replaceAll("");
                Matcher m = REFERENCE.matcher(source);
                while (m.find()) {
                    String to = m.group(1);
                    if (!to.equals(from) && !ALLOWED.get(from).contains(to)) {
                        wrong.add(relative + " uses io.github.tertib." + to);
                    }
                }
            }
        }
        assertThat(wrong).as("references against the arrows of docs/architecture.md").isEmpty();
    }

    @Test
    void the_core_knows_nothing_of_text_render_cli_or_testkit() {
        for (String core : List.of("sop", "run", "time", "compliance", "catalog")) {
            assertThat(ALLOWED.get(core)).doesNotContain("text", "render", "cli", "testkit", "store");
        }
    }

    @Test
    void the_test_kit_and_the_command_line_are_modules_of_their_own_not_packages_of_lib() {
        assertThat(SOURCES.resolve("testkit")).doesNotExist();
        assertThat(SOURCES.resolve("cli")).doesNotExist();
        Path root = Path.of("..");
        for (String module : List.of("testkit", "cli")) {
            assertThat(root.resolve(module).resolve("pom.xml")).as("the %s module", module).isRegularFile();
            assertThat(root.resolve(module).resolve(Path.of("src", "main", "java", "io", "github", "tertib", module)))
                    .isDirectory();
        }
    }
}
