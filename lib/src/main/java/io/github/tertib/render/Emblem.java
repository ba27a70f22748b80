package io.github.tertib.render;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;

/**
 * An office's emblem (the logo of its government), an SVG or PNG image that the HTML document shows at
 * the head of its identity page instead of the neutral shield.
 *
 * <pre>{@code
 * Emblem emblem = Emblem.png(Files.readAllBytes(Path.of("logo-kota.png")));
 * String html = SopRenderer.standard().withEmblem(emblem).html(v4);
 * }</pre>
 *
 * <p>The image is embedded as a base64 {@code data:} address of an {@code <img>} element, never as
 * markup: an SVG's scripts and external references do not run inside an image, and no byte of it can
 * break the document. Immutable and thread-safe.
 */
public final class Emblem {

    /** The largest image accepted, in bytes: an emblem is small, and the document is one file. */
    public static final int MAX_BYTES = 1 << 20;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final String mediaType;
    private final byte[] bytes;

    private Emblem(String mediaType, byte[] bytes) {
        this.mediaType = mediaType;
        this.bytes = bytes;
    }

    /**
     * Returns the emblem of a PNG image.
     *
     * @param png the bytes of the PNG file
     * @return the emblem
     * @throws IllegalArgumentException if the bytes are empty, larger than {@value #MAX_BYTES}, or do not
     *         start with the PNG signature
     */
    public static Emblem png(byte[] png) {
        byte[] copy = checkedCopy(png, "PNG");
        if (copy.length < PNG_SIGNATURE.length || !Arrays.equals(copy, 0, PNG_SIGNATURE.length, PNG_SIGNATURE,
                0, PNG_SIGNATURE.length)) {
            throw new IllegalArgumentException("the emblem is not a PNG image (it does not start with the PNG"
                    + " signature): give a PNG or SVG file");
        }
        return new Emblem("image/png", copy);
    }

    /**
     * Returns the emblem of an SVG image.
     *
     * @param svg the bytes of the SVG file, UTF-8 text with an {@code <svg} element
     * @return the emblem
     * @throws IllegalArgumentException if the bytes are empty, larger than {@value #MAX_BYTES}, not UTF-8,
     *         or have no {@code <svg} element
     */
    public static Emblem svg(byte[] svg) {
        byte[] copy = checkedCopy(svg, "SVG");
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(copy)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the emblem is not an SVG image (it is not UTF-8 text): give a PNG"
                    + " or SVG file", e);
        }
        if (!text.contains("<svg")) {
            throw new IllegalArgumentException("the emblem is not an SVG image (it has no <svg> element): give a"
                    + " PNG or SVG file");
        }
        return new Emblem("image/svg+xml", copy);
    }

    /**
     * Returns the emblem of an image whose kind is read from its bytes: PNG by its signature, SVG
     * otherwise.
     *
     * @param image the bytes of a PNG or SVG file
     * @return the emblem
     * @throws IllegalArgumentException if the bytes are neither a PNG nor an SVG image
     */
    public static Emblem of(byte[] image) {
        Objects.requireNonNull(image, "image");
        return image.length >= PNG_SIGNATURE.length && image[0] == PNG_SIGNATURE[0] ? png(image) : svg(image);
    }

    private static byte[] checkedCopy(byte[] image, String kind) {
        Objects.requireNonNull(image, "image");
        if (image.length == 0) {
            throw new IllegalArgumentException("the emblem's " + kind + " image is empty: give the file of the"
                    + " office's logo");
        }
        if (image.length > MAX_BYTES) {
            throw new IllegalArgumentException("the emblem's " + kind + " image has " + image.length
                    + " bytes, more than " + MAX_BYTES + ": give a smaller image");
        }
        return image.clone();
    }

    /** Returns the media type: {@code image/png} or {@code image/svg+xml}. */
    public String mediaType() {
        return mediaType;
    }

    /** Returns a copy of the image's bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The {@code <img>} element of the document: base64 in a data address, so no byte is markup. */
    String imgElement() {
        return "<img class=\"logo\" alt=\"logo\" src=\"data:" + mediaType + ";base64,"
                + Base64.getEncoder().encodeToString(bytes) + "\"/>";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Emblem e && e.mediaType.equals(mediaType) && Arrays.equals(e.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return 31 * mediaType.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Emblem[" + mediaType.substring("image/".length()).toUpperCase(Locale.ROOT) + ", " + bytes.length
                + " bytes]";
    }
}
