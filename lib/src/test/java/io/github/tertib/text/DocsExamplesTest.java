package io.github.tertib.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The examples of docs/text-form.md are the ones the tests read. */
class DocsExamplesTest {

    static Path docs() {
        return Path.of("").toAbsolutePath().getParent().resolve("docs");
    }

    /** The first fenced block after a heading, with "\t" turned into tabs. */
    static String block(String doc, String heading) throws IOException {
        String text = Files.readString(docs().resolve(doc), StandardCharsets.UTF_8);
        int at = text.indexOf(heading);
        assertThat(at).as(heading).isGreaterThanOrEqualTo(0);
        int open = text.indexOf("```\n", at) + 4;
        int close = text.indexOf("\n```", open);
        return text.substring(open, close).replace("\\t", "\t");
    }

    @Test
    void the_small_example_of_text_form_md_is_the_one_sop_text_test_reads() throws IOException {
        assertThat(block("text-form.md", "## A small example")).isEqualTo(SopTextTest.EXAMPLE);
    }

    @Test
    void the_v4_header_rows_of_text_form_md_are_those_of_the_source() throws IOException {
        assertThat(V4Source.text()).contains(block("text-form.md", "Two header rows, as in V.4:"));
    }

    @Test
    void every_code_of_the_reader_is_in_the_table_of_text_form_md() throws IOException {
        String text = Files.readString(docs().resolve("text-form.md"), StandardCharsets.UTF_8);
        String table = text.substring(text.indexOf("| code | severity | what |"));
        for (DiagnosticCode code : DiagnosticCode.values()) {
            if (code != DiagnosticCode.DEFINITION) {
                assertThat(table).as(code.name()).contains("`" + code.name() + "`");
            }
        }
    }
}
