package io.github.tertib.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.tertib.sop.ProblemCode;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.testkit.SopGenerators;
import io.github.tertib.testkit.quicktheories.TertibGens;
import io.github.tertib.text.Diagnostic.Severity;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * parse(format(d)) equals d for every valid definition a document can carry
 * ({@code SopGenerators.writableDefinitions()}: custom guards are code, not text).
 */
class SopTextRoundTripProperties {

    private static final Gen<SopDefinition> DEFINITIONS = TertibGens.of(SopGenerators.writableDefinitions());
    private static final Set<String> CHECK_CODES = Arrays.stream(ProblemCode.values()).map(Enum::name)
            .collect(Collectors.toSet());

    @Test
    void reading_the_written_text_gives_the_definition_back() {
        qt().withExamples(300).forAll(DEFINITIONS).checkAssert(d -> {
            String text = SopText.format(d);
            SopTextResult r = SopText.read(text);
            assertThat(r.errors()).as("errors reading%n%s", text).isEmpty();
            assertThat(r.definition()).as("reading%n%s", text).contains(d);
        });
    }

    @Test
    void the_written_text_needs_no_correction_only_the_definitions_own_warnings() {
        qt().withExamples(150).forAll(DEFINITIONS).checkAssert(d -> {
            SopTextResult r = SopText.read(SopText.format(d));
            assertThat(r.diagnostics(Severity.WARNING)).allMatch(w -> CHECK_CODES.contains(w.code()));
            assertThat(r.diagnostics(Severity.WARNING)).hasSameSizeAs(d.warnings());
        });
    }

    @Test
    void writing_is_stable_under_a_round_trip() {
        qt().withExamples(150).forAll(DEFINITIONS).checkAssert(d -> {
            String once = SopText.format(d);
            assertThat(SopText.format(SopText.parse(once))).isEqualTo(once);
        });
    }
}
