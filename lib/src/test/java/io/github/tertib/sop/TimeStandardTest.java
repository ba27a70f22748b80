package io.github.tertib.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.tertib.TertibParseException;
import io.github.tertib.sop.TimeStandard.Unit;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeStandardTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "15 Menit       | 15 | MINUTES      | 15",
        "15 mnt         | 15 | MINUTES      | 15",
        "2 Jam          | 2  | HOURS        | 120",
        "3 Hari         | 3  | DAYS         | 4320",
        "5 Hari Kerja   | 5  | WORKING_DAYS | 2400",
        "1 Minggu       | 1  | WEEKS        | 10080",
        "1 Pekan        | 1  | WEEKS        | 10080",
        "1 Bulan        | 1  | MONTHS       | 43200",
        "2400 Menit.    | 2400 | MINUTES    | 2400"})
    void reads_every_unit_and_reads_it_nominally(String text, long amount, Unit unit, long minutes) {
        TimeStandard t = TimeStandard.parse(text);
        assertThat(t.amount()).isEqualTo(amount);
        assertThat(t.maxAmount()).isEqualTo(amount);
        assertThat(t.unit()).isEqualTo(unit);
        assertThat(t.isRange()).isFalse();
        assertThat(t.duration()).isEqualTo(Duration.ofMinutes(minutes));
        assertThat(t.text()).isEqualTo(text.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"15 MENIT", "15 menit", "15 MeNiT", "  15   Menit  ", "15Menit"})
    void reads_case_and_spacing_freely_keeping_the_text_as_written(String text) {
        TimeStandard t = TimeStandard.parse(text);
        assertThat(t.unit()).isEqualTo(Unit.MINUTES);
        assertThat(t.amount()).isEqualTo(15);
        assertThat(t).hasToString(text.strip());
    }

    @Test
    void reads_hari_kerja_before_hari() {
        assertThat(TimeStandard.parse("5 HARI  KERJA").unit()).isEqualTo(Unit.WORKING_DAYS);
        assertThat(TimeStandard.parse("5 hari").unit()).isEqualTo(Unit.DAYS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"15-30 Menit", "15 - 30 Menit", "15\u201330 Menit", "15 \u2013 30 Menit", "15\u201430 Menit",
        "15 s.d. 30 Menit", "15 s.d 30 Menit", "15 s/d 30 Menit", "15 sd 30 Menit", "15 sampai 30 Menit",
        "15 sampai dengan 30 Menit", "15 S.D. 30 MENIT"})
    void reads_a_range_in_every_spelling(String text) {
        TimeStandard t = TimeStandard.parse(text);
        assertThat(t.amount()).isEqualTo(15);
        assertThat(t.maxAmount()).isEqualTo(30);
        assertThat(t.isRange()).isTrue();
        assertThat(t.minDuration()).isEqualTo(Duration.ofMinutes(15));
        assertThat(t.duration()).as("the upper bound").isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void reads_a_range_of_days_by_its_upper_bound() {
        TimeStandard t = TimeStandard.parse("1-2 Hari Kerja");
        assertThat(t.duration()).isEqualTo(Duration.ofMinutes(960));
        assertThat(t.minDuration()).isEqualTo(Duration.ofMinutes(480));
        assertThat(t.unit().isDayBased()).isTrue();
        assertThat(Unit.HOURS.isDayBased()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sebentar", "15", "Menit", "15 Detik", "lima belas menit", "1,5 Jam", "-5 Menit", "",
        "15 Menit lebih", "Menit 15"})
    void refuses_a_text_it_cannot_read_quoting_it(String text) {
        assertThatExceptionOfType(TertibParseException.class).isThrownBy(() -> TimeStandard.parse(text))
                .withMessageStartingWith("cannot read the time standard \"" + text + "\"")
                .withMessageContaining("such as \"15 Menit\"");
    }

    @Test
    void refuses_reversed_bounds_showing_the_right_order() {
        assertThatExceptionOfType(TertibParseException.class).isThrownBy(() -> TimeStandard.parse("30-15 Menit"))
                .withMessage("the time standard \"30-15 Menit\" has its bounds reversed: write the smaller amount"
                        + " first, as in \"15-30 Menit\"");
    }

    @Test
    void refuses_amounts_beyond_a_million() {
        assertThatExceptionOfType(TertibParseException.class).isThrownBy(() -> TimeStandard.parse("2000000 Menit"))
                .withMessageContaining("\"2000000 Menit\" is out of range");
        assertThat(TimeStandard.parse("1000000 Menit").amount()).isEqualTo(TimeStandard.MAX_AMOUNT);
    }

    @Test
    void makes_standards_from_a_duration_an_amount_or_a_range() {
        assertThat(TimeStandard.of(Duration.ofMinutes(90))).isEqualTo(TimeStandard.parse("90 Menit"));
        assertThat(TimeStandard.of(2, Unit.WORKING_DAYS)).hasToString("2 Hari Kerja");
        assertThat(TimeStandard.of(2, Unit.WORKING_DAYS).duration()).isEqualTo(Duration.ofMinutes(960));
        assertThat(TimeStandard.range(1, 2, Unit.WEEKS)).isEqualTo(TimeStandard.parse("1-2 Minggu"));
        assertThat(TimeStandard.range(3, 3, Unit.HOURS)).hasToString("3 Jam");
    }

    @Test
    void refuses_a_duration_that_is_negative_or_not_whole_minutes() {
        assertThatIllegalArgumentException().isThrownBy(() -> TimeStandard.of(Duration.ofMinutes(-1)))
                .withMessageContaining("PT-1M");
        assertThatIllegalArgumentException().isThrownBy(() -> TimeStandard.of(Duration.ofSeconds(90)))
                .withMessageContaining("whole, non-negative number of minutes");
        assertThatIllegalArgumentException().isThrownBy(() -> TimeStandard.range(3, 2, Unit.HOURS))
                .withMessageContaining("bounds reversed");
        assertThatIllegalArgumentException().isThrownBy(() -> TimeStandard.of(-1, Unit.HOURS))
                .withMessageContaining("out of range");
    }

    @Test
    void is_positive_when_its_upper_bound_is() {
        assertThat(TimeStandard.parse("0 Menit").isPositive()).isFalse();
        assertThat(TimeStandard.parse("0-5 Menit").isPositive()).isTrue();
    }

    @Test
    void is_equal_when_bounds_unit_and_text_are() {
        assertThat(TimeStandard.parse(" 15 Menit ")).isEqualTo(TimeStandard.of(15, Unit.MINUTES))
                .hasSameHashCodeAs(TimeStandard.of(15, Unit.MINUTES));
        assertThat(TimeStandard.parse("15 Menit")).as("the text as written counts")
                .isNotEqualTo(TimeStandard.parse("15 menit"))
                .isNotEqualTo(TimeStandard.parse("15 mnt"))
                .isNotEqualTo(TimeStandard.parse("15-16 Menit"))
                .isNotEqualTo(TimeStandard.parse("15 Jam"));
    }
}
