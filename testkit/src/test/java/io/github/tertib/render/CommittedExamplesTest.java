package io.github.tertib.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tertib.catalog.PalangkaRaya;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.text.SopText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The reviewed V.4 examples under docs/examples are what the code writes now: the SOP in every format,
 * the scripted case coloured by its compliance, and a monitoring report. When this fails, look at
 * the new output, then regenerate the examples with
 *
 * <pre>
 * mvn -B -q -pl lib test -Dtest=CommittedExamplesTest -Dtertib.regenerate=true
 * </pre>
 *
 * and commit them with the change that made them differ.
 */
class CommittedExamplesTest {

    static final Map<String, Supplier<String>> EXAMPLES = new LinkedHashMap<>();

    static {
        SopDefinition v4 = PalangkaRaya.v4();
        EXAMPLES.put("v4.html", () -> SopRenderer.standard().html(v4));
        EXAMPLES.put("v4.svg", () -> SopRenderer.standard().svg(v4));
        EXAMPLES.put("v4.mmd", () -> SopRenderer.standard().mermaid(v4));
        EXAMPLES.put("v4.md", () -> SopRenderer.standard().markdown(v4));
        EXAMPLES.put("v4.txt", () -> SopText.format(v4));
        // The scripted case (Examples.v4()) coloured by its compliance as of its close, and the monitoring
        // of 24 generated V.4 cases (seed 7): see ComplianceCases.
        EXAMPLES.put("v4-compliance.html", () -> SopRenderer.standard().html(ComplianceCases.v4AsOfClose()));
        EXAMPLES.put("v4-monitoring.html", () -> SopRenderer.standard().html(GeneratedCases.v4Monitoring()));
    }

    static Path examples() {
        return Path.of("").toAbsolutePath().getParent().resolve("docs").resolve("examples");
    }

    @TestFactory
    Iterable<DynamicTest> the_committed_v4_examples_are_current() {
        boolean regenerate = Boolean.getBoolean("tertib.regenerate");
        return EXAMPLES.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Path file = examples().resolve(e.getKey());
            String now = e.getValue().get();
            if (regenerate) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, now, StandardCharsets.UTF_8);
            }
            assertThat(file).as("%s is missing: regenerate it (see CommittedExamplesTest)", file).exists();
            assertThat(read(file)).as("docs/examples/%s is stale: regenerate it with%n  mvn -B -q -pl lib test"
                    + " -Dtest=CommittedExamplesTest -Dtertib.regenerate=true", e.getKey()).isEqualTo(now);
        })).toList();
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
