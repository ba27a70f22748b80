package io.github.tertib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tertib.ConsumerModule;
import java.io.File;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library as it is published: its packaged jar (on this module's class path, since cli is built
 * after lib is packaged) required by a user's module, compiled and run with only that jar on the module
 * path: no QuickTheories, no picocli.
 */
class PackagedJarConsumerTest {

    /** lib's packaged jar from this test's class path: tertib-VERSION.jar (not -tests, not a folder). */
    private static Path packagedLibrary() {
        List<Path> jars = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of)
                .filter(p -> p.getFileName().toString().matches("tertib-\\d[^/]*(?<!-tests)\\.jar"))
                .toList();
        assertThat(jars).as("lib's packaged jar on the class path (run 'mvn verify' from the project root)")
                .hasSize(1);
        return jars.get(0);
    }

    @Test
    void the_packaged_jar_is_the_module_io_github_tertib_requiring_only_the_jdk() {
        Path jar = packagedLibrary();
        assertThat(Files.isRegularFile(jar)).isTrue();
        ModuleDescriptor d = ModuleFinder.of(jar).findAll().iterator().next().descriptor();
        assertThat(d.name()).isEqualTo("io.github.tertib");
        assertThat(d.requires()).extracting(ModuleDescriptor.Requires::name)
                .allMatch(name -> name.equals("java.base") || name.equals("java.sql"));
    }

    @Test
    void a_consumer_module_compiles_and_runs_against_the_packaged_jar_alone(@TempDir Path work) throws Exception {
        ConsumerModule.assertOutput(ConsumerModule.compileAndRun(packagedLibrary(), work));
    }
}
