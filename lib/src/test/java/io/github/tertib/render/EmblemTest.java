package io.github.tertib.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tertib.catalog.PalangkaRaya;
import io.github.tertib.sop.SopDefinition;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class EmblemTest {

    private static final SopDefinition V4 = PalangkaRaya.v4();
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H'};
    private static final String HOSTILE_SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script>"
            + "<text>\"&amp; </img><b></text></svg>";

    @Test
    void the_neutral_shield_stays_the_default() {
        assertThat(SopRenderer.standard().emblem()).isEmpty();
        String html = SopRenderer.standard().html(V4);
        assertThat(html).contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"logo\"").doesNotContain("<img");
    }

    @Test
    void a_png_emblem_replaces_the_shield_as_a_data_address() {
        Emblem emblem = Emblem.png(PNG);
        String html = SopRenderer.standard().withEmblem(emblem).html(V4);
        assertThat(html).contains("<img class=\"logo\" alt=\"logo\" src=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(PNG) + "\"/>")
                .doesNotContain("class=\"logo\" viewBox");
        assertThat(Structure.parse(html)).isNotNull();
        assertThat(emblem).hasToString("Emblem[PNG, 14 bytes]");
    }

    @Test
    void an_svg_emblem_is_encoded_so_none_of_its_markup_reaches_the_document() {
        byte[] svg = HOSTILE_SVG.getBytes(StandardCharsets.UTF_8);
        String html = SopRenderer.standard().withEmblem(Emblem.of(svg)).html(V4);
        assertThat(html).contains("src=\"data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg) + "\"")
                .doesNotContain("<script").doesNotContain("alert(1)");
        assertThat(Structure.parse(html)).isNotNull();
    }

    @Test
    void the_emblem_is_kept_by_the_other_settings_and_leaves_other_formats_alone() {
        SopRenderer r = SopRenderer.standard().withEmblem(Emblem.png(PNG)).withRowsPerPage(5);
        assertThat(r.emblem()).contains(Emblem.png(PNG));
        assertThat(r.svg(V4)).isEqualTo(SopRenderer.standard().withRowsPerPage(5).svg(V4));
    }

    @Test
    void refuses_what_is_not_a_png_or_svg_image() {
        assertThatThrownBy(() -> Emblem.png("<svg/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the emblem is not a PNG image (it does not start with the PNG signature): give a PNG or"
                        + " SVG file");
        assertThatThrownBy(() -> Emblem.of(new byte[] {(byte) 0xff, (byte) 0xfe, 'x'}))
                .hasMessage("the emblem is not an SVG image (it is not UTF-8 text): give a PNG or SVG file");
        assertThatThrownBy(() -> Emblem.svg("hello".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("the emblem is not an SVG image (it has no <svg> element): give a PNG or SVG file");
        assertThatThrownBy(() -> Emblem.of(new byte[0]))
                .hasMessage("the emblem's SVG image is empty: give the file of the office's logo");
        assertThatThrownBy(() -> Emblem.png(new byte[Emblem.MAX_BYTES + 1]))
                .hasMessage("the emblem's PNG image has 1048577 bytes, more than 1048576: give a smaller image");
    }

    @Test
    void the_bytes_are_copied_in_and_out() {
        byte[] png = PNG.clone();
        Emblem e = Emblem.png(png);
        png[9] = 99;
        e.bytes()[9] = 98;
        assertThat(e.bytes()).isEqualTo(PNG);
        assertThat(e).isEqualTo(Emblem.png(PNG)).hasSameHashCodeAs(Emblem.png(PNG))
                .isNotEqualTo(Emblem.svg("<svg/>".getBytes(StandardCharsets.UTF_8)));
    }
}
