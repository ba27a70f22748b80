package io.github.tertib;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The source texts the tests compare against, kept as the project's own test resources (byte for byte
 * as received) so that a clone of the repository alone builds and tests.
 */
public final class SourceTexts {

    /** The class-path name of the source text of SOP V.4 as received. */
    public static final String V4_RESOURCE = "/io/github/tertib/catalog/palangka-raya-sop-v4.txt";

    private SourceTexts() {
    }

    /** Returns the source text of SOP V.4 exactly as received. */
    public static String v4() {
        return resource(V4_RESOURCE);
    }

    /** Returns the UTF-8 text of a class-path resource of the tests. */
    public static String resource(String name) {
        try (InputStream in = SourceTexts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the test resource " + name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the test resource " + name, e);
        }
    }
}
