package io.github.tertib.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.tertib.testkit.SopGenerators;
import io.github.tertib.testkit.quicktheories.TertibGens;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Properties of time standards in every unit, single and ranges, over {@link SopGenerators#timeStandards()}. */
class TimeStandardProperties {

    private static final int EXAMPLES = 300;

    @Test
    void the_text_of_a_standard_reads_back_as_an_equal_standard() {
        qt().withExamples(EXAMPLES).forAll(TertibGens.of(SopGenerators.timeStandards())).checkAssert(t -> {
            TimeStandard read = TimeStandard.parse(t.text());
            assertThat(read).isEqualTo(t).hasSameHashCodeAs(t).hasToString(t.text());
        });
    }

    @Test
    void reading_ignores_case_and_surrounding_space_and_keeps_the_text_as_written() {
        qt().withExamples(EXAMPLES).forAll(TertibGens.of(SopGenerators.timeStandards())).checkAssert(t -> {
            String shouted = t.text().toUpperCase(Locale.ROOT);
            TimeStandard read = TimeStandard.parse("  " + shouted + "\t");
            assertThat(read.amount()).isEqualTo(t.amount());
            assertThat(read.maxAmount()).isEqualTo(t.maxAmount());
            assertThat(read.unit()).isEqualTo(t.unit());
            assertThat(read.text()).isEqualTo(shouted);
        });
    }

    @Test
    void the_nominal_durations_are_the_bounds_times_the_unit() {
        qt().withExamples(EXAMPLES).forAll(TertibGens.of(SopGenerators.timeStandards())).checkAssert(t -> {
            assertThat(t.amount()).isBetween(0L, t.maxAmount());
            assertThat(t.maxAmount()).isLessThanOrEqualTo(TimeStandard.MAX_AMOUNT);
            assertThat(t.minDuration()).isEqualTo(t.unit().nominal().multipliedBy(t.amount()));
            assertThat(t.duration()).isEqualTo(t.unit().nominal().multipliedBy(t.maxAmount()));
            assertThat(t.isRange()).isEqualTo(t.minDuration().compareTo(t.duration()) < 0);
            assertThat(t.isPositive()).isEqualTo(!t.duration().isZero());
        });
    }
}
