package io.github.tertib.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The character level of the text form: HTML fragments and entities in values, and the escaping that
 * {@link TextWriter} uses so that any value reads back as written.
 *
 * <p>Structure (tags, list markers, annotations, symbol words) is always recognised on the raw text;
 * entities are decoded last. So a value whose characters would look like structure is written with
 * those characters as entities, and reads back unchanged.
 */
final class Markup {

    private static final Set<String> BLOCK_TAGS = Set.of("p", "br", "div", "li", "ol", "ul", "tr", "td", "th",
            "table", "tbody", "thead", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "dd", "dt", "dl", "blockquote",
            "pre", "center");
    private static final Set<String> INLINE_TAGS = Set.of("b", "i", "u", "s", "strong", "em", "span", "font", "a",
            "sup", "sub", "small", "big", "mark", "o:p", "strike", "tt", "img", "col", "colgroup");

    /** An HTML tag whose name is known; anything else that looks like a tag stays text. */
    private static final Pattern TAG = Pattern.compile("<\\s*(/?)\\s*([a-zA-Z][a-zA-Z0-9]*(?::[a-zA-Z]+)?)\\b[^<>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
            Map.entry("ndash", "\u2013"), Map.entry("mdash", "\u2014"), Map.entry("hellip", "\u2026"),
            Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201c"),
            Map.entry("rdquo", "\u201d"), Map.entry("bull", "\u2022"), Map.entry("middot", "\u00b7"));

    /** A list marker opening an item: "1." or "1)". */
    private static final Pattern NUMBER_MARKER = Pattern.compile("^(\\d{1,3})[.)]\\s+");
    /** A bullet opening an item. */
    private static final Pattern BULLET = Pattern.compile("^[-\u2022\u00b7*\u2013]\\s+");

    private Markup() {
    }

    /** Whether a character counts as white space in a value (and is collapsed to one space when raw). */
    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Collapses every run of raw white space to one space and strips the ends. */
    static String collapse(String raw) {
        StringBuilder b = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isSpace(c)) {
                space = true;
            } else {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Decodes the entities of a text: named ones of HTML and numeric ones; unknown ones stay as written. */
    static String decode(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder b = new StringBuilder(s.length());
        int last = 0;
        while (m.find()) {
            String name = m.group(1);
            String replacement = null;
            if (name.charAt(0) == '#') {
                try {
                    int cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                            ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                    if (Character.isValidCodePoint(cp) && !(cp >= 0xD800 && cp <= 0xDFFF)) {
                        replacement = new String(Character.toChars(cp));
                    }
                } catch (NumberFormatException e) {
                    replacement = null;
                }
            } else {
                replacement = NAMED.get(name.toLowerCase(Locale.ROOT));
            }
            if (replacement != null) {
                b.append(s, last, m.start()).append(replacement);
                last = m.end();
            }
        }
        return b.append(s, last, s.length()).toString();
    }

    /** Whether the raw text holds an HTML tag or comment that {@link #text} and {@link #items} read. */
    static boolean hasHtml(String raw) {
        if (raw.indexOf('<') < 0) {
            return false;
        }
        if (hasComment(raw)) {
            return true;
        }
        Matcher m = TAG.matcher(raw);
        while (m.find()) {
            if (isKnownTag(m.group(2))) {
                return true;
            }
        }
        return false;
    }

    private static final String COMMENT_OPEN = "<!--";
    private static final String COMMENT_CLOSE = "-->";

    /** Whether the text holds a closed HTML comment. */
    static boolean hasComment(String raw) {
        int open = raw.indexOf(COMMENT_OPEN);
        return open >= 0 && raw.indexOf(COMMENT_CLOSE, open + COMMENT_OPEN.length()) >= 0;
    }

    /**
     * Replaces every closed HTML comment with one space; an unclosed one stays text. A scan, not the
     * pattern {@code <!--.*?-->}: with {@code find()} that pattern ran to the end of the text from every
     * unclosed opening, quadratic in their number. Once no closing follows an opening, none follows any
     * later one either, so the scan stops there.
     */
    static String withoutComments(String raw) {
        int open = raw.indexOf(COMMENT_OPEN);
        if (open < 0) {
            return raw;
        }
        StringBuilder b = new StringBuilder(raw.length());
        int last = 0;
        while (open >= 0) {
            int close = raw.indexOf(COMMENT_CLOSE, open + COMMENT_OPEN.length());
            if (close < 0) {
                break;
            }
            b.append(raw, last, open).append(' ');
            last = close + COMMENT_CLOSE.length();
            open = raw.indexOf(COMMENT_OPEN, last);
        }
        return b.append(raw, last, raw.length()).toString();
    }

    private static boolean isKnownTag(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return BLOCK_TAGS.contains(n) || INLINE_TAGS.contains(n);
    }

    /** Splits raw text at block tags (and at line breaks), dropping inline tags and comments. */
    private static List<String> blocks(String raw) {
        List<String> out = splitAtTags(withoutComments(raw), BLOCK_TAGS::contains);
        List<String> lines = new ArrayList<>();
        for (String block : out) {
            for (String line : block.split("\r\n|\r|\n", -1)) {
                lines.add(line);
            }
        }
        return lines;
    }

    /**
     * Reads a single value: block tags become spaces, inline tags vanish, white space collapses, entities
     * are decoded.
     *
     * @param raw the value as written
     * @return the plain text, stripped
     */
    static String text(String raw) {
        StringBuilder b = new StringBuilder();
        for (String block : blocks(raw)) {
            String c = collapse(block);
            if (!c.isEmpty()) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(c);
            }
        }
        return decode(b.toString()).strip();
    }

    /** Like {@link #text(String)} but without decoding entities: for recognising structure. */
    static String plain(String raw) {
        StringBuilder b = new StringBuilder();
        for (String block : blocks(raw)) {
            String c = collapse(block);
            if (!c.isEmpty()) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Returns the raw blocks of a value (split at block tags and line breaks), collapsed, empty ones left
     * out; not decoded, so that callers can recognise structure before decoding.
     */
    static List<String> rawBlocks(String raw) {
        List<String> out = new ArrayList<>();
        for (String block : blocks(raw)) {
            String c = collapse(block);
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }

    /** A list read from a value, with what the reading had to do (for diagnostics). */
    record Items(List<String> items, boolean html, boolean numbered) {
    }

    /**
     * Reads a list value: the items of {@code <li>} elements; else one item per block (paragraph,
     * {@code <br>}, line), where a block that opens with "1." is split at "2.", "3.", ... and an
     * unnumbered block after a numbered one continues its item. A lone "-" means no items.
     *
     * @param raw the value as written
     * @return the items, decoded and stripped
     */
    static Items items(String raw) {
        Items r = rawItems(raw);
        List<String> decoded = new ArrayList<>();
        for (String item : r.items()) {
            String d = decode(item).strip();
            if (!d.isEmpty()) {
                decoded.add(d);
            }
        }
        return new Items(List.copyOf(decoded), r.html(), r.numbered());
    }

    /** Like {@link #items(String)}, but the items stay raw (collapsed, not decoded). */
    static Items rawItems(String raw) {
        boolean html = hasHtml(raw);
        String s = withoutComments(raw);
        if (hasLi(s)) {
            return new Items(liItems(s), true, false);
        }
        List<String> items = new ArrayList<>();
        boolean numbered = false;
        boolean anyNumbered = false;
        for (String block : rawBlocks(s)) {
            Matcher m = NUMBER_MARKER.matcher(block);
            if (m.find()) {
                anyNumbered = true;
                List<String> split = splitNumbered(block, Integer.parseInt(m.group(1)));
                numbered |= split.size() > 1;
                items.addAll(split);
            } else if (anyNumbered && !items.isEmpty()) {
                int i = items.size() - 1;
                items.set(i, items.get(i) + " " + block);
            } else {
                Matcher bullet = BULLET.matcher(block);
                items.add(bullet.find() && block.length() > bullet.end() ? block.substring(bullet.end()) : block);
            }
        }
        return new Items(finish(items), html, numbered);
    }

    private static boolean hasLi(String s) {
        Matcher m = TAG.matcher(s);
        while (m.find()) {
            if (m.group(2).equalsIgnoreCase("li")) {
                return true;
            }
        }
        return false;
    }

    /** The text of each {@code <li>}; text outside any item becomes an item of its own. */
    private static List<String> liItems(String s) {
        List<String> items = splitAtTags(s, name -> name.equals("li") || name.equals("ol") || name.equals("ul"));
        List<String> collapsed = new ArrayList<>();
        for (String item : items) {
            collapsed.add(collapse(item));
        }
        return finish(collapsed);
    }

    /**
     * Splits text at the known tags whose name {@code splits}; other known tags become a space, unknown
     * ones stay as text.
     */
    private static List<String> splitAtTags(String s, java.util.function.Predicate<String> splits) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Matcher m = TAG.matcher(s);
        int last = 0;
        while (m.find()) {
            String name = m.group(2).toLowerCase(Locale.ROOT);
            if (!isKnownTag(name)) {
                continue;
            }
            current.append(s, last, m.start());
            last = m.end();
            if (splits.test(name)) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(' ');
            }
        }
        current.append(s, last, s.length());
        parts.add(current.toString());
        return parts;
    }

    /** Splits "1. a 2. b 3. c" at the markers that follow in sequence from {@code first}. */
    private static List<String> splitNumbered(String block, int first) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER_MARKER.matcher(block);
        m.find();
        int start = m.end();
        int expected = first + 1;
        while (true) {
            Matcher next = Pattern.compile("\\s" + expected + "[.)]\\s+").matcher(block);
            if (!next.find(start)) {
                out.add(block.substring(start));
                return out;
            }
            out.add(block.substring(start, next.start()));
            start = next.end();
            expected++;
        }
    }

    private static List<String> finish(List<String> raw) {
        List<String> out = new ArrayList<>();
        for (String r : raw) {
            String c = collapse(r);
            if (!c.isEmpty() && !c.equals("-")) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Escapes a value so that it reads back as written: the HTML specials, every white-space or control
     * character except a single space between two other characters, and {@code extra} characters.
     *
     * @param value the value
     * @param extra further characters to write as entities in this context
     * @return the escaped text
     */
    static String escape(String value, String extra) {
        StringBuilder b = new StringBuilder(value.length() + 8);
        int n = value.length();
        for (int i = 0; i < n; ) {
            int c = value.codePointAt(i);
            int len = Character.charCount(c);
            if (c == '&') {
                b.append("&amp;");
            } else if (c == '<') {
                b.append("&lt;");
            } else if (c == '>') {
                b.append("&gt;");
            } else if (c == ' ') {
                boolean single = i > 0 && i + 1 < n && !isSpace(value.charAt(i - 1)) && !isSpace(value.charAt(i + 1));
                b.append(single ? " " : "&#32;");
            } else if (isSpace(c) || Character.isISOControl(c) || extra.indexOf(c) >= 0) {
                b.append("&#").append(c).append(';');
            } else {
                b.appendCodePoint(c);
            }
            i += len;
        }
        return b.toString();
    }

    /** Escapes a value with no context-specific characters. */
    static String escape(String value) {
        return escape(value, "");
    }

    /** Writes the first character of an escaped text as an entity, so that it is not read as structure. */
    static String guardFirst(String escaped) {
        if (escaped.isEmpty() || escaped.charAt(0) == '&') {
            return escaped;
        }
        int c = escaped.codePointAt(0);
        return "&#" + c + ";" + escaped.substring(Character.charCount(c));
    }
}
