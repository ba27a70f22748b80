package io.github.tertib;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Checks the module as users see it: on a module path that holds only Tertib's own classes (no
 * QuickTheories), the core loads and runs, and only the API packages are exported.
 */
class ModulePathTest {

    private static final Path CLASSES = Path.of("target", "classes");

    @Test
    void module_descriptor_exports_the_api_packages_only() {
        ModuleReference ref = ModuleFinder.of(CLASSES).find("io.github.tertib").orElseThrow();
        ModuleDescriptor d = ref.descriptor();
        Set<String> exported = d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        assertThat(exported).contains("io.github.tertib", "io.github.tertib.sop", "io.github.tertib.catalog",
                "io.github.tertib.time", "io.github.tertib.compliance", "io.github.tertib.testkit",
                "io.github.tertib.testkit.quicktheories");
        assertThat(exported).doesNotContain("io.github.tertib.cli");
        assertThat(exported).noneMatch(p -> p.contains("internal"));
        assertThat(d.requires()).filteredOn(r -> r.name().equals("quicktheories"))
                .singleElement()
                .satisfies(r -> assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.STATIC));
    }

    @Test
    void the_core_runs_on_a_module_path_without_quicktheories() throws IOException, InterruptedException {
        String output = runModule("show", "v4");
        assertThat(output).contains("PEMBINAAN DAN PENGEMBANGAN SUMBER DAYA KOMUNIKASI DAN INFORMASI")
                .contains("4360 Menit");
    }

    @Test
    void the_framework_neutral_test_kit_runs_on_a_module_path_without_quicktheories()
            throws IOException, InterruptedException {
        // simulate runs the test kit's scripted case (Examples, Scenario, Command) and the run package
        String output = runModule("simulate", "v4");
        assertThat(output).contains("2026-03-02T04:00:00Z decide 3 Tidak by Budi Santoso").contains("Status: COMPLETED");
    }

    private static String runModule(String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "--module-path", CLASSES.toString(),
                "--module", "io.github.tertib/io.github.tertib.cli.Main"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        return output;
    }
}
