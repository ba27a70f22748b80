package io.github.tertib.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.tertib.TertibParseException;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NipTest {

    @Test
    void reads_the_printed_form_into_its_fields() {
        Nip nip = Nip.parse("19610923 199103 1 004");
        assertThat(nip.birthDate()).isEqualTo(LocalDate.of(1961, 9, 23));
        assertThat(nip.appointment()).isEqualTo(YearMonth.of(1991, 3));
        assertThat(nip.sex()).isEqualTo(Nip.Sex.MALE);
        assertThat(nip.sequence()).isEqualTo(4);
        assertThat(nip.digits()).isEqualTo("196109231991031004");
    }

    @ParameterizedTest
    @ValueSource(strings = {"196109231991031004", " 19610923 199103 1 004 ", "19610923.199103.1.004",
        "19610923  199103\t1 004"})
    void reads_it_without_spaces_or_with_dots_too(String text) {
        assertThat(Nip.parse(text)).isEqualTo(Nip.parse("19610923 199103 1 004"));
    }

    @Test
    void prints_it_8_6_1_3() {
        assertThat(Nip.parse("196109231991031004")).hasToString("19610923 199103 1 004");
    }

    @Test
    void reads_the_female_sex_digit() {
        assertThat(Nip.parse("19700101 199503 2 001").sex()).isEqualTo(Nip.Sex.FEMALE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "19610923 199103 1 00     | it must have 18 digits (found 17 characters)",
        "19610923 199103 1 0045   | it must have 18 digits (found 19 characters)",
        "19610923 19910A 1 004    | not all digits",
        "19611323 199103 1 004    | its first 8 digits 19611323 are not a real date of birth",
        "19610230 199103 1 004    | its first 8 digits 19610230 are not a real date of birth",
        "19610923 199113 1 004    | the appointment month (digits 13-14) is 13, it must be 01 to 12",
        "19610923 199100 1 004    | the appointment month (digits 13-14) is 00",
        "19610923 195003 1 004    | the appointment 1950-03 is not after the date of birth 1961-09-23",
        "19610923 196109 1 004    | the appointment 1961-09 is not after the date of birth 1961-09-23",
        "19610923 199103 3 004    | the sex digit (digit 15) is 3, it must be 1 (male) or 2 (female)",
        "19610923 199103 0 004    | the sex digit (digit 15) is 0"})
    void refuses_a_nip_that_breaks_a_rule_naming_the_rule_and_quoting_the_text(String text, String rule) {
        assertThatExceptionOfType(TertibParseException.class).isThrownBy(() -> Nip.parse(text))
                .withMessageStartingWith("NIP \"" + text + "\" is not valid: ")
                .withMessageContaining(rule);
    }

    @Test
    void is_equal_by_its_digits() {
        assertThat(Nip.parse("19610923 199103 1 004")).isEqualTo(Nip.parse("196109231991031004"))
                .hasSameHashCodeAs(Nip.parse("196109231991031004"))
                .isNotEqualTo(Nip.parse("19610923 199103 1 005"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "19610923 199100 1 004 | 13",
        "19610923 199103 3 004 | 16",
        "1961O923 199103 1 004 | 4",
        "19611323 199103 1 004 | 0"})
    void a_refusal_carries_the_text_and_the_position_at_fault(String text, int index) {
        assertThatExceptionOfType(TertibParseException.class).isThrownBy(() -> Nip.parse(text))
                .satisfies(e -> {
                    assertThat(e.text()).isEqualTo(text);
                    assertThat(e.index()).isEqualTo(index);
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.column()).isEqualTo(index + 1);
                });
    }
}
