package io.github.tertib.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.tertib.compliance.ComplianceReport;
import io.github.tertib.compliance.MonitoringReport;
import io.github.tertib.run.Actor;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.Sop;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.time.WorkCalendar;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every writer's output is valid UTF-8 and inert in its format, whatever the definition's text holds. */
class WritersOutputTest {

    static final String INIT = "%%{init: {'theme': 'dark'}}%%";
    static final Role KASI = Role.of("kasi", "Kepala \uD800 Seksi " + INIT);

    static final SopDefinition AWKWARD = Sop.define("V. 9 " + INIT + " \uDC00", "Nama # *tebal* ~x~ > kutip & \uD83D")
            .roles(KASI)
            .start(1, "Mulai " + INIT + " \uDFFF").by(KASI, "Start").takes("15 Menit")
            .end(2, "Selesai [tautan](x) | pipa").by(KASI, "Selesai")
            .build();

    static void assertStrictUtf8(String out) {
        CharsetEncoder strict = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        assertThatCode(() -> strict.encode(CharBuffer.wrap(out))).doesNotThrowAnyException();
    }

    @Test
    void every_format_of_a_definition_with_lone_surrogates_encodes_as_strict_utf8() {
        for (RenderFormat format : RenderFormat.values()) {
            assertStrictUtf8(SopRenderer.standard().render(AWKWARD, format));
        }
    }

    @Test
    void reports_with_lone_surrogates_encode_as_strict_utf8() {
        WorkCalendar calendar = WorkCalendar.continuous(ZoneId.of("Asia/Jakarta"));
        Actor budi = Actor.of("kasi-1", "Budi", KASI);
        SopInstance run = SopInstance.start(AWKWARD, "2026/\uD800", budi, Instant.parse("2026-03-02T01:00:00Z"));
        ComplianceReport report = ComplianceReport.of(run, calendar, Instant.parse("2026-03-02T02:00:00Z"));
        MonitoringReport m = MonitoringReport.of(AWKWARD, List.of(run), calendar, Instant.parse("2026-03-02T02:00:00Z"));
        for (String out : List.of(report.toTable(), report.toMarkdown(), m.toMarkdown(), m.toCsv(),
                SopRenderer.standard().html(report), SopRenderer.standard().html(m))) {
            assertStrictUtf8(out);
        }
    }

    @Test
    void a_mermaid_directive_in_the_text_never_reaches_the_chart_verbatim() {
        String mermaid = SopRenderer.standard().mermaid(AWKWARD);
        assertThat(mermaid).doesNotContain("%%{").doesNotContain("}%%");
        // the only comment is Tertib's own first line
        assertThat(mermaid.lines().filter(l -> l.strip().startsWith("%%"))).hasSize(1);
    }

    @Test
    void markdown_escapes_its_special_characters_in_cells_and_reports() {
        String md = SopRenderer.standard().markdown(AWKWARD);
        assertThat(md).contains("Nama \\# \\*tebal\\* \\~x\\~ &gt; kutip &amp;").contains("\\[tautan\\](x) \\| pipa");
        WorkCalendar calendar = WorkCalendar.continuous(ZoneId.of("Asia/Jakarta"));
        Actor budi = Actor.of("kasi-1", "Budi", KASI);
        SopInstance run = SopInstance.start(AWKWARD, "2026/1", budi, Instant.parse("2026-03-02T01:00:00Z"));
        String report = MonitoringReport.of(AWKWARD, List.of(run), calendar, Instant.parse("2026-03-02T02:00:00Z"))
                .toMarkdown();
        assertThat(report).contains("Nama \\# \\*tebal\\* \\~x\\~ > kutip &");
    }
}
