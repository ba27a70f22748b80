package io.github.tertib.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences Tertib says to people, in Bahasa Indonesia and English: templates from the bundles
 * {@code messages_id.properties} and {@code messages_en.properties} (UTF-8) beside this class, with
 * named placeholders ({@code {actor}}), and instants as people in an office read them
 * ({@code 2 Maret 2026 pukul 09.00 WIB}).
 *
 * <p>The bundles are read with {@link Class#getResourceAsStream} rather than {@code ResourceBundle}, so
 * that they are found the same way on the class path and inside the module, and so that a placeholder
 * is a name rather than a {@code MessageFormat} index (whose apostrophe rules would garble English).
 * Stateless after loading; thread-safe.
 */
public final class Messages {

    /** The zone a sentence uses when the caller names none: western Indonesia (WIB), where most offices are. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)\\}");
    private static final Map<String, String> ID = load("messages_id.properties");
    private static final Map<String, String> EN = load("messages_en.properties");

    private static final Set<String> WIB = Set.of("Asia/Jakarta", "Asia/Pontianak");
    private static final Set<String> WITA = Set.of("Asia/Makassar", "Asia/Ujung_Pandang");
    private static final Set<String> WIT = Set.of("Asia/Jayapura");

    private Messages() {
    }

    /** The two languages Tertib speaks. */
    public enum Language {
        /** Bahasa Indonesia. */
        ID,
        /** English. */
        EN;

        /**
         * Returns the language for a locale: Indonesian for {@code id} (and its old code {@code in}),
         * English for every other.
         *
         * @param locale the locale
         * @return the language
         */
        public static Language of(Locale locale) {
            Objects.requireNonNull(locale, "locale");
            String lang = locale.getLanguage();
            return lang.equals("id") || lang.equals("in") ? ID : EN;
        }
    }

    /**
     * Returns the template of a key in a language, with its placeholders filled from {@code args}
     * (name, value, name, value, ...).
     *
     * @param locale the language
     * @param key the key of the template
     * @param args pairs of placeholder name and value
     * @return the sentence
     * @throws IllegalArgumentException if the key is missing or a placeholder has no value
     */
    public static String format(Locale locale, String key, Object... args) {
        String template = template(Language.of(locale), key);
        Map<String, Object> values = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            values.put((String) args[i], args[i + 1]);
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            Object v = values.get(m.group(1));
            if (v == null) {
                throw new IllegalArgumentException("message " + key + " needs a value for {" + m.group(1) + "}");
            }
            m.appendReplacement(b, Matcher.quoteReplacement(String.valueOf(v)));
        }
        return m.appendTail(b).toString();
    }

    /**
     * Returns the raw template of a key.
     *
     * @param language the language
     * @param key the key
     * @return the template
     */
    public static String template(Language language, String key) {
        String t = (language == Language.ID ? ID : EN).get(key);
        if (t == null) {
            throw new IllegalArgumentException("no message " + key + " in the " + language + " bundle");
        }
        return t;
    }

    /**
     * Returns every key and template of a language's bundle, sorted by key.
     *
     * @param language the language
     * @return the bundle, unmodifiable
     */
    public static Map<String, String> bundle(Language language) {
        return language == Language.ID ? ID : EN;
    }

    /**
     * Returns the names of the placeholders of a template, such as {@code [actor, step]}.
     *
     * @param template the template
     * @return the names, sorted
     */
    public static Set<String> placeholders(String template) {
        Set<String> names = new java.util.TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /**
     * Returns an instant as people in an office read it: {@code 2 Maret 2026 pukul 09.00 WIB} or
     * {@code 2 March 2026 at 09:00 WIB}. The zone is named WIB, WITA or WIT where it is one of
     * Indonesia's three, and by its offset from UTC otherwise ({@code UTC+08:00}).
     *
     * @param at the instant
     * @param zone the office's zone
     * @param locale the language
     * @return the date, the time and the zone
     */
    public static String dateTime(Instant at, ZoneId zone, Locale locale) {
        ZonedDateTime z = at.atZone(zone);
        String hh = two(z.getHour());
        String mm = two(z.getMinute());
        String name = zoneName(zone, z.getOffset());
        return switch (Language.of(locale)) {
            case ID -> IndonesianWords.date(z.toLocalDate()) + " pukul " + hh + "." + mm + " " + name;
            case EN -> z.getDayOfMonth() + " " + Month.of(z.getMonthValue()).getDisplayName(TextStyle.FULL,
                    Locale.ENGLISH) + " " + z.getYear() + " at " + hh + ":" + mm + " " + name;
        };
    }

    /**
     * Returns a date as a sentence writes it: {@code 2 Maret 2026} or {@code 2 March 2026}.
     *
     * @param date the date
     * @param locale the language
     * @return the date
     */
    public static String date(java.time.LocalDate date, Locale locale) {
        return switch (Language.of(locale)) {
            case ID -> IndonesianWords.date(date);
            case EN -> date.getDayOfMonth() + " " + Month.of(date.getMonthValue()).getDisplayName(TextStyle.FULL,
                    Locale.ENGLISH) + " " + date.getYear();
        };
    }

    /**
     * Returns the Indonesian name of a zone (WIB, WITA, WIT), or {@code UTC} and its offset.
     *
     * @param zone the zone
     * @param offset the offset at the instant shown
     * @return the name
     */
    public static String zoneName(ZoneId zone, ZoneOffset offset) {
        String id = zone.getId();
        if (WIB.contains(id)) {
            return "WIB";
        }
        if (WITA.contains(id)) {
            return "WITA";
        }
        if (WIT.contains(id)) {
            return "WIT";
        }
        return offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static Map<String, String> load(String name) {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the message bundle " + name + " is missing from the jar");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> m = new TreeMap<>();
        p.forEach((k, v) -> m.put((String) k, (String) v));
        return java.util.Collections.unmodifiableMap(m);
    }
}
