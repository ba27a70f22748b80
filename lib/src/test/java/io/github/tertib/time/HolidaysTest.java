package io.github.tertib.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tertib.SourceTexts;
import io.github.tertib.TertibException;
import io.github.tertib.TertibParseException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HolidaysTest {

    static final String HEADER = "date,type,name,legal_basis\n";

    @Test
    void the_indonesian_data_has_every_line_of_the_domain_file_with_its_legal_basis() {
        Holidays id = Holidays.indonesia();
        // 2025: 17 libur nasional + 11 cuti bersama; 2026: 17 + 8
        assertThat(id.all()).hasSize(53);
        assertThat(id.all()).filteredOn(h -> h.date().getYear() == 2025 && h.type() == HolidayType.CUTI_BERSAMA).hasSize(11);
        assertThat(id.all()).filteredOn(h -> h.date().getYear() == 2026 && h.type() == HolidayType.LIBUR_NASIONAL).hasSize(17);
        assertThat(id.firstYear()).contains(Year.of(2025));
        assertThat(id.lastYear()).contains(Year.of(2026));
        assertThat(id.on(LocalDate.of(2025, 8, 18))).singleElement().satisfies(h -> {
            assertThat(h.type()).isEqualTo(HolidayType.CUTI_BERSAMA);
            assertThat(h.legalBasis()).isEqualTo("SKB 933/2025 1/2025 3/2025 (amends SKB 1017/2024 2/2024 2/2024)");
        });
        // the resource is the domain file byte for byte; writing the parsed data back gives it again
        assertThat(id.toCsv()).isEqualTo(SourceTexts.resource("/io/github/tertib/time/holidays-id.csv"));
    }

    @Test
    void csv_round_trips_including_quoted_commas_and_quotes() {
        Holidays h = Holidays.of(
                new Holiday(LocalDate.of(2026, 7, 17), HolidayType.LOCAL, "Hari Jadi, \"Kota\"", "Perda 1/2026, pasal 3"),
                new Holiday(LocalDate.of(2026, 1, 1), HolidayType.LIBUR_NASIONAL, "Tahun Baru", "SKB 1497/2025"));
        assertThat(h.toCsv()).isEqualTo(HEADER
                + "2026-01-01,LIBUR_NASIONAL,Tahun Baru,SKB 1497/2025\n"
                + "2026-07-17,LOCAL,\"Hari Jadi, \"\"Kota\"\"\",\"Perda 1/2026, pasal 3\"\n");
        assertThat(Holidays.parseCsv(h.toCsv())).isEqualTo(h);
    }

    @Test
    void the_legal_basis_may_contain_unquoted_commas_and_blank_and_comment_lines_are_skipped() {
        Holidays h = Holidays.parseCsv("\uFEFF# local days off\r\n" + HEADER
                + "\n"
                + "2026-07-17, LOCAL , Hari Jadi , Keputusan Wali Kota No. 5, tanggal 2 Januari 2026\r\n");
        assertThat(h.on(LocalDate.of(2026, 7, 17))).singleElement().satisfies(x -> {
            assertThat(x.name()).isEqualTo("Hari Jadi");
            assertThat(x.legalBasis()).isEqualTo("Keputusan Wali Kota No. 5, tanggal 2 Januari 2026");
        });
    }

    @Test
    void reads_from_a_reader() {
        Holidays h = Holidays.parseCsv(new StringReader(HEADER + "2026-07-17,local,Hari Jadi,Perda 1/2026\n"));
        assertThat(h.on(LocalDate.of(2026, 7, 17)).get(0).type()).isEqualTo(HolidayType.LOCAL);
    }

    @Test
    void refuses_malformed_lines_listing_each_with_its_line_number() {
        String csv = HEADER
                + "2026-02-30,LIBUR_NASIONAL,Bad date,SKB\n"   // line 2
                + "2026-03-01,LIBUR,Bad type,SKB\n"             // line 3
                + "2026-03-02,LOCAL,Two fields only\n"          // line 4
                + "2026-03-03,LOCAL,\"unclosed,SKB\n"           // line 5
                + "2026-03-04,LOCAL,Fine,SKB 1\n"               // line 6
                + "2026-03-05,LOCAL,No basis,\n";               // line 7
        assertThatThrownBy(() -> Holidays.parseCsv(csv))
                .isInstanceOfSatisfying(TertibParseException.class, e -> {
                    assertThat(e.text()).isEqualTo(csv);
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(1);
                })
                .hasMessage("the holidays CSV has 5 problems, so none of it was read:\n"
                        + "  line 2: the date \"2026-02-30\" is not a valid date: write it as YYYY-MM-DD, such as 2026-03-20\n"
                        + "  line 3: the type \"LIBUR\" is not one of LIBUR_NASIONAL, CUTI_BERSAMA, LOCAL\n"
                        + "  line 4: it has 3 fields but needs 4: date,type,name,legal_basis (quote a name that contains"
                        + " a comma)\n"
                        + "  line 5: a quoted field is not closed: end it with a \" (a quote inside a field is written \"\")\n"
                        + "  line 7: the holiday \"No basis\" on 2026-03-05 has a blank legal basis: give the decree that"
                        + " sets it, such as \"SKB 1497/2025 2/2025 5/2025\"");
    }

    @Test
    void refuses_a_missing_or_wrong_header() {
        assertThatThrownBy(() -> Holidays.parseCsv("2026-01-01,LOCAL,X,Y\n"))
                .isInstanceOfSatisfying(TertibParseException.class, e -> assertThat(e.line()).isEqualTo(1))
                .hasMessageContaining("line 1: the header is \"2026-01-01,LOCAL,X,Y\"; the first line must be"
                        + " \"date,type,name,legal_basis\"");
        assertThatThrownBy(() -> Holidays.parseCsv(""))
                .isInstanceOf(TertibParseException.class).hasMessageContaining("the text is empty");
    }

    @Test
    void merge_lets_the_later_set_win_on_every_date_it_lists() {
        LocalDate moved = LocalDate.of(2026, 12, 24);
        Holidays amendment = Holidays.parseCsv(HEADER
                + "2026-12-24,LIBUR_NASIONAL,Something else,SKB amendment\n"
                + "2026-12-31,CUTI_BERSAMA,Cuti bersama Tahun Baru,SKB amendment\n");
        Holidays merged = Holidays.indonesia().merge(amendment);
        assertThat(merged.on(moved)).singleElement().extracting(Holiday::legalBasis).isEqualTo("SKB amendment");
        assertThat(merged.on(LocalDate.of(2026, 12, 31))).hasSize(1);
        assertThat(merged.all()).hasSize(54);
        // the amendment alone changes nothing else, and merging the other way round keeps the original
        assertThat(amendment.merge(Holidays.indonesia()).on(moved).get(0).legalBasis())
                .isEqualTo("SKB 1497/2025 2/2025 5/2025");
    }

    @Test
    void a_moved_day_off_is_removed_with_without() {
        LocalDate date = LocalDate.of(2026, 12, 24);
        Holidays h = Holidays.indonesia().without(date);
        assertThat(h.on(date)).isEmpty();
        assertThat(h.all()).hasSize(52);
        assertThat(h.lastYear()).contains(Year.of(2026));
        assertThat(h.without(date)).isSameAs(h);
        // and the calendar follows: Thursday 24 December 2026 works
        WorkCalendar cal = WorkCalendar.asn(WorkCalendarTest.WIB).withHolidays(h);
        assertThat(cal.isWorkingTime(WorkCalendarTest.wib("2026-12-24T09:00"))).isTrue();
    }

    @Test
    void several_holidays_may_share_a_date() {
        LocalDate d = LocalDate.of(2026, 5, 31);
        Holidays h = Holidays.of(new Holiday(d, HolidayType.LIBUR_NASIONAL, "A", "SKB"),
                new Holiday(d, HolidayType.LOCAL, "B", "Perda"));
        assertThat(h.on(d)).extracting(Holiday::name).containsExactly("A", "B");
    }

    @Test
    void refuses_a_set_that_skips_a_year() {
        Holidays later = Holidays.of(new Holiday(LocalDate.of(2028, 1, 1), HolidayType.LIBUR_NASIONAL, "Tahun Baru",
                "SKB"));
        assertThatThrownBy(() -> Holidays.indonesia().merge(later))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the holidays cover 2025 to 2028 but have nothing for 2027: add the holidays of"
                        + " 2027");
    }

    @Test
    void the_empty_set_covers_nothing() {
        assertThat(Holidays.none().isEmpty()).isTrue();
        assertThat(Holidays.none().firstYear()).isEqualTo(Optional.empty());
        assertThat(Holidays.none().covers(LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(Holidays.of()).isEqualTo(Holidays.none());
        assertThat(Holidays.none()).hasToString("Holidays[none]");
        assertThat(Holidays.indonesia()).hasToString("Holidays[53 dates, 2025-2026]");
        assertThat(Holidays.indonesia().covers(LocalDate.of(2025, 1, 1))).isTrue();
        assertThat(Holidays.indonesia().covers(LocalDate.of(2027, 1, 1))).isFalse();
    }

    @Test
    void a_holiday_needs_a_name_and_a_legal_basis() {
        assertThatThrownBy(() -> new Holiday(LocalDate.of(2026, 1, 1), HolidayType.LOCAL, " ", "SKB"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the holiday on 2026-01-01 has a blank name: give its name, such as \"Idul Fitri 1447"
                        + " Hijriah\"");
        assertThatThrownBy(() -> new Holiday(null, HolidayType.LOCAL, "X", "SKB"))
                .isInstanceOf(NullPointerException.class).hasMessage("date");
        assertThat(new Holiday(LocalDate.of(2026, 1, 1), HolidayType.LOCAL, " X ", " SKB ").name()).isEqualTo("X");
    }
}
