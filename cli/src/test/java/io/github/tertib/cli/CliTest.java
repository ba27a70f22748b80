package io.github.tertib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8)).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void list_names_the_built_in_sops() {
        assertThat(run("list")).isZero();
        assertThat(out()).contains("v4").contains("PEMBINAAN DAN PENGEMBANGAN");
    }

    @Test
    void show_prints_identity_and_step_table_within_100_columns() {
        assertThat(run("show", "v4")).isZero();
        assertThat(out()).contains("Drs. MURNI").contains("NIP. 19610923 199103 1 004")
                .contains("Ya \u2192 4").contains("Tidak \u2192 2").contains("4360 Menit")
                .contains("Kepala Bidang: Proses").contains("Kepala Dinas: Proses");
        assertThat(out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
        assertThat(err()).isEmpty();
    }

    @Test
    void check_reports_a_valid_definition() {
        assertThat(run("check", "v4")).isZero();
        assertThat(out()).contains("valid, 7 steps, 5 roles, 0 warning(s)");
    }

    @Test
    void unknown_commands_print_usage_and_exit_2() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err()).contains("unknown command \"frobnicate\"").contains("usage: tertib");
        assertThat(out()).isEmpty();
    }

    @Test
    void missing_command_prints_usage_and_exit_2() {
        assertThat(run()).isEqualTo(2);
        assertThat(err()).contains("usage: tertib");
    }

    @Test
    void wrong_argument_count_prints_usage_and_exit_2() {
        assertThat(run("show")).isEqualTo(2);
        assertThat(err()).contains("show takes 1 argument, got 0");
        assertThat(run("list", "extra")).isEqualTo(2);
    }

    @Test
    void an_unknown_sop_is_a_usage_error_naming_it() {
        assertThat(run("show", "v9")).isEqualTo(2);
        assertThat(err()).contains("no built-in SOP \"v9\"");
    }

    @Test
    void errors_never_print_a_stack_trace() {
        run("show", "v9");
        assertThat(err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void simulate_runs_the_scripted_v4_case_and_writes_its_log(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path log = dir.resolve("v4.log");
        assertThat(run("simulate", "v4", "--log", log.toString())).isZero();
        assertThat(out()).contains("Plh. Kepala Dinas").contains("decided Tidak").contains("suspended")
                .contains("Status: COMPLETED");
        String text = java.nio.file.Files.readString(log);
        assertThat(io.github.tertib.run.EventLog.parse(text)).hasSize(14);
    }

    @Test
    void simulate_refuses_an_unwritable_log_before_printing_anything() {
        assertThat(run("simulate", "v4", "--log", "/nonexistent-dir/v4.log")).isEqualTo(1);
        assertThat(err()).contains("cannot write /nonexistent-dir/v4.log");
        assertThat(out()).isEmpty();
    }

    @Test
    void simulate_refuses_unknown_options_and_sops() {
        assertThat(run("simulate", "v4", "--frob", "x")).isEqualTo(2);
        assertThat(err()).contains("simulate has no option --frob");
        assertThat(run("simulate", "v5")).isEqualTo(2);
        assertThat(run("simulate", "v4", "--log")).isEqualTo(2);
    }

    /** The V.4 source text written once to a file, as a user would pass it. */
    private static final String V4_PATH = writeV4();

    private static String v4Path() {
        return V4_PATH;
    }

    private static String writeV4() {
        try {
            Path file = Files.createTempDirectory("tertib-cli").resolve("palangka-raya-sop-v4.txt");
            Files.writeString(file, io.github.tertib.SourceTexts.v4(), StandardCharsets.UTF_8);
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void check_of_a_text_file_prints_every_diagnostic_with_its_line() {
        assertThat(run("check", v4Path())).isZero();
        assertThat(out()).contains(v4Path() + ":44:1 INFO DECISION_NO_INFERRED")
                .contains("valid SOP V. 4., 0 error(s), 0 warning(s)");
    }

    @Test
    void check_of_a_broken_text_file_exits_1_with_its_errors(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path bad = dir.resolve("bad.txt");
        java.nio.file.Files.writeString(bad, "Nomor SOP\tX.1\n");
        assertThat(run("check", bad.toString())).isEqualTo(1);
        assertThat(out()).contains("ERROR NO_TABLE").contains("no SOP, ");
    }

    @Test
    void show_of_a_broken_text_file_is_one_sentence(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path bad = dir.resolve("bad.txt");
        java.nio.file.Files.writeString(bad, "Nomor SOP\tX.1\n");
        assertThat(run("show", bad.toString())).isEqualTo(1);
        assertThat(err().lines()).hasSize(1);
        assertThat(err()).contains("is not a valid SOP").contains("tertib check");
    }

    @Test
    void render_writes_every_format_of_a_built_in_or_a_text_file(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        for (String format : new String[] {"html", "svg", "mermaid", "markdown", "text"}) {
            java.nio.file.Path file = dir.resolve("v4." + format);
            assertThat(run("render", v4Path(), "--format", format, "--out", file.toString())).isZero();
            assertThat(java.nio.file.Files.readString(file)).as(format).contains("Mencermati").contains("Pelaksanaan");
        }
        out.reset();
        assertThat(run("render", "v4", "--format", "text")).isZero();
        assertThat(io.github.tertib.text.SopText.parse(out())).isEqualTo(io.github.tertib.catalog.PalangkaRaya.v4());
    }

    @Test
    void render_refuses_an_unknown_format_or_a_missing_one() {
        assertThat(run("render", "v4", "--format", "pdf")).isEqualTo(2);
        assertThat(err()).contains("render has no format \"pdf\"");
        assertThat(run("render", "v4")).isEqualTo(2);
        assertThat(err()).contains("render needs --format");
    }

    @Test
    void a_path_that_does_not_exist_is_a_usage_error() {
        assertThat(run("show", "no/such/file.txt")).isEqualTo(2);
        assertThat(err()).contains("no built-in SOP \"no/such/file.txt\" and no file no/such/file.txt");
    }

    @Test
    void simulate_prints_the_compliance_of_its_case() {
        assertThat(run("simulate", "v4")).isZero();
        assertThat(out()).contains("Compliance on the ASN calendar").contains("Case: ON_TIME");
    }

    @Test
    void report_reads_a_log_and_prints_its_compliance(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String log = dir.resolve("v4.log").toString();
        assertThat(run("simulate", "v4", "--log", log)).isZero();
        out.reset();
        assertThat(run("report", "v4", "--log", log)).isZero();
        assertThat(out()).contains("Case V4/2026/001 of SOP V. 4., COMPLETED, as of 2026-03-12T07:00:00Z, asn calendar")
                .contains("Case: ON_TIME");
        out.reset();
        assertThat(run("report", "v4", "--log", log, "--calendar", "continuous", "--zone", "Asia/Makassar")).isZero();
        assertThat(out()).contains("continuous calendar in Asia/Makassar, TimePolicy.calendarTime()");
    }

    @Test
    void report_refuses_bad_options_before_printing(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String log = dir.resolve("v4.log").toString();
        run("simulate", "v4", "--log", log);
        out.reset();
        assertThat(run("report", "v4", "--log", log, "--as-of", "2026-03-03T00:00:00Z")).isEqualTo(1);
        assertThat(err()).contains("its last event happened later, at 2026-03-12T07:00:00Z");
        assertThat(run("report", "v4", "--log", log, "--zone", "Mars/Base")).isEqualTo(2);
        assertThat(run("report", "v4", "--log", log, "--calendar", "lunar")).isEqualTo(2);
        assertThat(run("report", "v4", "--log", log, "--as-of", "yesterday")).isEqualTo(2);
        assertThat(run("report", "v4")).isEqualTo(2);
        assertThat(out()).isEmpty();
    }

    @Test
    void report_refuses_a_tampered_log_in_one_sentence(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path log = dir.resolve("v4.log");
        run("simulate", "v4", "--log", log.toString());
        out.reset();
        java.nio.file.Files.writeString(log, java.nio.file.Files.readString(log).replace("Rina Wulandari", "Rina W."));
        assertThat(run("report", "v4", "--log", log.toString())).isEqualTo(1);
        assertThat(err().lines()).hasSize(1);
        assertThat(out()).isEmpty();
    }

    @Test
    void help_lists_every_option_of_every_command() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("usage: tertib <command> [arguments]");
        for (String command : new String[] {"list", "show", "check", "render", "simulate", "report"}) {
            assertThat(out()).contains("Usage: tertib " + command);
        }
        assertThat(out()).contains("--format=FORMAT").contains("--out=FILE").contains("--log=FILE")
                .contains("--calendar=asn|continuous").contains("--zone=ZONE").contains("--as-of=INSTANT")
                .contains("--version");
        out.reset();
        assertThat(run("help")).isZero();
        assertThat(out()).contains("usage: tertib");
        out.reset();
        assertThat(run("help", "report")).isZero();
        assertThat(out()).contains("--as-of=INSTANT");
        assertThat(err()).isEmpty();
    }

    @Test
    void version_names_the_build() {
        assertThat(run("--version")).isZero();
        assertThat(out()).startsWith("tertib ");
        assertThat(out().strip()).doesNotContain("${");
    }

    @Test
    void a_mistyped_command_or_option_gets_a_suggestion() {
        assertThat(run("shwo", "v4")).isEqualTo(2);
        assertThat(err()).contains("unknown command \"shwo\"").contains("did you mean show?");
        assertThat(run("report", "v4", "--lgo", "x")).isEqualTo(2);
        assertThat(err()).contains("report has no option --lgo").contains("--log");
        assertThat(out()).isEmpty();
    }

    @Test
    void every_command_fed_extreme_or_malformed_values_answers_in_one_sentence_without_a_stack_trace(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String log = dir.resolve("v4.log").toString();
        run("simulate", "v4", "--log", log);
        String[][] lines = {
            {"report", "v4", "--log", log, "--as-of", "+1000000000-12-31T23:59:59.999999999Z"},
            {"report", "v4", "--log", log, "--as-of", "-1000000000-01-01T00:00:00Z"},
            {"report", "v4", "--log", log, "--as-of", "9999-12-31T23:59:59Z"},
            {"report", "v4", "--log", log, "--zone", "+18:00", "--calendar", "continuous"},
            {"report", "v4", "--log", log, "--zone", "\u0000"},
            {"report", "v4", "--log", dir.toString()},
            {"report", "v4", "--log", log, "--log", log},
            {"show", "\u0000"},
            {"check", "no\u0000file"},
            {"render", "v4", "--format", "html", "--out", dir.resolve("no/such/dir/x.html").toString()},
            {"render", "v4", "--format", ""},
            {"simulate", ""},
            {"list", "--frob"},
            {"--frob"},
            {"report", "v4", "--log"},
        };
        for (String[] line : lines) {
            out.reset();
            err.reset();
            int status = run(line);
            assertThat(status).as(String.join(" ", line)).isIn(0, 1, 2);
            assertThat(err()).as(String.join(" ", line)).doesNotContain("\tat ").doesNotContain("Exception");
            if (status == 1) {
                assertThat(err().lines()).as(String.join(" ", line)).hasSize(1);
            }
        }
    }
}
