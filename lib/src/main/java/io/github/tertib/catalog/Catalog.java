package io.github.tertib.catalog;

import io.github.tertib.sop.SopDefinition;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The built-in SOPs by id, for tools that name them on a command line or in configuration.
 *
 * <pre>{@code
 * SopDefinition v4 = Catalog.get("v4");
 * Catalog.ids();   // {v4=...}
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Catalog {

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    static {
        add("v4", "Kota Palangka Raya, Dinas Kominfo, Statistik dan Persandian", PalangkaRaya::v4);
    }

    /**
     * A built-in SOP: its id, the office it comes from, and its definition.
     *
     * @param id the id, such as {@code v4}
     * @param office the office that issued it
     * @param definition supplies the definition
     */
    public record Entry(String id, String office, Supplier<SopDefinition> definition) {

        /**
         * Checks that nothing is null.
         *
         * @param id the id
         * @param office the office
         * @param definition supplies the definition
         */
        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(definition, "definition");
        }
    }

    private Catalog() {
    }

    private static void add(String id, String office, Supplier<SopDefinition> definition) {
        ENTRIES.put(id, new Entry(id, office, definition));
    }

    /** Returns every built-in SOP, in a stable order. */
    public static java.util.List<Entry> entries() {
        return java.util.List.copyOf(ENTRIES.values());
    }

    /**
     * Returns the built-in SOP with the given id, if there is one.
     *
     * @param id the id, such as {@code v4}
     * @return the definition
     */
    public static Optional<SopDefinition> find(String id) {
        Objects.requireNonNull(id, "id");
        Entry e = ENTRIES.get(id);
        return e == null ? Optional.empty() : Optional.of(e.definition().get());
    }

    /**
     * Returns the built-in SOP with the given id.
     *
     * @param id the id, such as {@code v4}
     * @return the definition
     * @throws IllegalArgumentException if there is none; the message lists the ids there are
     */
    public static SopDefinition get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("there is no built-in SOP \"" + id
                + "\": the built-in ids are " + ENTRIES.keySet()));
    }
}
