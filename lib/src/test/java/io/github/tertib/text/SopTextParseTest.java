package io.github.tertib.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.tertib.TertibParseException;
import io.github.tertib.catalog.PalangkaRaya;
import org.junit.jupiter.api.Test;

/** {@code parse} throws a parse exception carrying the text and where the first error is; {@code read} never throws. */
class SopTextParseTest {

    @Test
    void parse_of_a_valid_text_gives_the_definition() {
        assertThat(SopText.parse(SopText.format(PalangkaRaya.v4()))).isEqualTo(PalangkaRaya.v4());
    }

    @Test
    void parse_of_a_text_with_errors_throws_with_the_text_and_the_first_errors_position() {
        String text = SopText.format(PalangkaRaya.v4()).replace("\tSelesai\t", "\tProses\t");
        SopTextResult lenient = SopText.read(text);
        assertThat(lenient.hasErrors()).isTrue();
        Diagnostic first = lenient.errors().get(0);

        SopTextException e = catchThrowableOfType(() -> SopText.parse(text), SopTextException.class);
        assertThat(e).isInstanceOf(TertibParseException.class);
        assertThat(e.text()).isEqualTo(text);
        assertThat(e.line()).isEqualTo(first.line());
        assertThat(e.column()).isEqualTo(first.column());
        assertThat(e.diagnostics()).isEqualTo(lenient.diagnostics());
        if (first.line() > 0) {
            String line = text.split("\n", -1)[first.line() - 1];
            int start = text.indexOf(line);
            assertThat(e.index()).isEqualTo(start + Math.max(0, first.column() - 1));
        }
    }
}
