package io.github.tertib.run;

import io.github.tertib.TertibException;
import io.github.tertib.TertibParseException;
import io.github.tertib.internal.Instants;
import io.github.tertib.sop.Answer;
import io.github.tertib.sop.Capacity;
import io.github.tertib.sop.Fingerprint;
import io.github.tertib.sop.Revision;
import io.github.tertib.sop.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The text form of a case's events, for a host application to store anywhere (a file, a text column):
 * a version line, then one event per line, fields separated by tabs and escaped so that any name or
 * remark survives. {@code parse(format(events))} equals {@code events}, digests included, and every
 * event has exactly one spelling: {@code parse} accepts a line only if it is, byte for byte, the line
 * {@code format} writes for the event it reads.
 *
 * <pre>{@code
 * String text = EventLog.format(run.events());
 * store(run.id(), text, run.lastDigest().toString());
 * ...
 * SopInstance again = SopInstance.replay(v4, EventLog.parse(text), Digest.parse(storedDigest));
 * }</pre>
 *
 * <p>docs/event-log.md documents the form, which is stable: a later version of Tertib reads every log
 * an earlier one wrote (version 1, without the decree field, included). Stateless and thread-safe.
 */
public final class EventLog {

    /** The first line of every log this version writes: the form's name and version. */
    public static final String HEADER = "tertib-event-log 2";

    /** The current version of the form, written in {@link #HEADER}. */
    public static final int VERSION = 2;

    private static final String NAME = "tertib-event-log ";

    /** The first line of the logs version 1 wrote, whose events record neither revision nor decree. */
    static final String HEADER_1 = NAME + "1";
    private static final String[] FIELD_NAMES = {"type", "at", "step", "role id", "role title", "actor id",
        "actor name", "capacity", "from", "until", "remark", "case", "sop", "answer", "digest"};
    /** Version 2 puts the decree before the digest, so that every line ends with its digest. */
    /**
     * Version 2 adds the revision a started event records (Tanggal Revisi and fingerprint, after the SOP
     * number) and the decree an actor acted under (before the digest, so that every line ends with its digest).
     */
    private static final String[] FIELD_NAMES_V2 = {"type", "at", "step", "role id", "role title", "actor id",
        "actor name", "capacity", "from", "until", "remark", "case", "sop", "revised", "fingerprint", "answer",
        "decree", "digest"};
    private static final int REVISED = 13;
    private static final int FINGERPRINT = 14;
    private static final int DECREE = 16;
    private static final String EXAMPLE_INSTANT = "2026-03-02T01:00:00Z";

    private EventLog() {
    }

    /**
     * Returns the text form of the events: {@link #HEADER}, then one line per event, each line ending
     * with a line feed.
     *
     * @param events the events, oldest first
     * @return the text
     */
    public static String format(List<Event> events) {
        Objects.requireNonNull(events, "events");
        StringBuilder b = new StringBuilder(64 + events.size() * 160).append(HEADER).append('\n');
        for (Event e : events) {
            appendLine(b, Objects.requireNonNull(e, "event"), VERSION);
            b.append('\n');
        }
        return b.toString();
    }

    /**
     * Returns one event's line, without the line feed: for a host application that appends each event
     * to a log as it happens (after writing {@link #HEADER} once), or stores one row per event and
     * reads it back with {@link #parseLine(String)}.
     *
     * @param event the event
     * @return its line
     */
    public static String formatLine(Event event) {
        StringBuilder b = new StringBuilder(160);
        appendLine(b, Objects.requireNonNull(event, "event"), VERSION);
        return b.toString();
    }

    private static String typeOf(Event e) {
        if (e instanceof Event.Started) {
            return "started";
        } else if (e instanceof Event.PartCompleted) {
            return "completed";
        } else if (e instanceof Event.Decided) {
            return "decided";
        } else if (e instanceof Event.Suspended) {
            return "suspended";
        } else if (e instanceof Event.Resumed) {
            return "resumed";
        }
        return "cancelled";
    }

    private static void appendLine(StringBuilder b, Event e, int version) {
        String instance = e instanceof Event.Started s ? s.instanceId() : "";
        String sop = e instanceof Event.Started s ? s.sop() : "";
        String answer = e instanceof Event.Decided d ? d.answer().word() : "";
        Optional<Delegation> d = e.delegation();
        b.append(typeOf(e)).append('\t').append(e.at()).append('\t').append(e.step()).append('\t');
        escape(b, e.role().id()).append('\t');
        escape(b, e.role().title()).append('\t');
        escape(b, e.actorId()).append('\t');
        escape(b, e.actorName()).append('\t');
        b.append(e.capacity().name().toLowerCase(Locale.ROOT)).append('\t');
        if (d.isPresent()) {
            b.append(d.get().from()).append('\t').append(d.get().until());
        } else {
            b.append('\t');
        }
        b.append('\t');
        escape(b, e.remark().orElse("")).append('\t');
        escape(b, instance).append('\t');
        escape(b, sop).append('\t');
        if (version >= 2) {
            Optional<Revision> revision = e instanceof Event.Started s ? s.revision() : Optional.empty();
            b.append(revision.flatMap(Revision::revised).map(Object::toString).orElse("")).append('\t');
            b.append(revision.map(r -> r.fingerprint().toString()).orElse("")).append('\t');
        }
        b.append(answer).append('\t');
        if (version >= 2) {
            escape(b, e.decree().orElse("")).append('\t');
        }
        b.append(e.digest());
    }

    /** Appends the text escaped as every field of the log is: backslash, tab, line feed, carriage return. */
    static StringBuilder escape(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
        return b;
    }

    /**
     * Reads the events from their text form, in the current version or an earlier one. A trailing line
     * feed is optional, and a carriage return before each line feed is ignored; every event line must
     * be exactly the line {@link #formatLine(Event)} writes (for version 1, without the decree field).
     *
     * @param text the text, starting with {@link #HEADER} or an earlier version's header
     * @return the events, oldest first
     * @throws MalformedEventLogException naming the first line that is not in the documented form, the
     *     field and the form expected
     */
    public static List<Event> parse(String text) {
        Objects.requireNonNull(text, "text");
        List<Event> events = new ArrayList<>();
        if (text.isEmpty()) {
            throw new MalformedEventLogException(text, 0, 1, "line 1 of the event log: the text is empty; a log"
                    + " starts with the line \"" + HEADER + "\"", null);
        }
        int end = text.charAt(text.length() - 1) == '\n' ? text.length() - 1 : text.length();
        int version = 0;
        int lineNo = 0;
        int pos = 0;
        while (pos <= end) {
            int nl = text.indexOf('\n', pos);
            if (nl < 0 || nl > end) {
                nl = end;
            }
            int lineEnd = nl > pos && text.charAt(nl - 1) == '\r' ? nl - 1 : nl;
            lineNo++;
            if (lineNo == 1) {
                version = version(text, lineEnd);
            } else {
                events.add(new Reader(text, pos, lineEnd, lineNo, version).event());
            }
            pos = nl + 1;
        }
        return List.copyOf(events);
    }

    private static int version(String text, int lineEnd) {
        String line = text.substring(0, lineEnd);
        if (line.equals(HEADER)) {
            return VERSION;
        }
        if (line.equals(NAME + "1")) {
            return 1;
        }
        throw new MalformedEventLogException(text, 0, 1, "line 1 of the event log: " + (line.startsWith(NAME)
                ? "version \"" + line.substring(NAME.length()) + "\" is not one this Tertib reads; it reads \"" + HEADER
                        + "\" and \"" + NAME + "1\""
                : "a log starts with the line \"" + HEADER + "\", not \"" + shortened(line) + "\""), null);
    }

    /**
     * Reads one event from its line, as {@link #formatLine(Event)} writes it in the current version:
     * for a host application that stores one row per event.
     *
     * @param line the line, without a line feed
     * @return the event
     * @throws MalformedEventLogException naming the field that is not in the documented form and the
     *     form expected ({@link MalformedEventLogException#lineNumber()} is 1)
     */
    public static Event parseLine(String line) {
        return parseLine(line, VERSION);
    }

    /**
     * Reads one event from its line as the given version of the form wrote it: for rows stored by an
     * earlier version of Tertib (version 1 has no decree field).
     *
     * @param line the line, without a line feed
     * @param version 1 or {@link #VERSION}
     * @return the event
     * @throws MalformedEventLogException naming the field that is not in the documented form
     * @throws IllegalArgumentException if the version is not one this Tertib reads
     */
    public static Event parseLine(String line, int version) {
        Objects.requireNonNull(line, "line");
        if (version != 1 && version != VERSION) {
            throw new IllegalArgumentException("version " + version + " of the event log is not one this Tertib"
                    + " reads: give 1 or " + VERSION);
        }
        return new Reader(line, 0, line.length(), 0, version).event();
    }

    /** Reads one line of a text: the fields, each checked for its one spelling. Not thread-safe. */
    private static final class Reader {
        private final String text;
        private final int start;
        private final int end;
        private final int lineNo;
        private final int version;
        private final String[] names;
        private final int digestField;
        private final int answerField;
        private final String[] raw;
        private final int[] at;

        Reader(String text, int start, int end, int lineNo, int version) {
            this.text = text;
            this.start = start;
            this.end = end;
            this.lineNo = lineNo;
            this.version = version;
            this.names = version == 1 ? FIELD_NAMES : FIELD_NAMES_V2;
            this.digestField = names.length - 1;
            this.answerField = version == 1 ? 13 : 15;
            int fields = names.length;
            this.raw = new String[fields];
            this.at = new int[fields];
        }

        private MalformedEventLogException fail(int index, String reason, Throwable cause) {
            String where = lineNo == 0 ? "the event line: " : "line " + lineNo + " of the event log: ";
            return new MalformedEventLogException(text, index, Math.max(lineNo, 1), where + reason, cause);
        }

        private MalformedEventLogException field(int i, String what, Throwable cause) {
            return fail(at[i], "the " + names[i] + " field \"" + shortened(raw[i]) + "\" " + what, cause);
        }

        Event event() {
            if (start == end) {
                throw fail(start, "the line is empty; each line after the first is one event", null);
            }
            int count = 1;
            for (int i = start; i < end; i++) {
                if (text.charAt(i) == '\t') {
                    count++;
                }
            }
            if (count != raw.length) {
                throw fail(start, "expected " + raw.length + " tab-separated fields (" + String.join(", ", names) + ")"
                        + (version == 1 ? " in a log of version 1" : "") + ", found " + count, null);
            }
            int p = start;
            for (int i = 0; i < raw.length; i++) {
                int tab = i == raw.length - 1 ? end : text.indexOf('\t', p);
                at[i] = p;
                raw[i] = text.substring(p, tab);
                p = tab + 1;
            }
            String[] f = new String[raw.length];
            for (int i = 0; i < raw.length; i++) {
                f[i] = unescape(i);
            }
            Event e = build(f);
            // The one spelling: whatever the field checks above let through (an unescaped carriage
            // return, a title a value factory normalises) is caught by writing the event back.
            StringBuilder b = new StringBuilder(end - start + 16);
            appendLine(b, e, version);
            String written = b.toString();
            if (!written.contentEquals(text.subSequence(start, end))) {
                String[] w = written.split("\t", -1);
                for (int i = 0; i < raw.length; i++) {
                    if (!w[i].equals(raw[i])) {
                        throw field(i, "is not written as Tertib writes it: expected \"" + shortened(w[i]) + "\"", null);
                    }
                }
            }
            return e;
        }

        private Event build(String[] f) {
            String type = f[0];
            if (!List.of("started", "completed", "decided", "suspended", "resumed", "cancelled").contains(type)) {
                throw fail(at[0], "the type \"" + shortened(type) + "\" is not one of started, completed, decided,"
                        + " suspended, resumed, cancelled", null);
            }
            boolean started = type.equals("started");
            boolean decided = type.equals("decided");
            boolean reasoned = type.equals("suspended") || type.equals("cancelled");
            Instant when = instant(f, 1);
            int step = step(f[2]);
            Role role;
            try {
                role = Role.of(f[3], f[4]);
            } catch (IllegalArgumentException e) {
                throw fail(at[3], e.getMessage(), e);
            }
            Optional<String> decree = version >= 2 && !f[DECREE].isEmpty() ? Optional.of(f[DECREE]) : Optional.empty();
            Optional<Delegation> delegation = switch (f[7]) {
                case "definitive" -> {
                    if (!f[8].isEmpty() || !f[9].isEmpty()) {
                        throw fail(at[8], "a definitive actor has no delegation period: leave \"from\" and \"until\""
                                + " empty", null);
                    }
                    yield Optional.empty();
                }
                case "plt", "plh" -> {
                    Instant from = instant(f, 8);
                    Instant until = instant(f, 9);
                    try {
                        yield Optional.of(new Delegation(role, f[7].equals("plt") ? Capacity.PLT : Capacity.PLH, from,
                                until, decree));
                    } catch (IllegalArgumentException e) {
                        throw fail(at[8], e.getMessage(), e);
                    }
                }
                default -> throw field(7, "is not one of definitive, plt, plh", null);
            };
            requireEmptyUnless(started, f, 11, "only a started event has a case id");
            requireEmptyUnless(started, f, 12, "only a started event has an SOP number");
            requireEmptyUnless(decided, f, answerField, "only a decided event has an answer");
            Optional<Revision> revision = version >= 2 ? revision(f, started) : Optional.empty();
            if (reasoned && f[10].isEmpty()) {
                throw fail(at[10], "a " + type + " event needs its reason in the remark field", null);
            }
            Optional<String> remark = f[10].isEmpty() ? Optional.empty() : Optional.of(f[10]);
            Person actor;
            try {
                actor = new Person(f[5], f[6]);
            } catch (IllegalArgumentException e) {
                throw fail(at[5], e.getMessage(), e);
            }
            Digest digest = digest(f[digestField]);
            try {
                return switch (type) {
                    case "started" -> new Event.Started(f[11], f[12], revision, step, role, actor, delegation, decree,
                            when, remark, digest);
                    case "completed" -> new Event.PartCompleted(step, role, actor, delegation, decree, when, remark,
                            digest);
                    case "decided" -> new Event.Decided(step, answer(f[answerField]), role, actor, delegation, decree, when,
                            remark, digest);
                    case "suspended" -> new Event.Suspended(step, role, actor, delegation, decree, when, f[10], digest);
                    case "resumed" -> new Event.Resumed(step, role, actor, delegation, decree, when, remark, digest);
                    default -> new Event.Cancelled(step, role, actor, delegation, decree, when, f[10], digest);
                };
            } catch (IllegalArgumentException e) {
                throw fail(start, e.getMessage(), e);
            }
        }

        /** The revision of a started line: none when both fields are empty, as Tertib wrote it before revisions. */
        private Optional<Revision> revision(String[] f, boolean started) {
            if (!started || f[FINGERPRINT].isEmpty()) {
                requireEmptyUnless(false, f, REVISED, started
                        ? "a Tanggal Revisi needs the fingerprint of its revision" : "only a started event has a Tanggal Revisi");
                requireEmptyUnless(false, f, FINGERPRINT, "only a started event has a fingerprint");
                return Optional.empty();
            }
            Fingerprint fingerprint;
            try {
                fingerprint = Fingerprint.parse(f[FINGERPRINT]);
            } catch (TertibException e) {
                throw fail(at[FINGERPRINT], "the fingerprint field: " + e.getMessage(), e);
            }
            Optional<LocalDate> revised;
            try {
                revised = f[REVISED].isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(f[REVISED]));
            } catch (DateTimeParseException e) {
                throw field(REVISED, "is not an ISO-8601 date such as 2026-03-01", e);
            }
            try {
                return Optional.of(new Revision(f[12], revised, fingerprint));
            } catch (IllegalArgumentException e) {
                throw fail(at[FINGERPRINT], e.getMessage(), e);
            }
        }

        private void requireEmptyUnless(boolean allowed, String[] f, int i, String rule) {
            if (allowed ? f[i].isEmpty() : !f[i].isEmpty()) {
                throw fail(at[i], "the " + names[i] + " field is "
                        + (allowed ? "empty, but it is required here" : "\"" + shortened(f[i]) + "\": " + rule), null);
            }
        }

        private Instant instant(String[] f, int i) {
            Instant t;
            try {
                t = Instant.parse(f[i]);
            } catch (DateTimeParseException e) {
                throw field(i, "is not an ISO-8601 instant such as " + EXAMPLE_INSTANT, e);
            }
            if (!Instants.inRange(t)) {
                throw field(i, "is outside the range Tertib accepts, " + Instants.MIN + " to " + Instants.MAX, null);
            }
            if (!t.toString().equals(f[i])) {
                throw field(i, "is not written as Instant.toString() writes it (UTC, upper-case T and Z, no offset,"
                        + " fractions of a second only when there are any): expected \"" + t + "\"", null);
            }
            return t;
        }

        private int step(String s) {
            int n = 0;
            boolean plain = !s.isEmpty() && s.length() <= 10 && s.charAt(0) >= '1' && s.charAt(0) <= '9';
            for (int i = 0; plain && i < s.length(); i++) {
                char c = s.charAt(i);
                plain = c >= '0' && c <= '9';
            }
            if (plain) {
                long v = Long.parseLong(s);
                if (v <= Integer.MAX_VALUE) {
                    return (int) v;
                }
            }
            try {
                n = Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw field(2, "is not a step number", e);
            }
            if (n <= 0) {
                throw field(2, "is not a step number: step numbers are positive", null);
            }
            throw field(2, "is not written as Tertib writes a step number (ASCII digits, no sign, no leading"
                    + " zeros): expected \"" + n + "\"", null);
        }

        private Answer answer(String s) {
            Answer a;
            try {
                a = Answer.parse(s);
            } catch (IllegalArgumentException e) {
                throw field(answerField, "is not Ya or Tidak", e);
            }
            if (!a.word().equals(s)) {
                throw field(answerField, "is not written as Tertib writes an answer: expected \"" + a.word() + "\"", null);
            }
            return a;
        }

        private Digest digest(String s) {
            Digest d;
            try {
                d = Digest.parse(s);
            } catch (TertibParseException e) {
                throw fail(at[digestField], "the digest field: " + e.getMessage(), e);
            }
            if (!d.toString().equals(s)) {
                throw field(digestField, "is not written as Tertib writes a digest: expected 64 lower-case hexadecimal digits,"
                        + " \"" + shortened(d.toString()) + "\"", null);
            }
            return d;
        }

        private String unescape(int field) {
            try {
                return EventLog.unescape(raw[field]);
            } catch (IllegalArgumentException e) {
                throw fail(at[field], "the " + names[field] + " field " + e.getMessage(), null);
            }
        }
    }

    /**
     * The text of an escaped field; throws IllegalArgumentException, saying what follows "the field",
     * for a backslash that starts no escape.
     */
    static String unescape(String s) {
        int i = s.indexOf('\\');
        if (i < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length()).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char n = i + 1 < s.length() ? s.charAt(++i) : '\0';
            switch (n) {
                case '\\' -> b.append('\\');
                case 't' -> b.append('\t');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                default -> throw new IllegalArgumentException("has a backslash not followed by \\, t, n or r; write a"
                        + " backslash as \\\\");
            }
        }
        return b.toString();
    }

    private static String shortened(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }

    /**
     * Returns the events as a plain-text table for people: number, instant, what happened, step, who,
     * in which capacity, and the remark, in aligned columns.
     *
     * @param events the events, oldest first
     * @return the table, one line per event after a heading line, each line ending with a line feed
     */
    public static String table(List<Event> events) {
        Objects.requireNonNull(events, "events");
        List<String[]> rows = new ArrayList<>(events.size() + 1);
        rows.add(new String[] {"#", "at", "event", "step", "by", "as", "remark"});
        int n = 1;
        for (Event e : events) {
            String what = e instanceof Event.Started s ? "started " + s.instanceId()
                    : e instanceof Event.Decided d ? "decided " + d.answer().word() : typeOf(e);
            rows.add(new String[] {Integer.toString(n++), e.at().toString(), what, Integer.toString(e.step()),
                e.actorName() + " (" + e.actorId() + ")", e.signedAs(), oneLine(e.remark().orElse(""))});
        }
        int[] width = new int[7];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                b.append(r[i]);
                if (i < r.length - 1) {
                    b.append(" ".repeat(width[i] - r[i].length() + 2));
                }
            }
            while (b.length() > 0 && b.charAt(b.length() - 1) == ' ') {
                b.setLength(b.length() - 1);
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }
}
