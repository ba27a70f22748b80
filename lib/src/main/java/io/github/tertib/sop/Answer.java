package io.github.tertib.sop;

import java.util.Objects;

/**
 * The answer to a DECISION step: "Ya" or "Tidak".
 *
 * <pre>{@code
 * run = run.decide(3, Answer.NO, kasi, t4);   // V.4: back to step 2
 * Answer.parse("Tidak");                       // Answer.NO
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public enum Answer {
    /** "Ya": the decision goes to its {@code ifYes} target. */
    YES("Ya"),
    /** "Tidak": the decision goes to its {@code ifNo} target. */
    NO("Tidak");

    private final String word;

    Answer(String word) {
        this.word = word;
    }

    /** Returns the Indonesian word as the flowchart writes it: {@code "Ya"} or {@code "Tidak"}. */
    public String word() {
        return word;
    }

    /**
     * Reads an answer from its word, ignoring case: {@code "Ya"} or {@code "Tidak"}.
     *
     * @param word the word
     * @return the answer
     * @throws IllegalArgumentException if the word is neither
     */
    public static Answer parse(String word) {
        Objects.requireNonNull(word, "word");
        if (word.equalsIgnoreCase("Ya")) {
            return YES;
        }
        if (word.equalsIgnoreCase("Tidak")) {
            return NO;
        }
        throw new IllegalArgumentException("\"" + word + "\" is not an answer: write \"Ya\" or \"Tidak\"");
    }

    /** Returns the word, {@code "Ya"} or {@code "Tidak"}. */
    @Override
    public String toString() {
        return word;
    }
}
