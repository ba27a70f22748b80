package io.github.tertib.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tertib.SourceTexts;
import io.github.tertib.sop.Assignment;
import io.github.tertib.sop.Identity;
import io.github.tertib.sop.Nip;
import io.github.tertib.sop.Rank;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.sop.Step;
import io.github.tertib.sop.StepKind;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Checks the built-in V.4 field by field against its source text (the test resource palangka-raya-sop-v4.txt), read here with
 * just enough parsing to find each field (never by comparing the definition with a copy of itself).
 */
class PalangkaRayaV4Test {

    private static final List<String> LINES = SourceTexts.v4().lines().toList();
    private static final SopDefinition V4 = PalangkaRaya.v4();

    /** The value of the "Label<TAB>value" line with the given label. */
    private static String field(String label) {
        return LINES.stream().filter(l -> l.startsWith(label + "\t")).findFirst().orElseThrow()
                .substring(label.length() + 1).strip();
    }

    /** The non-empty lines of the paragraph that follows a heading line such as "Dasar Hukum :". */
    private static List<String> paragraph(String heading) {
        int i = LINES.indexOf(heading + " :");
        assertThat(i).as("heading %s in the source", heading).isNotNegative();
        List<String> out = new ArrayList<>();
        for (int j = i + 1; j < LINES.size(); j++) {
            String l = LINES.get(j).strip();
            if (l.isEmpty() && out.isEmpty()) {
                continue;
            }
            if (l.isEmpty()) {
                break;
            }
            out.add(l.replaceFirst("^\\d+\\.\\s*", ""));
        }
        return out;
    }

    /** Items of an "<ol> 1. a 2. b" value. */
    private static List<String> numbered(String value) {
        String plain = value.replaceAll("<[^>]*>", " ").strip();
        return Arrays.stream(plain.split("\\s*\\d+\\.\\s+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static LocalDate indonesianDate(String s) {
        String english = s.replace("Januari", "January").replace("Februari", "February").replace("Maret", "March")
                .replace("Mei", "May").replace("Juni", "June").replace("Juli", "July").replace("Agustus", "August")
                .replace("Oktober", "October").replace("Desember", "December");
        return LocalDate.parse(english, DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
    }

    @Test
    void organisation_path_is_the_heading_of_the_source() {
        Identity id = V4.identity();
        int bold = LINES.indexOf(LINES.stream().filter(l -> l.startsWith("**")).findFirst().orElseThrow());
        assertThat(id.government()).isEqualTo(LINES.get(bold).replace("**", ""));
        assertThat(id.agency()).isEqualTo(LINES.get(bold + 1) + " " + LINES.get(bold + 2).replace("**", ""));
        assertThat(id.division()).isEqualTo(LINES.get(bold + 4));
        assertThat(id.section()).isEqualTo(LINES.get(bold + 5));
    }

    @Test
    void number_name_and_dates_are_as_written() {
        Identity id = V4.identity();
        assertThat(id.number()).isEqualTo(field("Nomor SOP"));
        assertThat(id.name()).isEqualTo(field("Nama SOP"));
        assertThat(id.created()).contains(indonesianDate(field("Tanggal Pembuatan")));
        assertThat(id.effective()).contains(indonesianDate(field("Tanggal Efektif")));
        assertThat(field("Tanggal Revisi")).isEqualTo("-");
        assertThat(id.revised()).isEmpty();
    }

    @Test
    void approving_official_is_read_from_the_html_fragment() {
        String value = field("Disahkan oleh");
        Matcher p = Pattern.compile("<p[^>]*>(.*?)</p>").matcher(value);
        assertThat(p.find()).isTrue();
        String post = p.group(1).strip();
        assertThat(p.find()).isTrue();
        String block = p.group(1).strip();
        Matcher m = Pattern.compile("(.+?) (Pembina Tk I) NIP\\. ([\\d ]+)").matcher(block);
        assertThat(m.matches()).as(block).isTrue();

        var signatory = V4.identity().approvedBy().orElseThrow();
        assertThat(signatory.post()).isEqualTo(post);
        assertThat(signatory.name()).isEqualTo(m.group(1));
        assertThat(signatory.rank()).contains(Rank.parse(m.group(2))).contains(Rank.PEMBINA_TINGKAT_I);
        assertThat(signatory.nip()).contains(Nip.parse(m.group(3)));
        assertThat(signatory.nip().orElseThrow()).hasToString(m.group(3).strip());
    }

    @Test
    void paragraphs_and_lists_carry_every_item() {
        Identity id = V4.identity();
        assertThat(id.legalBases()).containsExactlyElementsOf(paragraph("Dasar Hukum")).hasSize(5);
        assertThat(id.related()).containsExactlyElementsOf(paragraph("Keterkaitan"));
        assertThat(List.of(id.warning())).containsExactlyElementsOf(paragraph("Peringatan"));
        assertThat(id.qualifications()).containsExactlyElementsOf(numbered(field("Kualifikasi Pelaksana")));
        assertThat(id.equipment()).containsExactlyElementsOf(numbered(field("Peralatan/Perlengkapan"))).hasSize(3);
        assertThat(id.records()).containsExactly(field("Pencatatan dan Pendataan"));
    }

    /** The cells of the flowchart table: the second header row and the numbered rows. */
    private static List<String[]> table() {
        int header = -1;
        for (int i = 0; i < LINES.size(); i++) {
            if (LINES.get(i).startsWith("NO\tKEGIATAN")) {
                header = i + 1;
            }
        }
        List<String[]> rows = new ArrayList<>();
        for (int i = header; i < LINES.size(); i++) {
            rows.add(LINES.get(i).split("\t", -1));
        }
        return rows;
    }

    @Test
    void roles_are_the_actor_columns_in_order() {
        String[] header = table().get(0);
        List<String> titles = Arrays.asList(header).subList(2, 7);
        assertThat(V4.roles()).extracting(Role::title).containsExactlyElementsOf(titles);
        assertThat(V4.roles()).extracting(Role::id)
                .containsExactly("pelaksana", "kepala-seksi", "kepala-bidang", "kepala-dinas", "pelaksanaan");
    }

    @Test
    void every_row_becomes_a_step_with_its_parts_time_and_note() {
        List<String[]> table = table();
        String[] header = table.get(0);
        List<String[]> rows = table.subList(1, table.size());
        assertThat(V4.steps()).hasSize(rows.size());
        for (String[] cells : rows) {
            int number = Integer.parseInt(cells[0].replace(".", ""));
            Step step = V4.step(number);
            assertThat(step.activity()).isEqualTo(cells[1]);
            List<Assignment> parts = new ArrayList<>();
            for (int c = 2; c < 7; c++) {
                if (!cells[c].isBlank()) {
                    parts.add(Assignment.of(roleTitled(header[c]), cells[c]));
                }
            }
            assertThat(step.parts()).as("parts of step %d", number).containsExactlyElementsOf(parts);
            String waktu = cells[8];
            if (waktu.equalsIgnoreCase("End")) {
                assertThat(step.kind()).isEqualTo(StepKind.END);
                assertThat(step.time()).isEmpty();
            } else {
                assertThat(step.time().orElseThrow().text()).isEqualTo(waktu);
            }
            String keterangan = cells.length > 10 ? cells[10] : "";
            assertThat(step.note().orElse("")).isEqualTo(keterangan);
            assertThat(step.standard().requirements()).isEmpty();
            assertThat(step.standard().outputs()).isEmpty();
        }
    }

    private static Role roleTitled(String title) {
        return V4.roles().stream().filter(r -> r.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void kinds_and_branches_follow_the_reading_of_the_design() {
        assertThat(V4.steps()).extracting(Step::kind).containsExactly(StepKind.START, StepKind.PROCESS,
                StepKind.DECISION, StepKind.PROCESS, StepKind.PROCESS, StepKind.PROCESS, StepKind.END);
        assertThat(V4.step(3).ifYes()).hasValue(4);
        assertThat(V4.step(3).ifNo()).hasValue(2);
        assertThat(V4.step(3).isPausable()).isTrue();
        assertThat(V4.steps().stream().filter(Step::isPausable)).hasSize(1);
        for (int n : new int[] {1, 2, 4, 5, 6}) {
            assertThat(V4.step(n).next()).hasValue(n + 1);
        }
        assertThat(V4.step(7).successors()).isEmpty();
        assertThat(V4.cancelRoles()).containsExactly(PalangkaRaya.KEPALA_DINAS);
    }

    @Test
    void nominal_standard_time_is_4360_minutes() {
        assertThat(V4.nominalStandardTime()).isEqualTo(Duration.ofMinutes(15 + 15 + 10 + 2400 + 480 + 1440));
        assertThat(V4.warnings()).isEmpty();
    }

    @Test
    void the_catalog_finds_v4_by_id() {
        assertThat(Catalog.get("v4")).isSameAs(V4);
        assertThat(Catalog.find("v5")).isEmpty();
        assertThat(Catalog.entries()).extracting(Catalog.Entry::id).containsExactly("v4");
    }
}
