package io.github.tertib.text;

import io.github.tertib.SourceTexts;

/** The source text of SOP V.4, the project's own test resource. */
final class V4Source {

    private V4Source() {
    }

    static String text() {
        return SourceTexts.v4();
    }
}
