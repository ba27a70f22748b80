package io.github.tertib.run;

import io.github.tertib.sop.Answer;
import static io.github.tertib.run.V4.BUDI;
import static io.github.tertib.run.V4.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tertib.TertibParseException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every event has one spelling: the log reader accepts exactly what {@link EventLog} writes and
 * refuses every other spelling of the same event with a sentence naming the line, the field and the
 * form expected.
 */
class EventLogSpellingTest {

    /** The V.4 case at step 3, then a "Tidak": line 6 is a decided event, line 5 Sari's Plh. part. */
    private final List<Event> events = V4.atStep3().decide(3, Answer.NO, BUDI, t(40)).events();
    private final String good = EventLog.format(events);

    private String withField(int line, int field, String value) {
        String[] lines = good.split("\n");
        String[] f = lines[line - 1].split("\t", -1);
        f[field] = value;
        lines[line - 1] = String.join("\t", f);
        return String.join("\n", lines) + "\n";
    }

    private static int fieldOffset(String text, int line, int field) {
        int p = 0;
        for (int i = 1; i < line; i++) {
            p = text.indexOf('\n', p) + 1;
        }
        for (int i = 0; i < field; i++) {
            p = text.indexOf('\t', p) + 1;
        }
        return p;
    }

    @ParameterizedTest(name = "line {0}, field {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "2|1|2026-03-02t01:00:00z|the at field \"2026-03-02t01:00:00z\" is not written as Instant.toString() writes it"
            + " (UTC, upper-case T and Z, no offset, fractions of a second only when there are any): expected"
            + " \"2026-03-02T01:00:00Z\"",
        "2|1|2026-03-02T08:00:00+07:00|the at field \"2026-03-02T08:00:00+07:00\" is not written as Instant.toString()"
            + " writes it (UTC, upper-case T and Z, no offset, fractions of a second only when there are any): expected"
            + " \"2026-03-02T01:00:00Z\"",
        "2|1|2026-03-02T01:00:00.000000000Z|the at field \"2026-03-02T01:00:00.000000000Z\" is not written as"
            + " Instant.toString() writes it (UTC, upper-case T and Z, no offset, fractions of a second only when there"
            + " are any): expected \"2026-03-02T01:00:00Z\"",
        "5|8|2026-03-01T00:00:00.000Z|the from field \"2026-03-01T00:00:00.000Z\" is not written as Instant.toString()"
            + " writes it (UTC, upper-case T and Z, no offset, fractions of a second only when there are any): expected"
            + " \"2026-03-01T00:00:00Z\"",
        "5|9|2026-03-07T07:00:00+07:00|the until field \"2026-03-07T07:00:00+07:00\" is not written as"
            + " Instant.toString() writes it (UTC, upper-case T and Z, no offset, fractions of a second only when there"
            + " are any): expected \"2026-03-07T00:00:00Z\"",
        "3|2|+0001|the step field \"+0001\" is not written as Tertib writes a step number (ASCII digits, no sign, no"
            + " leading zeros): expected \"1\"",
        "3|2|01|the step field \"01\" is not written as Tertib writes a step number (ASCII digits, no sign, no leading"
            + " zeros): expected \"1\"",
        "3|2|\u0661|the step field \"\u0661\" is not written as Tertib writes a step number (ASCII digits, no sign, no"
            + " leading zeros): expected \"1\"",
        "3|2|0|the step field \"0\" is not a step number: step numbers are positive",
        "3|2|99999999999|the step field \"99999999999\" is not a step number",
        "6|15|TIDAK|the answer field \"TIDAK\" is not written as Tertib writes an answer: expected \"Tidak\"",
        "6|15|tidak|the answer field \"tidak\" is not written as Tertib writes an answer: expected \"Tidak\"",
        "2|7|Definitive|the capacity field \"Definitive\" is not one of definitive, plt, plh",
        "2|0|Started|the type \"Started\" is not one of started, completed, decided, suspended, resumed, cancelled",
    })
    void refuses_every_other_spelling_of_a_field(int line, int field, String value, String message) {
        String text = withField(line, field, value);
        assertThatThrownBy(() -> EventLog.parse(text))
                .isInstanceOfSatisfying(MalformedEventLogException.class, e -> {
                    assertThat(e.lineNumber()).isEqualTo(line);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.index()).isEqualTo(fieldOffset(text, line, field));
                })
                .hasMessage("line " + line + " of the event log: " + message);
    }

    @Test
    void refuses_an_upper_case_digest() {
        String[] f = good.split("\n")[2].split("\t", -1);
        String upper = f[17].toUpperCase(java.util.Locale.ROOT);
        assertThatThrownBy(() -> EventLog.parse(withField(3, 17, upper)))
                .isInstanceOf(TertibParseException.class)
                .hasMessage("line 3 of the event log: the digest field \"" + upper.substring(0, 37) + "...\" is not"
                        + " written as Tertib writes a digest: expected 64 lower-case hexadecimal digits, \""
                        + f[17].substring(0, 37) + "...\"");
    }

    @Test
    void refuses_a_carriage_return_inside_a_field_that_tertib_would_escape() {
        assertThatThrownBy(() -> EventLog.parse(withField(2, 6, "Bu\rdi")))
                .isInstanceOf(MalformedEventLogException.class)
                .hasMessage("line 2 of the event log: the actor name field \"Bu\rdi\" is not written as Tertib writes"
                        + " it: expected \"Bu\\rdi\"");
    }

    @Test
    void refuses_an_instant_outside_the_accepted_range() {
        assertThatThrownBy(() -> EventLog.parse(withField(2, 1, "+10000-01-01T00:00:00Z")))
                .isInstanceOf(MalformedEventLogException.class)
                .hasMessage("line 2 of the event log: the at field \"+10000-01-01T00:00:00Z\" is outside the range"
                        + " Tertib accepts, 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z");
    }

    @Test
    void reads_exactly_the_spelling_it_writes() {
        assertThat(EventLog.parse(good)).isEqualTo(events);
        for (Event e : events) {
            assertThat(EventLog.parseLine(EventLog.formatLine(e))).isEqualTo(e);
        }
    }

    @Test
    void reads_one_line_for_a_host_that_stores_a_row_per_event() {
        Event sari = events.get(3);
        String row = EventLog.formatLine(sari);
        assertThat(EventLog.parseLine(row)).isEqualTo(sari);
        assertThat(EventLog.parseLine(row).signedAs()).isEqualTo("Plh. Kepala Dinas");
        String moved = row.replace("2026-03-02T01:30:00Z", "2026-03-02T01:30:00.0Z");
        assertThatThrownBy(() -> EventLog.parseLine(moved))
                .isInstanceOfSatisfying(MalformedEventLogException.class, e -> {
                    assertThat(e.lineNumber()).isEqualTo(1);
                    assertThat(e.index()).isEqualTo(row.indexOf('\t') + 1);
                    assertThat(e.text()).isEqualTo(moved);
                })
                .hasMessageStartingWith("the event line: the at field \"2026-03-02T01:30:00.0Z\" is not written as"
                        + " Instant.toString() writes it");
    }

    @Test
    void reads_logs_and_rows_that_version_1_wrote() {
        String v1 = "tertib-event-log 1\n" + EventLogTest.STARTED_LINE_V1 + "\n";
        List<Event> read = EventLog.parse(v1);
        // version 1 recorded no revision: the same start, without it, and with the digest version 1 pinned
        Event.Started now = (Event.Started) V4.started().lastEvent();
        Event.Started then = new Event.Started(now.instanceId(), now.sop(), now.step(), now.role(), now.actor(),
                now.delegation(), now.decree(), now.at(), now.remark(),
                Digest.parse("a22b568530186b55960ee8d3fdc342dc01e1eb4d7d9dae519afc1e1290bdebaf"));
        assertThat(read).containsExactly(then);
        assertThat(EventLog.parseLine(EventLogTest.STARTED_LINE_V1, 1)).isEqualTo(then);
        // a version 1 line has 15 fields; read as the current version it is refused
        assertThatThrownBy(() -> EventLog.parseLine(EventLogTest.STARTED_LINE_V1))
                .isInstanceOf(MalformedEventLogException.class)
                .hasMessageContaining("expected 18 tab-separated fields");
        assertThatThrownBy(() -> EventLog.parseLine(EventLogTest.STARTED_LINE, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("version 3 of the event log is not one this Tertib reads: give 1 or 2");
    }

    @Test
    void digest_parse_names_the_text_and_the_position() {
        assertThatThrownBy(() -> Digest.parse("abc"))
                .isInstanceOfSatisfying(TertibParseException.class, e -> {
                    assertThat(e.text()).isEqualTo("abc");
                    assertThat(e.index()).isEqualTo(3);
                })
                .hasMessage("a digest is written as 64 hexadecimal digits; \"abc\" has 3 characters");
        assertThatThrownBy(() -> Digest.parse("\uff10".repeat(64)))
                .isInstanceOf(TertibParseException.class)
                .hasMessageContaining("has '\uff10' at position 1");
    }
}
