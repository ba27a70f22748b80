package io.github.tertib.run;

import io.github.tertib.sop.Capacity;
import io.github.tertib.sop.Answer;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_DINAS;
import static io.github.tertib.run.V4.BUDI;
import static io.github.tertib.run.V4.SOP;
import static io.github.tertib.run.V4.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tertib.sop.Role;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class EventLogTest {

    /** The first line of the V.4 examples as version 1 of the form wrote it (no revision, no decree). */
    static final String STARTED_LINE_V1 = "started\t2026-03-02T01:00:00Z\t1\tkepala-seksi\tKepala Seksi\tkasi-1"
            + "\tBudi\tdefinitive\t\t\t\t2026/001\tV. 4.\t\t"
            + "a22b568530186b55960ee8d3fdc342dc01e1eb4d7d9dae519afc1e1290bdebaf";

    /**
     * The same line as this version writes it, as docs/event-log.md shows it: the Tanggal Revisi (none) and
     * fingerprint of V.4, no answer, an empty decree, and the digest, which covers the revision.
     */
    static final String STARTED_LINE = "started\t2026-03-02T01:00:00Z\t1\tkepala-seksi\tKepala Seksi\tkasi-1\tBudi"
            + "\tdefinitive\t\t\t\t2026/001\tV. 4.\t\t" + SOP.fingerprint() + "\t\t\t" + V4.started().lastDigest();

    /** A log of a whole V.4 case (a "Tidak" loop, a Plh., a suspension) as Tertib wrote it before version 2. */
    static String versionOneLog() throws java.io.IOException {
        try (java.io.InputStream in = EventLogTest.class.getResourceAsStream("log-version-1.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @MethodSource("io.github.tertib.run.ReplayTest#examples")
    void reads_back_exactly_what_it_wrote_for_every_example(SopInstance run) {
        String text = EventLog.format(run.events());
        assertThat(EventLog.parse(text)).isEqualTo(run.events());
        assertThat(text).startsWith(EventLog.HEADER + "\n").endsWith("\n");
        assertThat(text.lines()).hasSize(run.events().size() + 1);
    }

    @Test
    void writes_one_documented_line_per_event() {
        assertThat(EventLog.format(V4.started().events())).isEqualTo("tertib-event-log 2\n" + STARTED_LINE + "\n");
        assertThat(EventLog.formatLine(V4.started().lastEvent())).isEqualTo(STARTED_LINE);
    }

    @Test
    void keeps_the_digest_of_an_event_stable_across_versions() {
        // If this fails, stored logs no longer replay: the encoding in docs/event-log.md has changed.
        // The value was checked against an independent implementation of that encoding (Python's hashlib).
        // A started event that records no revision, as every log of version 1 has it, keeps its digest.
        Event.Started recorded = (Event.Started) V4.started().lastEvent();
        Event.Started asVersionOne = new Event.Started(recorded.instanceId(), recorded.sop(), recorded.step(),
                recorded.role(), recorded.actor(), recorded.delegation(), recorded.at(), recorded.remark(),
                Digest.ZERO);
        assertThat(Forge.resigned(List.of(asVersionOne)).get(0).digest()).isEqualTo(
                Digest.parse("a22b568530186b55960ee8d3fdc342dc01e1eb4d7d9dae519afc1e1290bdebaf"));
        assertThat(EventLog.parse(EventLog.HEADER_1 + "\n" + STARTED_LINE_V1).get(0).digest()).isEqualTo(
                Digest.parse("a22b568530186b55960ee8d3fdc342dc01e1eb4d7d9dae519afc1e1290bdebaf"));
    }

    @Test
    void reads_and_replays_a_committed_log_of_version_1() throws Exception {
        List<Event> events = EventLog.parse(versionOneLog());
        assertThat(events).hasSize(14);
        assertThat(((Event.Started) events.get(0)).revision()).isEmpty();
        SopInstance run = SopInstance.replay(SOP, events,
                Digest.parse("7c0c38e78dad8771a935e9e4f4bcbf7aee05ed68101393bb160910131e55495f"));
        assertThat(run.status()).isEqualTo(InstanceStatus.COMPLETED);
        assertThat(run.events()).isEqualTo(events);
        // written again, it is a log of version 2 that reads back to the same events and digests
        String again = EventLog.format(events);
        assertThat(again).startsWith(EventLog.HEADER + "\n");
        assertThat(EventLog.parse(again)).isEqualTo(events);
    }

    @Test
    void records_the_revision_a_case_began_on() {
        Event.Started started = (Event.Started) V4.started().lastEvent();
        assertThat(started.revision()).contains(SOP.revision());
        String line = EventLog.formatLine(started);
        assertThat(line.split("\t", -1)[14]).isEqualTo(SOP.fingerprint().toString());
        assertThat(EventLog.parse(EventLog.HEADER + "\n" + line)).containsExactly(started);
    }

    @Test
    void writes_the_example_lines_of_the_documentation() throws Exception {
        String page = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("user.dir"), "..", "docs",
                "event-log.md"));
        String block = page.substring(page.indexOf("```\ntertib-event-log 2\n") + 4);
        List<String> doc = block.substring(0, block.indexOf("```")).lines().toList();
        List<Event> events = V4.atStep3().events();
        List<Event> shown = List.of(events.get(0), events.get(1), events.get(3));
        assertThat(doc.get(0)).isEqualTo(EventLog.HEADER);
        for (int i = 0; i < shown.size(); i++) {
            String documented = doc.get(i + 1).replace('\u2192', '\t');
            assertThat(documented).endsWith("\u2026");
            assertThat(EventLog.formatLine(shown.get(i))).startsWith(documented.substring(0, documented.length() - 1));
        }
    }

    @Test
    void writes_a_plh_with_the_period_of_the_delegation() {
        String line = EventLog.formatLine(V4.atStep3().lastEvent());
        assertThat(line).startsWith("completed\t2026-03-02T01:30:00Z\t2\tkepala-dinas\tKepala Dinas\tstaf-7\tSari\tplh"
                + "\t2026-03-01T00:00:00Z\t2026-03-07T00:00:00Z\t\t\t\t\t");
    }

    @Test
    void escapes_tabs_newlines_and_backslashes_so_that_any_text_survives() {
        Role odd = Role.of("odd", "Kepala\tSeksi\\Bagian");
        String remark = "baris satu\nbaris dua\r\n\ttab \\t bukan tab \u00e9\u4e2d\ud83d\ude00";
        Event e = new Event.PartCompleted(3, odd, new Person("id\\1", "Nama\nBaru"), Optional.empty(), Instant.parse(
                "2026-03-02T01:00:00.123456789Z"), Optional.of(remark), V4.started().lastDigest());
        String line = EventLog.formatLine(e);
        assertThat(line).doesNotContain("\n").doesNotContain("\r").contains("Kepala\\tSeksi\\\\Bagian")
                .contains("baris satu\\nbaris dua\\r\\n\\ttab \\\\t bukan tab");
        assertThat(EventLog.parse(EventLog.HEADER + "\n" + line)).containsExactly(e);
    }

    @Test
    void reads_a_log_with_windows_line_ends_and_without_a_final_line_feed() {
        List<Event> events = V4.atStep3().events();
        String crlf = EventLog.format(events).replace("\n", "\r\n");
        assertThat(EventLog.parse(crlf)).isEqualTo(events);
        String noFinal = EventLog.format(events).stripTrailing();
        assertThat(EventLog.parse(noFinal)).isEqualTo(events);
    }

    @Test
    void reads_a_log_without_events() {
        assertThat(EventLog.parse(EventLog.HEADER + "\n")).isEmpty();
        assertThat(EventLog.format(List.of())).isEqualTo(EventLog.HEADER + "\n");
    }

    @Test
    void replays_what_it_reads() {
        SopInstance run = V4.completed();
        assertThat(SopInstance.replay(SOP, EventLog.parse(EventLog.format(run.events())),
                Digest.parse(run.lastDigest().toString()))).isEqualTo(run);
    }

    @Nested
    class Refuses {

        private final String good = EventLog.format(V4.atStep3().events());

        private void malformed(String text, int line, String message) {
            assertThatThrownBy(() -> EventLog.parse(text))
                    .isInstanceOfSatisfying(MalformedEventLogException.class, e -> {
                        assertThat(e.lineNumber()).isEqualTo(line);
                        assertThat(e.line()).isEqualTo(line);
                        assertThat(e.text()).isEqualTo(text);
                    })
                    .hasMessage("line " + line + " of the event log: " + message);
        }

        private String withField(int line, int field, String value) {
            String[] lines = good.split("\n");
            String[] f = lines[line - 1].split("\t", -1);
            f[field] = value;
            lines[line - 1] = String.join("\t", f);
            return String.join("\n", lines) + "\n";
        }

        @Test
        void an_empty_text() {
            malformed("", 1, "the text is empty; a log starts with the line \"tertib-event-log 2\"");
        }

        @Test
        void a_text_without_the_header() {
            malformed(STARTED_LINE + "\n", 1, "a log starts with the line \"tertib-event-log 2\", not"
                    + " \"started\t2026-03-02T01:00:00Z\t1\tkepala...\"");
        }

        @Test
        void another_version() {
            malformed("tertib-event-log 3\n", 1, "version \"3\" is not one this Tertib reads; it reads"
                    + " \"tertib-event-log 2\" and \"tertib-event-log 1\"");
        }

        @Test
        void an_empty_line() {
            malformed(good.replaceFirst("\n", "\n\n"), 2, "the line is empty; each line after the first is one event");
        }

        @Test
        void a_line_with_too_few_fields() {
            malformed(EventLog.HEADER + "\nstarted\t2026-03-02T01:00:00Z\n", 2, "expected 18 tab-separated fields"
                    + " (type, at, step, role id, role title, actor id, actor name, capacity, from, until, remark,"
                    + " case, sop, revised, fingerprint, answer, decree, digest), found 2");
            malformed(EventLog.HEADER_1 + "\nstarted\t2026-03-02T01:00:00Z\n", 2, "expected 15 tab-separated fields"
                    + " (type, at, step, role id, role title, actor id, actor name, capacity, from, until, remark,"
                    + " case, sop, answer, digest) in a log of version 1, found 2");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "0|begun|the type \"begun\" is not one of started, completed, decided, suspended, resumed, cancelled",
            "1|2026-03-02 01:00|the at field \"2026-03-02 01:00\" is not an ISO-8601 instant such as 2026-03-02T01:00:00Z",
            "2|dua|the step field \"dua\" is not a step number",
            "3|Kepala Seksi|role id \"Kepala Seksi\" is not valid: use lower-case letters, digits and hyphens, starting with a letter, such as \"kepala-seksi\"",
            "7|plx|the capacity field \"plx\" is not one of definitive, plt, plh",
            "8|2026-03-01T00:00:00Z|a definitive actor has no delegation period: leave \"from\" and \"until\" empty",
            "15|Ya|the answer field is \"Ya\": only a decided event has an answer",
            "17|abc|the digest field: a digest is written as 64 hexadecimal digits; \"abc\" has 3 characters",
            "13|2026-03-01|the revised field is \"2026-03-01\": only a started event has a Tanggal Revisi",
            "14|abc|the fingerprint field is \"abc\": only a started event has a fingerprint",
            "5|a\\x|the actor id field has a backslash not followed by \\, t, n or r; write a backslash as \\\\",
        })
        void a_bad_field(int field, String value, String message) {
            malformed(withField(3, field, value), 3, message);
        }

        @Test
        void a_start_without_its_case_id() {
            malformed(withField(2, 11, ""), 2, "the case field is empty, but it is required here");
        }

        @Test
        void a_start_with_a_bad_revision() {
            malformed(withField(2, 14, "abc"), 2, "the fingerprint field: a fingerprint is written as 64 hexadecimal"
                    + " digits; \"abc\" has 3 characters");
            malformed(withField(2, 13, "1 Maret 2026"), 2, "the revised field \"1 Maret 2026\" is not an ISO-8601"
                    + " date such as 2026-03-01");
            String noFingerprint = withField(2, 14, "");
            malformed(noFingerprint.replace("V. 4.\t\t", "V. 4.\t2026-03-01\t"), 2, "the revised field is"
                    + " \"2026-03-01\": a Tanggal Revisi needs the fingerprint of its revision");
        }

        @Test
        void a_plh_without_its_period() {
            String text = EventLog.format(V4.atStep3().events());
            String[] lines = text.split("\n");
            String[] f = lines[4].split("\t", -1);
            f[9] = "";
            lines[4] = String.join("\t", f);
            malformed(String.join("\n", lines), 5, "the until field \"\" is not an ISO-8601 instant such as"
                    + " 2026-03-02T01:00:00Z");
        }

        @Test
        void a_suspension_without_its_reason() {
            String text = EventLog.format(V4.atStep3().suspend(BUDI, t(45), "menunggu").events());
            String[] lines = text.split("\n");
            String[] f = lines[5].split("\t", -1);
            f[10] = "";
            lines[5] = String.join("\t", f);
            malformed(String.join("\n", lines), 6, "a suspended event needs its reason in the remark field");
        }

        @Test
        void a_decision_with_a_bad_answer() {
            String text = EventLog.format(V4.atStep3().decide(3, Answer.NO, BUDI, t(40)).events());
            String[] lines = text.split("\n");
            String[] f = lines[5].split("\t", -1);
            f[15] = "Mungkin";
            lines[5] = String.join("\t", f);
            malformed(String.join("\n", lines), 6, "the answer field \"Mungkin\" is not Ya or Tidak");
        }

        @Test
        void a_delegation_that_ends_before_it_begins() {
            String text = EventLog.format(V4.atStep3().events());
            String[] lines = text.split("\n");
            String[] f = lines[4].split("\t", -1);
            f[9] = "2026-02-01T00:00:00Z";
            lines[4] = String.join("\t", f);
            malformed(String.join("\n", lines), 5, "the Plh. delegation for Kepala Dinas runs from 2026-03-01T00:00:00Z"
                    + " until 2026-02-01T00:00:00Z, which is empty: until must be after from");
        }
    }

    @Test
    void prints_a_table_for_people() {
        Actor pltKasi = V4.RINA.acting(io.github.tertib.catalog.PalangkaRaya.KEPALA_SEKSI, Capacity.PLT, t(0), t(120));
        SopInstance run = V4.atStep3().decide(3, Answer.NO, BUDI, t(40), "belum\tjelas")
                .complete(2, V4.RINA, t(50)).complete(2, V4.MURNI, t(60)).suspend(pltKasi, t(65), "menunggu");
        assertThat(EventLog.table(run.events())).isEqualTo(String.join("\n",
                "#  at                    event             step  by               as                 remark",
                "1  2026-03-02T01:00:00Z  started 2026/001  1     Budi (kasi-1)    Kepala Seksi",
                "2  2026-03-02T01:10:00Z  completed         1     Budi (kasi-1)    Kepala Seksi",
                "3  2026-03-02T01:20:00Z  completed         2     Rina (kabid-1)   Kepala Bidang",
                "4  2026-03-02T01:30:00Z  completed         2     Sari (staf-7)    Plh. Kepala Dinas",
                "5  2026-03-02T01:40:00Z  decided Tidak     3     Budi (kasi-1)    Kepala Seksi       belum jelas",
                "6  2026-03-02T01:50:00Z  completed         2     Rina (kabid-1)   Kepala Bidang",
                "7  2026-03-02T02:00:00Z  completed         2     Murni (kadin-1)  Kepala Dinas",
                "8  2026-03-02T02:05:00Z  suspended         3     Rina (kabid-1)   Plt. Kepala Seksi  menunggu",
                ""));
        assertThat(KEPALA_DINAS.title()).isEqualTo("Kepala Dinas");
    }
}
