package io.github.tertib.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tertib.text.SopText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The benchmark's texts have the size and the shape they claim, and read to a definition. */
class ImporterBenchTest {

    @ParameterizedTest
    @EnumSource(ImporterBench.Shape.class)
    void each_shape_fills_the_text_to_its_size_and_reads(ImporterBench.Shape shape) {
        String text = ImporterBench.text(shape, 20_000);
        assertThat(text.length()).isBetween(19_000, 21_000);
        String marker = switch (shape) {
            case SPACES_BEFORE_BRACKET -> "     [x";
            case UNCLOSED_COMMENTS -> "<!--<!--<!--";
            case LONG_APPROVER -> "Kata Kata Kata Pembina Tk I NIP.";
        };
        assertThat(text).contains(marker);
        assertThat(SopText.read(text).definition()).isPresent();
    }
}
