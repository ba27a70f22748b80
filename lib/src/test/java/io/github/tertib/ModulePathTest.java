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
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the module as users see it: it requires nothing beyond the JDK, exports only the API
 * packages, and a user's module that requires it compiles and runs with nothing else on the module path.
 */
class ModulePathTest {

    private static final Path CLASSES = Path.of("target", "classes");

    @Test
    void module_descriptor_exports_the_api_packages_only() {
        ModuleReference ref = ModuleFinder.of(CLASSES).find("io.github.tertib").orElseThrow();
        ModuleDescriptor d = ref.descriptor();
        Set<String> exported = d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        assertThat(exported).containsExactlyInAnyOrder("io.github.tertib", "io.github.tertib.sop",
                "io.github.tertib.run", "io.github.tertib.catalog", "io.github.tertib.time",
                "io.github.tertib.compliance", "io.github.tertib.text", "io.github.tertib.render",
                "io.github.tertib.store");
        assertThat(exported).noneMatch(p -> p.contains("internal") || p.contains("testkit") || p.contains("cli"));
        // no runtime dependencies: nothing but the JDK (java.sql is allowed for a store)
        assertThat(d.requires()).extracting(ModuleDescriptor.Requires::name)
                .allMatch(name -> name.equals("java.base") || name.equals("java.sql"))
                .doesNotContain("quicktheories");
    }

    @Test
    void a_consumer_module_compiles_and_runs_against_the_module_alone(@TempDir Path work)
            throws IOException, InterruptedException {
        // the packaged jar is checked the same way by cli's PackagedJarConsumerTest, after lib's package
        ConsumerModule.assertOutput(ConsumerModule.compileAndRun(CLASSES, work));
    }
}
