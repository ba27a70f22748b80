package io.github.tertib.sop;

import io.github.tertib.TertibParseException;
import java.util.Locale;
import java.util.Objects;

/**
 * The pangkat and golongan/ruang of a civil servant, from I/a (Juru Muda) to IV/e (Pembina Utama).
 *
 * <pre>{@code
 * Rank.parse("Pembina Tk I");  // PEMBINA_TINGKAT_I
 * Rank.parse("IV/b");          // PEMBINA_TINGKAT_I
 * Rank.PEMBINA_TINGKAT_I.pangkat();  // "Pembina Tingkat I"
 * }</pre>
 */
public enum Rank {
    /** I/a. */
    JURU_MUDA("Juru Muda", "I/a"),
    /** I/b. */
    JURU_MUDA_TINGKAT_I("Juru Muda Tingkat I", "I/b"),
    /** I/c. */
    JURU("Juru", "I/c"),
    /** I/d. */
    JURU_TINGKAT_I("Juru Tingkat I", "I/d"),
    /** II/a. */
    PENGATUR_MUDA("Pengatur Muda", "II/a"),
    /** II/b. */
    PENGATUR_MUDA_TINGKAT_I("Pengatur Muda Tingkat I", "II/b"),
    /** II/c. */
    PENGATUR("Pengatur", "II/c"),
    /** II/d. */
    PENGATUR_TINGKAT_I("Pengatur Tingkat I", "II/d"),
    /** III/a. */
    PENATA_MUDA("Penata Muda", "III/a"),
    /** III/b. */
    PENATA_MUDA_TINGKAT_I("Penata Muda Tingkat I", "III/b"),
    /** III/c. */
    PENATA("Penata", "III/c"),
    /** III/d. */
    PENATA_TINGKAT_I("Penata Tingkat I", "III/d"),
    /** IV/a. */
    PEMBINA("Pembina", "IV/a"),
    /** IV/b. */
    PEMBINA_TINGKAT_I("Pembina Tingkat I", "IV/b"),
    /** IV/c. */
    PEMBINA_UTAMA_MUDA("Pembina Utama Muda", "IV/c"),
    /** IV/d. */
    PEMBINA_UTAMA_MADYA("Pembina Utama Madya", "IV/d"),
    /** IV/e. */
    PEMBINA_UTAMA("Pembina Utama", "IV/e");

    private final String pangkat;
    private final String golongan;

    Rank(String pangkat, String golongan) {
        this.pangkat = pangkat;
        this.golongan = golongan;
    }

    /** Returns the pangkat as the table writes it, such as {@code Pembina Tingkat I}. */
    public String pangkat() {
        return pangkat;
    }

    /** Returns the golongan/ruang, such as {@code IV/b}. */
    public String golongan() {
        return golongan;
    }

    /** Returns the printed form {@code Pembina Tingkat I, IV/b}. */
    public String display() {
        return pangkat + ", " + golongan;
    }

    /**
     * Reads a rank as documents write it: the pangkat with "Tk I", "Tk. I", "TK.I" or "Tingkat I",
     * the golongan alone ("IV/b"), or both ("Pembina, IV/a"; "Pembina Tk I (IV/b)").
     *
     * @param text the written rank
     * @return the rank
     * @throws TertibParseException if the text names no rank, or a pangkat and a golongan that disagree
     */
    public static Rank parse(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.strip().replaceAll("\\s+", " ");
        java.util.regex.Matcher g = java.util.regex.Pattern.compile("(?i)\\b(IV|III|II|I)\\s*/\\s*([a-e])\\b").matcher(s);
        Rank byGolongan = null;
        String rest = s;
        int golonganAt = 0;
        if (g.find()) {
            golonganAt = text.indexOf(g.group().strip());
            golonganAt = Math.max(golonganAt, 0);
            String gol = g.group(1).toUpperCase(Locale.ROOT) + "/" + g.group(2).toLowerCase(Locale.ROOT);
            for (Rank r : values()) {
                if (r.golongan.equals(gol)) {
                    byGolongan = r;
                }
            }
            rest = (s.substring(0, g.start()) + s.substring(g.end()));
        }
        String p = rest.toLowerCase(Locale.ROOT)
                .replaceAll("[(),]", " ")
                .replaceAll("\\btk\\.?\\s*(?=i\\b)", "tingkat ")
                .replaceAll("\\s+", " ")
                .strip();
        Rank byPangkat = null;
        if (!p.isEmpty()) {
            for (Rank r : values()) {
                if (r.pangkat.toLowerCase(Locale.ROOT).equals(p)) {
                    byPangkat = r;
                }
            }
            if (byPangkat == null) {
                throw new TertibParseException("cannot read the rank \"" + text + "\": write a pangkat such as"
                        + " \"Pembina Tingkat I\" (or \"Pembina Tk I\") or a golongan such as \"IV/b\"", text, 0);
            }
        }
        if (byPangkat != null && byGolongan != null && byPangkat != byGolongan) {
            throw new TertibParseException("the rank \"" + text + "\" names " + byPangkat.pangkat + " ("
                    + byPangkat.golongan + ") and golongan " + byGolongan.golongan + ": they disagree, correct one of them",
                    text, golonganAt);
        }
        if (byPangkat == null && byGolongan == null) {
            throw new TertibParseException("cannot read the rank \"" + text + "\": write a pangkat such as"
                    + " \"Pembina Tingkat I\" (or \"Pembina Tk I\") or a golongan such as \"IV/b\"", text, 0);
        }
        return byPangkat != null ? byPangkat : byGolongan;
    }
}
