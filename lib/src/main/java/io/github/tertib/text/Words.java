package io.github.tertib.text;

import io.github.tertib.internal.IndonesianWords;
import io.github.tertib.sop.StepKind;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The vocabulary of the text form: symbol words, heading levels, seniority of role titles, dates,
 * role ids, the words that make a step pausable, and the word stems that match a decision to the row
 * it loops back to.
 */
final class Words {

    private Words() {
    }

    // ---------------------------------------------------------------- symbols

    private static final Set<String> START_WORDS = Set.of("start", "mulai");
    private static final Set<String> END_WORDS = Set.of("selesai", "end", "stop", "finish");
    private static final Set<String> DECISION_WORDS = Set.of("jika", "apakah");
    private static final Pattern YES_NO = Pattern.compile("(ya|tidak)(\\s*/\\s*(ya|tidak))?");

    /** The kind a symbol word in an actor cell stands for; any other word is a PROCESS. */
    static StepKind kindOf(String label) {
        String w = label.replace("**", " ").toLowerCase(Locale.ROOT).strip();
        if (w.indexOf('?') >= 0) {
            return StepKind.DECISION;
        }
        w = w.replaceAll("[.,:;!]+$", "").strip();
        String[] words = w.split("[\\s/|,]+");
        if (allIn(words, START_WORDS)) {
            return StepKind.START;
        }
        if (allIn(words, END_WORDS)) {
            return StepKind.END;
        }
        if (YES_NO.matcher(w).matches()) {
            return StepKind.DECISION;
        }
        for (String word : words) {
            if (DECISION_WORDS.contains(word)) {
                return StepKind.DECISION;
            }
        }
        return StepKind.PROCESS;
    }

    private static boolean allIn(String[] words, Set<String> set) {
        if (words.length == 0) {
            return false;
        }
        for (String w : words) {
            if (!set.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns START or END if a raw cell outside the actor columns holds nothing but a terminator word
     * (a word that slipped out of its column, as the "End" in the Waktu cell of SOP V.4's row 7).
     */
    static Optional<StepKind> slippedTerminator(String raw) {
        String w = Markup.collapse(raw.replace("**", " ")).toLowerCase(Locale.ROOT).replaceAll("[.,:;!]+$", "");
        if (w.isEmpty()) {
            return Optional.empty();
        }
        String[] words = w.split("[\\s/]+");
        if (allIn(words, START_WORDS)) {
            return Optional.of(StepKind.START);
        }
        if (allIn(words, END_WORDS)) {
            return Optional.of(StepKind.END);
        }
        return Optional.empty();
    }

    /** The kind a row's symbol words give, and whether they disagree (two different non-process kinds). */
    record Symbols(Optional<StepKind> kind, boolean mixed) {
    }

    /** Reads the kind of a row from the labels in its actor cells: START, END, DECISION, then PROCESS. */
    static Symbols kindOfLabels(List<String> labels) {
        Set<StepKind> kinds = new LinkedHashSet<>();
        for (String l : labels) {
            kinds.add(kindOf(l));
        }
        if (kinds.isEmpty()) {
            return new Symbols(Optional.empty(), false);
        }
        kinds.remove(StepKind.PROCESS);
        if (kinds.isEmpty()) {
            return new Symbols(Optional.of(StepKind.PROCESS), false);
        }
        for (StepKind k : List.of(StepKind.START, StepKind.END, StepKind.DECISION)) {
            if (kinds.contains(k)) {
                return new Symbols(Optional.of(k), kinds.size() > 1);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    // ---------------------------------------------------------------- headings

    /** The levels of the organisation path, as the heading lines give it. */
    enum Level {
        GOVERNMENT, AGENCY, DIVISION, SECTION
    }

    private static final List<Map.Entry<String, Level>> LEVEL_WORDS = List.of(
            Map.entry("sub bagian", Level.SECTION), Map.entry("subbagian", Level.SECTION),
            Map.entry("sub bidang", Level.SECTION), Map.entry("subbidang", Level.SECTION),
            Map.entry("subbag", Level.SECTION), Map.entry("subbid", Level.SECTION), Map.entry("seksi", Level.SECTION),
            Map.entry("sub direktorat", Level.DIVISION), Map.entry("subdirektorat", Level.DIVISION),
            Map.entry("bidang", Level.DIVISION), Map.entry("bagian", Level.DIVISION),
            Map.entry("pemerintah", Level.GOVERNMENT), Map.entry("kementerian", Level.GOVERNMENT),
            Map.entry("kementrian", Level.GOVERNMENT), Map.entry("lembaga", Level.GOVERNMENT),
            Map.entry("dinas", Level.AGENCY), Map.entry("badan", Level.AGENCY), Map.entry("kantor", Level.AGENCY),
            Map.entry("sekretariat", Level.AGENCY), Map.entry("inspektorat", Level.AGENCY),
            Map.entry("satuan", Level.AGENCY), Map.entry("rumah sakit", Level.AGENCY), Map.entry("rsud", Level.AGENCY),
            Map.entry("kecamatan", Level.AGENCY), Map.entry("kelurahan", Level.AGENCY),
            Map.entry("direktorat", Level.AGENCY), Map.entry("biro", Level.AGENCY), Map.entry("pusat", Level.AGENCY),
            Map.entry("uptd", Level.AGENCY), Map.entry("upt", Level.AGENCY), Map.entry("puskesmas", Level.AGENCY),
            Map.entry("balai", Level.AGENCY));

    /** The level a heading line names by its first word(s), if any. */
    static Optional<Level> levelOf(String heading) {
        String h = heading.toLowerCase(Locale.ROOT).strip();
        for (Map.Entry<String, Level> e : LEVEL_WORDS) {
            String w = e.getKey();
            if (h.startsWith(w) && (h.length() == w.length() || !Character.isLetterOrDigit(h.charAt(w.length())))) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- seniority

    private static final List<Map.Entry<String, Integer>> SENIORITY = List.of(
            Map.entry("walikota", 5), Map.entry("wali kota", 5), Map.entry("bupati", 5), Map.entry("gubernur", 5),
            Map.entry("menteri", 5), Map.entry("sekretaris daerah", 5), Map.entry("sekda", 5),
            Map.entry("kepala dinas", 4), Map.entry("kadis", 4), Map.entry("kepala badan", 4), Map.entry("kaban", 4),
            Map.entry("kepala kantor", 4), Map.entry("direktur", 4), Map.entry("camat", 4), Map.entry("inspektur", 4),
            Map.entry("kepala biro", 4), Map.entry("kepala pusat", 4), Map.entry("kepala rumah sakit", 4),
            Map.entry("kepala sub bagian", 2), Map.entry("kepala subbagian", 2), Map.entry("kepala sub bidang", 2),
            Map.entry("kepala subbidang", 2), Map.entry("kasubag", 2), Map.entry("kasubbag", 2),
            Map.entry("kasubbid", 2), Map.entry("kepala seksi", 2), Map.entry("kasi", 2), Map.entry("kasie", 2),
            Map.entry("kepala bidang", 3), Map.entry("kabid", 3), Map.entry("kepala bagian", 3), Map.entry("kabag", 3),
            Map.entry("sekretaris", 3), Map.entry("lurah", 3), Map.entry("kepala uptd", 3), Map.entry("kepala upt", 3));

    /**
     * How senior a role title is, from 1 (staff, or unknown) to 5 (head of the region): 4 for the head of
     * an agency (Kepala Dinas, Kepala Badan, Camat, ...), 3 for a division (Kepala Bidang, Kepala
     * Bagian, Sekretaris), 2 for a section (Kepala Seksi, Kepala Sub Bagian).
     */
    static int seniority(String title) {
        String t = Markup.collapse(title.toLowerCase(Locale.ROOT).replace('.', ' '));
        for (Map.Entry<String, Integer> e : SENIORITY) {
            String w = e.getKey();
            if (t.startsWith(w) && (t.length() == w.length() || !Character.isLetterOrDigit(t.charAt(w.length())))) {
                return e.getValue();
            }
        }
        return 1;
    }

    // ---------------------------------------------------------------- pausable

    private static final Pattern PAUSE = Pattern.compile(
            "(?iu)(?<![\\p{L}])((dapat|bisa|boleh)\\s+(menunggu|ditunda|dihentikan\\s+sementara)|ditunda)(?![\\p{L}])");

    /** Whether a Keterangan says a case may wait or be postponed at its step. */
    static boolean impliesPause(String note) {
        return PAUSE.matcher(note).find();
    }

    /** The phrase of a Keterangan that makes its step pausable, for the diagnostic. */
    static String pausePhrase(String note) {
        Matcher m = PAUSE.matcher(note);
        return m.find() ? m.group(1) : "";
    }

    // ---------------------------------------------------------------- ids

    /** Derives a role id from a column title: "Kepala Seksi" becomes {@code kepala-seksi}. */
    static String slug(String title) {
        String s = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 40) {
            s = s.substring(0, 40).replaceAll("-+$", "");
        }
        if (s.isEmpty()) {
            return "peran";
        }
        return Character.isDigit(s.charAt(0)) ? "peran-" + s : s;
    }

    // ---------------------------------------------------------------- dates

    private static final Map<String, Integer> MONTH_WORDS = new HashMap<>();

    static {
        String[][] variants = {
            {"januari", "jan", "january"}, {"februari", "feb", "pebruari", "february", "peb"},
            {"maret", "mar", "march"}, {"april", "apr"}, {"mei", "may"}, {"juni", "jun", "june"},
            {"juli", "jul", "july"}, {"agustus", "agu", "agt", "ags", "aug", "august", "agust"},
            {"september", "sep", "sept"}, {"oktober", "okt", "oct", "october"},
            {"november", "nov", "nop", "nopember"}, {"desember", "des", "dec", "december"}};
        for (int i = 0; i < variants.length; i++) {
            for (String v : variants[i]) {
                MONTH_WORDS.put(v, i + 1);
            }
        }
    }

    private static final Pattern WORD_DATE = Pattern.compile("(\\d{1,2})\\s+(\\p{L}+)\\.?\\s+(\\d{4})");
    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{4})");

    /**
     * Reads a date as SOPs write it: "11 September 2017" (Indonesian or English month names, or their
     * abbreviations), "11-09-2017", "11/09/2017" or ISO "2017-09-11"; a weekday before it is ignored.
     *
     * @param text the date, decoded
     * @return the date, or empty if it cannot be read
     */
    static Optional<LocalDate> date(String text) {
        String t = text.strip().replaceFirst("^\\p{L}+\\s*,\\s*", "");
        try {
            Matcher w = WORD_DATE.matcher(t);
            if (w.matches()) {
                Integer month = MONTH_WORDS.get(w.group(2).toLowerCase(Locale.ROOT));
                return month == null ? Optional.empty()
                        : Optional.of(LocalDate.of(Integer.parseInt(w.group(3)), month, Integer.parseInt(w.group(1))));
            }
            Matcher n = NUMERIC_DATE.matcher(t);
            if (n.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(n.group(3)), Integer.parseInt(n.group(2)),
                        Integer.parseInt(n.group(1))));
            }
            return Optional.of(LocalDate.parse(t));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Writes a date as "11 September 2017"; a year outside 1000–9999 in ISO form. */
    static String formatDate(LocalDate d) {
        if (d.getYear() < 1000 || d.getYear() > 9999) {
            return d.toString();
        }
        return IndonesianWords.date(d);
    }

    // ---------------------------------------------------------------- matching a decision to a row

    private static final Set<String> STOP = Set.of("dan", "atau", "yang", "di", "ke", "dari", "untuk", "dengan",
            "maka", "jika", "apabila", "bila", "kalau", "akan", "sudah", "telah", "belum", "tidak", "ya", "ini", "itu",
            "oleh", "pada", "dalam", "sebagai", "serta", "hal", "lain", "apakah", "adalah", "agar", "bahwa", "para",
            "kembali", "ulang", "lagi", "sesuai", "tersebut", "nya", "ada", "bukan", "tak", "dapat", "bisa", "harus",
            "perlu", "kepada", "terhadap", "selanjutnya", "proses", "the", "if", "not", "no", "yes");
    private static final Pattern NEGATION = Pattern.compile("(?iu)(?<![\\p{L}])(tidak|belum|bukan|tak|ditolak|kurang)"
            + "(?![\\p{L}])");

    /** The part of a decision's text that says what happens on "Tidak": after its first negation word. */
    static String negativeClause(String text) {
        Matcher m = NEGATION.matcher(text);
        return m.find() ? text.substring(m.end()) : text;
    }

    /** The stems of the content words of a text, for matching. */
    static Set<String> stems(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() < 3 || STOP.contains(w)) {
                continue;
            }
            String s = stem(w);
            if (s.length() >= 3 && !STOP.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** A light Indonesian stemmer: particles, possessives and -kan/-an/-i, then the common prefixes. */
    static String stem(String word) {
        String w = word;
        w = strip(w, "lah", "kah", "pun");
        w = strip(w, "nya", "ku", "mu");
        w = strip(w, "kan", "an", "i");
        String[][] prefixes = {{"meng", ""}, {"meny", "s"}, {"mem", ""}, {"men", ""}, {"me", ""}, {"peng", ""},
            {"peny", "s"}, {"pem", ""}, {"pen", ""}, {"per", ""}, {"pe", ""}, {"ber", ""}, {"be", ""}, {"ter", ""},
            {"di", ""}, {"ke", ""}, {"se", ""}};
        for (String[] p : prefixes) {
            if (w.startsWith(p[0]) && w.length() - p[0].length() + p[1].length() >= 4) {
                return p[1] + w.substring(p[0].length());
            }
        }
        return w;
    }

    private static String strip(String w, String... suffixes) {
        for (String s : suffixes) {
            if (w.endsWith(s) && w.length() - s.length() >= 4) {
                return w.substring(0, w.length() - s.length());
            }
        }
        return w;
    }
}
