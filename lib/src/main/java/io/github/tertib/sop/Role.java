package io.github.tertib.sop;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A role of an SOP: one actor column of the flowchart, such as Kepala Seksi.
 *
 * <p>The id is a stable key for code and logs ({@code kepala-seksi}); the title is the column heading
 * as the document writes it, without white space at its ends. Two roles are equal when id and title are.
 *
 * <pre>{@code
 * Role kasi = Role.of("kepala-seksi", "Kepala Seksi");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the stable key: lower-case letters, digits and hyphens, starting with a letter
 * @param title the column heading as written
 */
public record Role(String id, String title) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /**
     * Strips white space from both ends of id and title, as the DSL strips an activity, then checks the
     * id's form and that the title is not blank. So a title typed with a trailing U+3000 is the role its
     * text form reads back.
     *
     * @param id the stable key
     * @param title the heading as written
     */
    public Role {
        id = Objects.requireNonNull(id, "id").strip();
        title = Objects.requireNonNull(title, "title").strip();
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("role id \"" + id + "\" is not valid: use lower-case letters, digits and"
                    + " hyphens, starting with a letter, such as \"kepala-seksi\"");
        }
        if (title.isBlank()) {
            throw new IllegalArgumentException("role \"" + id + "\" has a blank title: give the column heading as written");
        }
    }

    /**
     * Returns the role with the given id and title.
     *
     * @param id the stable key, such as {@code kepala-seksi}
     * @param title the column heading as written, such as {@code Kepala Seksi}
     * @return the role
     */
    public static Role of(String id, String title) {
        return new Role(id, title);
    }

    /** Returns the title followed by the id in parentheses, such as {@code Kepala Seksi (kepala-seksi)}. */
    @Override
    public String toString() {
        return title + " (" + id + ")";
    }
}
