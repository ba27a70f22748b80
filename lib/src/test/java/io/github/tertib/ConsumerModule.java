package io.github.tertib;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A user's module, {@code module consumer { requires io.github.tertib; }}, compiled with the JDK's
 * compiler against Tertib on the module path and run with {@code java --module-path}: what a new user
 * with a {@code module-info.java} does. Nothing else is on either path (no QuickTheories, no picocli).
 */
public final class ConsumerModule {

    /** The consumer's main class: loads V.4, starts a case, does step 1, and runs the scripted case. */
    static final String MAIN = String.join("\n",
            "package consumer;",
            "",
            "import io.github.tertib.catalog.Examples;",
            "import io.github.tertib.catalog.PalangkaRaya;",
            "import io.github.tertib.run.Actor;",
            "import io.github.tertib.run.SopInstance;",
            "import io.github.tertib.sop.SopDefinition;",
            "import java.time.Instant;",
            "",
            "public final class Main {",
            "    public static void main(String[] args) {",
            "        SopDefinition v4 = PalangkaRaya.v4();",
            "        Actor budi = Actor.of(\"kasi-1\", \"Budi\", PalangkaRaya.KEPALA_SEKSI);",
            "        Instant t0 = Instant.parse(\"2026-03-02T01:00:00Z\");",
            "        SopInstance run = SopInstance.start(v4, \"2026/001\", budi, t0).complete(1, budi, t0.plusSeconds(900));",
            "        System.out.println(v4.name() + \": case \" + run.id() + \" at step \" + run.currentStep().number()",
            "                + \", \" + v4.nominalStandardTime().toMinutes() + \" Menit\");",
            "        SopInstance scripted = Examples.v4().run();",
            "        System.out.println(\"scripted \" + scripted.id() + \": \" + scripted.status());",
            "        System.out.println(\"module \" + SopDefinition.class.getModule().getName());",
            "    }",
            "}",
            "");

    private ConsumerModule() {
    }

    /**
     * Compiles the consumer against Tertib's module (a jar or a classes folder) and runs it.
     *
     * @param tertib the module io.github.tertib: the packaged jar, or target/classes
     * @param work an empty folder for the consumer's sources and classes
     * @return what the consumer printed
     */
    public static String compileAndRun(Path tertib, Path work) throws IOException, InterruptedException {
        Path sources = work.resolve("src");
        Path classes = work.resolve("classes");
        Files.createDirectories(sources.resolve("consumer"));
        Files.writeString(sources.resolve("module-info.java"), "module consumer {\n    requires io.github.tertib;\n}\n");
        Files.writeString(sources.resolve("consumer").resolve("Main.java"), MAIN);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int compiled = javac.run(null, null, new PrintStream(diagnostics, true, StandardCharsets.UTF_8),
                "-Xlint:all", "-Werror", "--release", "17",
                "--module-path", tertib.toString(), "-d", classes.toString(),
                sources.resolve("module-info.java").toString(), sources.resolve("consumer").resolve("Main.java").toString());
        assertThat(compiled).as("javac of the consumer module: %s", diagnostics.toString(StandardCharsets.UTF_8)).isZero();

        String launcher = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(launcher,
                "--module-path", tertib + java.io.File.pathSeparator + classes,
                "--module", "consumer/consumer.Main"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        return output;
    }

    /** Checks what {@link #MAIN} prints. */
    public static void assertOutput(String output) {
        assertThat(output.lines()).containsExactly(
                "PEMBINAAN DAN PENGEMBANGAN SUMBER DAYA KOMUNIKASI DAN INFORMASI: case 2026/001 at step 2, 4360 Menit",
                "scripted V4/2026/001: COMPLETED",
                "module io.github.tertib");
    }
}
