package io.github.tertib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import io.github.tertib.run.Event;
import io.github.tertib.run.EventLog;
import io.github.tertib.run.InvalidEventLogException;
import io.github.tertib.run.Rejection;
import io.github.tertib.run.RejectionCode;
import io.github.tertib.run.SopInstance;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The options people expect: language, holiday data, times on the office's clock, files, the emblem. */
class CliOptionsTest {

    /** "Now" for the command line under test: Thursday 12 March 2026, 14:00 WIB. */
    private static final Instant NOW = Instant.parse("2026-03-12T07:00:00Z");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int run(Locale locale, String... args) {
        out.reset();
        err.reset();
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8), Clock.fixed(NOW, ZoneOffset.UTC), locale).run(args);
    }

    private int run(String... args) {
        return run(Locale.ENGLISH, args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** The event log of the scripted V.4 case cut after its first {@code events} events: an open case. */
    private String openLog(int events) throws Exception {
        Path full = dir.resolve("full.log");
        assertThat(run("simulate", "v4", "--log", full.toString())).isZero();
        List<String> lines = Files.readAllLines(full);
        Path open = dir.resolve("open.log");
        Files.write(open, lines.subList(0, 1 + events));
        return open.toString();
    }

    @Test
    void as_of_takes_an_offset_or_a_local_date_time_on_the_calendars_clock() throws Exception {
        String log = openLog(10);
        assertThat(run("report", "v4", "--log", log, "--as-of", "2026-03-12T14:00+07:00")).isZero();
        String offset = out();
        assertThat(offset).contains("as of 2026-03-12 14:00 WIB");
        assertThat(run("report", "v4", "--log", log, "--as-of", "2026-03-12T14:00")).isZero();
        assertThat(out()).isEqualTo(offset);
        assertThat(run("report", "v4", "--log", log, "--as-of", "2026-03-12T07:00:00Z")).isZero();
        assertThat(out()).isEqualTo(offset);
        // on Makassar's clock the same local time is an hour earlier
        assertThat(run("report", "v4", "--log", log, "--zone", "Asia/Makassar", "--as-of", "2026-03-12T15:00")).isZero();
        assertThat(out()).contains("as of 2026-03-12 15:00 WITA");
        assertThat(run("report", "v4", "--log", log, "--as-of", "12/03/2026")).isEqualTo(2);
        assertThat(err()).contains("--as-of 12/03/2026 is not a date-time: write it as 2026-03-12T14:00+07:00, or as"
                + " 2026-03-12T14:00 on the calendar's clock (Asia/Jakarta)");
    }

    /**
     * The scripted V.4 log cut after {@code events} events, then its next event written back two hours
     * earlier than the event before it: a log whose last event the rules refuse (TIME_REVERSED). Its
     * digest is computed anew as docs/event-log.md defines it, so the chain holds and the rules speak.
     */
    private Path logWithARefusedEvent(int events) throws Exception {
        Path full = dir.resolve("full.log");
        assertThat(run("simulate", "v4", "--log", full.toString())).isZero();
        List<String> lines = Files.readAllLines(full);
        String[] before = lines.get(events).split("\t", -1);
        String[] edited = lines.get(events + 1).split("\t", -1);
        edited[1] = Instant.parse(before[1]).minusSeconds(7200).toString();
        String previousDigest = before[before.length - 1];
        Event e = EventLog.parseLine(String.join("\t", edited));
        assertThat(e).isInstanceOf(Event.PartCompleted.class);
        assertThat(e.delegation()).isEmpty();
        assertThat(e.remark()).isEmpty();
        assertThat(e.decree()).isEmpty();
        edited[edited.length - 1] = digest(previousDigest, e);
        List<String> log = new java.util.ArrayList<>(lines.subList(0, 1 + events));
        log.add(String.join("\t", edited));
        Path refused = dir.resolve("kasus.log");
        Files.write(refused, log);
        return refused;
    }

    /** The digest of a completed event by a definitive actor without remark or decree, chained over {@code previous}. */
    private static String digest(String previous, Event e) throws Exception {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        b.write(java.util.HexFormat.of().parseHex(previous));
        b.write('P');
        for (int v = e.step(); ; v >>>= 7) { // unsigned LEB128
            if ((v & ~0x7f) == 0) {
                b.write(v);
                break;
            }
            b.write((v & 0x7f) | 0x80);
        }
        b.write(java.nio.ByteBuffer.allocate(12).putLong(e.at().getEpochSecond()).putInt(e.at().getNano()).array());
        for (String str : new String[] {e.role().id(), e.role().title(), e.actor().id(), e.actor().name()}) {
            byte[] utf8 = str.getBytes(StandardCharsets.UTF_8);
            b.write(utf8.length); // every string here is shorter than 128 bytes: its varint is one byte
            b.write(utf8);
        }
        b.write(0); // definitive
        b.write(0); // no remark
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(b.toByteArray()));
    }

    @Test
    void a_refused_event_in_the_log_is_said_as_the_rules_say_it_in_the_language_chosen() throws Exception {
        Path log = logWithARefusedEvent(5);
        InvalidEventLogException invalid = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> SopInstance.replay(io.github.tertib.catalog.Catalog.find("v4").orElseThrow(),
                        EventLog.parse(Files.readString(log))), InvalidEventLogException.class);
        assertThat(invalid.index()).isEqualTo(5);
        Rejection rejection = invalid.rejection().orElseThrow();
        assertThat(rejection.code()).isEqualTo(RejectionCode.TIME_REVERSED);

        assertThat(run("report", "v4", "--log", log.toString(), "--lang", "id")).isEqualTo(1);
        assertThat(out()).isEmpty();
        assertThat(err()).isEqualTo("tertib: peristiwa ke-6 dalam " + log + " ditolak: "
                + rejection.message(Cli.INDONESIAN, ZoneId.of("Asia/Jakarta")) + System.lineSeparator());
        assertThat(err()).contains("tidak dapat", "WIB").doesNotContain("refused", "may not", ":00Z");

        assertThat(run(Cli.INDONESIAN, "report", "v4", "--log", log.toString(), "--lang", "en",
                "--zone", "Asia/Makassar")).isEqualTo(1);
        assertThat(err()).isEqualTo("tertib: event 6 of " + log + " is refused: "
                + rejection.message(Locale.ENGLISH, ZoneId.of("Asia/Makassar")) + System.lineSeparator());
        assertThat(err()).contains("may not", "WITA").doesNotContain(":00Z");
    }

    @Test
    void an_open_case_is_measured_as_of_now_saying_so() throws Exception {
        String log = openLog(10);
        assertThat(run("report", "v4", "--log", log)).isZero();
        assertThat(err()).isEqualTo("tertib: case V4/2026/001 is open; measuring as of now, 2026-03-12 14:00 WIB"
                + " (choose another time with --as-of)" + System.lineSeparator());
        assertThat(out()).contains("Case V4/2026/001 of SOP V. 4., ACTIVE, as of 2026-03-12 14:00 WIB");
        assertThat(run(Cli.INDONESIAN, "report", "v4", "--log", log)).isZero();
        assertThat(err()).startsWith("tertib: kasus V4/2026/001 masih terbuka; diukur sampai sekarang,"
                + " 2026-03-12 14:00 WIB");
        // the heading and the table in the chosen language too
        assertThat(out()).contains("Kasus V4/2026/001 dari SOP V. 4., ACTIVE, per 2026-03-12 14:00 WIB",
                "Waktu baku", "Melewati batas").doesNotContain("as of", "Standard");
    }

    @Test
    void past_the_holiday_data_the_command_line_names_its_own_two_ways_out() throws Exception {
        String log = openLog(10);
        assertThat(run("report", "v4", "--log", log, "--as-of", "2028-01-04T09:00")).isEqualTo(1);
        assertThat(err()).isEqualTo("tertib: the holiday data covers 2025 to 2027 and says nothing about 2028-01-04:"
                + " give the holidays of 2028 with --holidays FILE (a CSV date,type,name,legal_basis from its decree),"
                + " or measure as if there were none with --assume-no-holidays-after-data" + System.lineSeparator());
        assertThat(err()).doesNotContain("Holidays.parseCsv").doesNotContain("assumingNoHolidaysOutsideData");
        assertThat(out()).isEmpty();
        assertThat(run(Cli.INDONESIAN, "report", "v4", "--log", log, "--as-of", "2028-01-04T09:00")).isEqualTo(1);
        assertThat(err()).startsWith("tertib: data hari libur mencakup 2025 sampai 2027").contains("--holidays BERKAS")
                .contains("--assume-no-holidays-after-data");

        assertThat(run("report", "v4", "--log", log, "--as-of", "2028-01-04T09:00", "--assume-no-holidays-after-data"))
                .isZero();
        assertThat(out()).contains("as of 2028-01-04 09:00 WIB");
        String assumed = out();

        Path holidays = dir.resolve("libur-2028.csv");
        Files.writeString(holidays, "date,type,name,legal_basis\n"
                + "2028-01-01,LIBUR_NASIONAL,Tahun Baru 2028 Masehi,SKB contoh\n"
                + "2028-01-03,LOCAL,Libur kantor,Keputusan Kepala Dinas contoh\n");
        assertThat(run("report", "v4", "--log", log, "--as-of", "2028-01-04T09:00", "--holidays", holidays.toString()))
                .isZero();
        // Monday 3 January 2028 is a day off now: the case has less working time behind it
        assertThat(out()).contains("as of 2028-01-04 09:00 WIB").isNotEqualTo(assumed);
    }

    @Test
    void a_bad_holidays_file_is_one_sentence_naming_it_and_its_lines() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "date,type,name,legal_basis\n2028-02-30,LIBUR_NASIONAL,X,SKB\n2028-03-01,LIBUR,Y,SKB\n");
        assertThat(run("simulate", "v4", "--holidays", bad.toString())).isEqualTo(1);
        assertThat(err().lines()).singleElement().asString()
                .startsWith("tertib: " + bad + ": the holidays CSV has 2 problems, so none of it was read: line 2:")
                .contains("; line 3: the type \"LIBUR\"");
        Path gap = dir.resolve("gap.csv");
        Files.writeString(gap, "date,type,name,legal_basis\n2029-01-01,LIBUR_NASIONAL,Tahun Baru,SKB\n");
        assertThat(run("simulate", "v4", "--holidays", gap.toString())).isEqualTo(1);
        assertThat(err()).contains(gap + ": the holidays cover 2025 to 2029 but have nothing for 2028");
        assertThat(out()).isEmpty();
    }

    @Test
    void simulate_prints_instants_in_wib() {
        assertThat(run("simulate", "v4")).isZero();
        assertThat(out()).contains("Status: COMPLETED at 2026-03-12 14:00 WIB");
    }

    @Test
    void lang_picks_the_language_and_defaults_from_the_locale() {
        Cli indonesian = new Cli(System.out, System.err, Clock.systemUTC(), Locale.forLanguageTag("id-ID"));
        assertThat(indonesian.locale()).isEqualTo(Cli.INDONESIAN);
        assertThat(new Cli(System.out, System.err, Clock.systemUTC(), new Locale("in", "ID")).locale())
                .isEqualTo(Cli.INDONESIAN);
        assertThat(new Cli(System.out, System.err, Clock.systemUTC(), Locale.GERMANY).locale()).isEqualTo(Locale.ENGLISH);
        assertThat(run("--lang", "fr", "list")).isEqualTo(2);
        assertThat(err()).contains("--lang fr is not a language of tertib: use id (Bahasa Indonesia) or en (English)");
        assertThat(run("list", "--lang", "id")).isZero();
        assertThat(run("--lang", "en", "list")).isZero();
    }

    @Test
    void lang_after_the_command_is_taken_too() throws Exception {
        String log = openLog(10);
        assertThat(run(Locale.ENGLISH, "report", "v4", "--log", log, "--lang", "id")).isZero();
        assertThat(err()).startsWith("tertib: kasus V4/2026/001 masih terbuka");
        assertThat(run(Cli.INDONESIAN, "--lang", "en", "report", "v4", "--log", log)).isZero();
        assertThat(err()).startsWith("tertib: case V4/2026/001 is open");
    }

    @Test
    void each_kind_of_unreadable_path_has_its_own_sentence() throws Exception {
        Path adir = Files.createDirectory(dir.resolve("adir"));
        assertThat(run("show", adir.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo("tertib: " + adir + " is a directory: give a file" + System.lineSeparator());

        Path bin = dir.resolve("bin.dat");
        Files.write(bin, new byte[] {'N', 'o', 'm', 'o', 'r', (byte) 0xc3, (byte) 0x28, 0});
        assertThat(run("check", bin.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo("tertib: " + bin + " is not UTF-8 text (byte 0xc3 at offset 5): save it as UTF-8"
                + System.lineSeparator());

        Path nul = dir.resolve("nul.dat");
        Files.write(nul, new byte[] {'a', 'b', 0, 'c'});
        assertThat(run("report", "v4", "--log", nul.toString())).isEqualTo(1);
        assertThat(err()).contains(nul + " is a binary file, not text (byte 0x00 at offset 2)");

        assertThat(run("show", "/dev/null")).isEqualTo(1);
        assertThat(err()).contains("/dev/null is not a regular file (a device or a pipe): give a file");

        String missing = dir.resolve("no/such/dir/x.html").toString();
        assertThat(run("render", "v4", "--format", "html", "--out", missing)).isEqualTo(1);
        assertThat(err()).contains("cannot write " + missing + ": the directory " + dir.resolve("no/such/dir")
                + " does not exist; create it first or give another path");
        assertThat(run("render", "v4", "--format", "html", "--out", adir.toString())).isEqualTo(1);
        assertThat(err()).contains(adir + " is a directory: give the path of a file to write");

        for (String line : List.of(err())) {
            assertThat(line).doesNotContain("no such file");
        }
    }

    @Test
    void check_of_a_file_that_render_wrote_has_no_notes_about_the_writers_html() throws Exception {
        Path text = dir.resolve("v4.txt");
        assertThat(run("render", "v4", "--format", "text", "--out", text.toString())).isZero();
        assertThat(Files.readString(text)).contains("<li>");
        assertThat(run("check", text.toString())).isZero();
        assertThat(out()).doesNotContain("HTML").contains("valid SOP V. 4., 0 error(s), 0 warning(s)");
        // a file someone wrote with HTML of their own still hears about it
        Files.writeString(text, Files.readString(text).replace("<li>Paham Tupoksi</li>", "<li>Paham <b>Tupoksi</b></li>"));
        assertThat(run("check", text.toString())).isZero();
        assertThat(out()).contains("HTML_CONVERTED");
    }

    @Test
    void the_logo_option_puts_the_offices_emblem_on_the_document() throws Exception {
        Path svg = dir.resolve("logo.svg");
        Files.writeString(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        Path html = dir.resolve("v4.html");
        assertThat(run("render", "v4", "--format", "html", "--logo", svg.toString(), "--out", html.toString())).isZero();
        assertThat(Files.readString(html)).contains("<img class=\"logo\" alt=\"logo\" src=\"data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(Files.readAllBytes(svg))).doesNotContain("alert(1)");
        assertThat(run("render", "v4", "--format", "html")).isZero();
        assertThat(out()).doesNotContain("<img").contains("class=\"logo\" viewBox");

        Path notAnImage = dir.resolve("logo.txt");
        Files.writeString(notAnImage, "hello");
        assertThat(run("render", "v4", "--format", "html", "--logo", notAnImage.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo("tertib: " + notAnImage + ": the emblem is not an SVG image (it has no <svg>"
                + " element): give a PNG or SVG file" + System.lineSeparator());
        assertThat(run("render", "v4", "--format", "svg", "--logo", svg.toString())).isEqualTo(2);
        assertThat(err()).contains("--logo puts the emblem on the HTML document: use it with --format html");
    }

    @Test
    void demo_keeps_a_month_of_cases_in_h2_and_reports_them_twice() {
        String db = dir.resolve("data").toString();
        assertThat(run("demo", "--db", db)).as(err()).isZero();
        String first = out();
        assertThat(first).contains("Simulated ").contains(" cases of SOP V.4 in November 2026 (seed 20261101), kept in"
                + " the H2 database " + Path.of(db).toAbsolutePath())
                .contains("Worklist of Budi Santoso (Kepala Seksi) on 2026-11-30 16:00 WIB:")
                .contains("Overdue cases on 2026-11-30 16:00 WIB:")
                .contains("Monitoring document written to " + Path.of(db).toAbsolutePath().resolve("monitoring-v4.html"));
        assertThat(Path.of(db).resolve("monitoring-v4.html")).isRegularFile();
        assertThat(run("demo", "--db", db)).as(err()).isZero();
        assertThat(out()).startsWith("Reusing the cases already kept in the H2 database")
                .endsWith(first.substring(first.indexOf(System.lineSeparator())));
    }
}
