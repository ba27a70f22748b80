package io.github.tertib.render;

import java.util.Locale;
import java.util.Objects;

/**
 * The formats {@link SopRenderer#render} writes. (The text form of an SOP is written by
 * {@code io.github.tertib.text.SopText.format}, which this package does not use.)
 *
 * <pre>{@code
 * RenderFormat f = RenderFormat.parse("svg");   // SVG
 * f.extension();                                // "svg"
 * }</pre>
 */
public enum RenderFormat {
    /** One self-contained HTML document, printable on A4 landscape. */
    HTML("html"),
    /** The flowchart table as one SVG image. */
    SVG("svg"),
    /** A Mermaid flowchart with a lane (subgraph) per role. */
    MERMAID("mmd"),
    /** The identity section and the flowchart table in Markdown. */
    MARKDOWN("md");

    private final String extension;

    RenderFormat(String extension) {
        this.extension = extension;
    }

    /** Returns the usual file extension, without the dot, such as {@code svg}. */
    public String extension() {
        return extension;
    }

    /**
     * Reads a format by name, in any case: {@code html}, {@code svg}, {@code mermaid} (or {@code mmd}),
     * {@code markdown} (or {@code md}).
     *
     * @param name the name
     * @return the format
     * @throws IllegalArgumentException naming the formats there are
     */
    public static RenderFormat parse(String name) {
        Objects.requireNonNull(name, "name");
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (RenderFormat f : values()) {
            if (f.name().toLowerCase(Locale.ROOT).equals(n) || f.extension.equals(n)) {
                return f;
            }
        }
        throw new IllegalArgumentException("there is no render format \"" + name + "\": use html, svg, mermaid or"
                + " markdown");
    }
}
