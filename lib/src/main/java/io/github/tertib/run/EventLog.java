package io.github.tertib.run;

import io.github.tertib.sop.Capacity;
import io.github.tertib.sop.Answer;
import io.github.tertib.TertibParseException;
import io.github.tertib.sop.Fingerprint;
import io.github.tertib.sop.Revision;
import io.github.tertib.sop.Role;
import java.time.LocalDate;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The text form of a case's events, for a host application to store anywhere (a file, a text column):
 * a version line, then one event per line, fields separated by tabs and escaped so that any name or
 * remark survives. {@code parse(format(events))} equals {@code events}, digests included.
 *
 * <pre>{@code
 * String text = EventLog.format(run.events());
 * store(run.id(), text, run.lastDigest().toString());
 * ...
 * SopInstance again = SopInstance.replay(v4, EventLog.parse(text), Digest.parse(storedDigest));
 * }</pre>
 *
 * <p>docs/event-log.md documents the form, which is stable: a later version of Tertib reads every log
 * an earlier one wrote. Stateless and thread-safe.
 */
public final class EventLog {

    /** The first line of every log this Tertib writes: the form's name and version. */
    public static final String HEADER = "tertib-event-log 2";

    /** The first line of the logs earlier Tertibs wrote, whose started events record no revision. */
    static final String HEADER_1 = "tertib-event-log 1";

    private static final int FIELDS = 17;
    private static final int FIELDS_1 = 15;
    private static final String[] FIELD_NAMES = {"type", "at", "step", "role id", "role title", "actor id",
        "actor name", "capacity", "from", "until", "remark", "case", "sop", "revised", "fingerprint", "answer",
        "digest"};

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
            appendLine(b, Objects.requireNonNull(e, "event"));
            b.append('\n');
        }
        return b.toString();
    }

    /**
     * Returns one event's line, without the line feed: for a host application that appends each event
     * to a log as it happens (after writing {@link #HEADER} once).
     *
     * @param event the event
     * @return its line
     */
    public static String formatLine(Event event) {
        StringBuilder b = new StringBuilder(160);
        appendLine(b, Objects.requireNonNull(event, "event"));
        return b.toString();
    }

    private static void appendLine(StringBuilder b, Event e) {
        String type;
        String instance = "";
        String sop = "";
        String revised = "";
        String fingerprint = "";
        String answer = "";
        if (e instanceof Event.Started s) {
            type = "started";
            instance = s.instanceId();
            sop = s.sop();
            if (s.revision().isPresent()) {
                revised = s.revision().get().revised().map(Object::toString).orElse("");
                fingerprint = s.revision().get().fingerprint().toString();
            }
        } else if (e instanceof Event.PartCompleted) {
            type = "completed";
        } else if (e instanceof Event.Decided d) {
            type = "decided";
            answer = d.answer().word();
        } else if (e instanceof Event.Suspended) {
            type = "suspended";
        } else if (e instanceof Event.Resumed) {
            type = "resumed";
        } else {
            type = "cancelled";
        }
        Optional<Delegation> d = e.delegation();
        b.append(type).append('\t').append(e.at()).append('\t').append(e.step()).append('\t');
        escape(b, e.role().id()).append('\t');
        escape(b, e.role().title()).append('\t');
        escape(b, e.actorId()).append('\t');
        escape(b, e.actorName()).append('\t');
        b.append(e.capacity().name().toLowerCase(java.util.Locale.ROOT)).append('\t');
        if (d.isPresent()) {
            b.append(d.get().from()).append('\t').append(d.get().until());
        } else {
            b.append('\t');
        }
        b.append('\t');
        escape(b, e.remark().orElse("")).append('\t');
        escape(b, instance).append('\t');
        escape(b, sop).append('\t');
        b.append(revised).append('\t').append(fingerprint).append('\t');
        b.append(answer).append('\t').append(e.digest());
    }

    private static StringBuilder escape(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\':
                    b.append("\\\\");
                    break;
                case '\t':
                    b.append("\\t");
                    break;
                case '\n':
                    b.append("\\n");
                    break;
                case '\r':
                    b.append("\\r");
                    break;
                default:
                    b.append(c);
            }
        }
        return b;
    }

    /**
     * Reads the events from their text form. A trailing line feed is optional, and a carriage return
     * before each line feed is ignored.
     *
     * @param text the text, starting with {@link #HEADER}
     * @return the events, oldest first
     * @throws MalformedEventLogException naming the first line that is not in the documented form
     */
    public static List<Event> parse(String text) {
        Objects.requireNonNull(text, "text");
        List<Event> events = new ArrayList<>();
        boolean version1 = false;
        int lineNo = 0;
        int pos = 0;
        int end = text.length();
        if (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        if (text.isEmpty()) {
            throw new MalformedEventLogException(1, "the text is empty; a log starts with the line \"" + HEADER + "\"",
                    null);
        }
        while (pos <= end) {
            int nl = text.indexOf('\n', pos);
            if (nl < 0 || nl > end) {
                nl = end;
            }
            String line = text.substring(pos, nl);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            lineNo++;
            if (lineNo == 1) {
                version1 = line.equals(HEADER_1);
                if (!line.equals(HEADER) && !version1) {
                    throw new MalformedEventLogException(1, line.startsWith("tertib-event-log ")
                            ? "version \"" + line.substring(17) + "\" is not one this Tertib reads; it reads \""
                                    + HEADER + "\" and \"" + HEADER_1 + "\""
                            : "a log starts with the line \"" + HEADER + "\", not \"" + shortened(line) + "\"", null);
                }
            } else {
                events.add(parseLine(line, lineNo, version1));
            }
            pos = nl + 1;
        }
        return List.copyOf(events);
    }

    private static Event parseLine(String line, int lineNo, boolean version1) {
        if (line.isEmpty()) {
            throw new MalformedEventLogException(lineNo, "the line is empty; each line after the first is one event",
                    null);
        }
        String[] f = line.split("\t", -1);
        if (version1) {
            if (f.length != FIELDS_1) {
                throw new MalformedEventLogException(lineNo, "expected " + FIELDS_1 + " tab-separated fields (type, at,"
                        + " step, role id, role title, actor id, actor name, capacity, from, until, remark, case, sop,"
                        + " answer, digest) in a log of version 1, found " + f.length, null);
            }
            // Version 1 had no revision fields: its lines read as version 2 lines with them empty.
            String[] two = new String[FIELDS];
            System.arraycopy(f, 0, two, 0, 13);
            two[13] = "";
            two[14] = "";
            System.arraycopy(f, 13, two, 15, 2);
            f = two;
        } else if (f.length != FIELDS) {
            throw new MalformedEventLogException(lineNo, "expected " + FIELDS + " tab-separated fields (type, at, step,"
                    + " role id, role title, actor id, actor name, capacity, from, until, remark, case, sop, revised,"
                    + " fingerprint, answer, digest), found " + f.length, null);
        }
        for (int i = 0; i < FIELDS; i++) {
            f[i] = unescape(f[i], lineNo, i);
        }
        String type = f[0];
        boolean started = type.equals("started");
        boolean decided = type.equals("decided");
        boolean reasoned = type.equals("suspended") || type.equals("cancelled");
        if (!started && !decided && !reasoned && !type.equals("completed") && !type.equals("resumed")) {
            throw new MalformedEventLogException(lineNo, "the type \"" + shortened(type) + "\" is not one of started,"
                    + " completed, decided, suspended, resumed, cancelled", null);
        }
        Instant at = instant(f, 1, lineNo);
        int step;
        try {
            step = Integer.parseInt(f[2]);
        } catch (NumberFormatException e) {
            throw field(lineNo, 2, "is not a step number", f[2], e);
        }
        Role role;
        try {
            role = Role.of(f[3], f[4]);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventLogException(lineNo, e.getMessage(), e);
        }
        Optional<Delegation> delegation;
        switch (f[7]) {
            case "definitive":
                if (!f[8].isEmpty() || !f[9].isEmpty()) {
                    throw new MalformedEventLogException(lineNo, "a definitive actor has no delegation period:"
                            + " leave \"from\" and \"until\" empty", null);
                }
                delegation = Optional.empty();
                break;
            case "plt":
            case "plh":
                try {
                    delegation = Optional.of(Delegation.of(role, f[7].equals("plt") ? Capacity.PLT : Capacity.PLH,
                            instant(f, 8, lineNo), instant(f, 9, lineNo)));
                } catch (IllegalArgumentException e) {
                    throw new MalformedEventLogException(lineNo, e.getMessage(), e);
                }
                break;
            default:
                throw field(lineNo, 7, "is not one of definitive, plt, plh", f[7], null);
        }
        requireEmptyUnless(started, f, 11, lineNo, "only a started event has a case id");
        requireEmptyUnless(started, f, 12, lineNo, "only a started event has an SOP number");
        requireEmptyUnless(decided, f, 15, lineNo, "only a decided event has an answer");
        if (!started) {
            requireEmptyUnless(false, f, 13, lineNo, "only a started event has a Tanggal Revisi");
            requireEmptyUnless(false, f, 14, lineNo, "only a started event has a fingerprint");
        }
        Optional<Revision> revision = revision(f, lineNo);
        if (reasoned && f[10].isEmpty()) {
            throw new MalformedEventLogException(lineNo, "a " + type + " event needs its reason in the remark field",
                    null);
        }
        Optional<String> remark = f[10].isEmpty() ? Optional.empty() : Optional.of(f[10]);
        Person actor;
        try {
            actor = new Person(f[5], f[6]);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventLogException(lineNo, e.getMessage(), e);
        }
        Digest digest;
        try {
            digest = Digest.parse(f[16]);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventLogException(lineNo, "the digest field: " + e.getMessage(), e);
        }
        try {
            switch (type) {
                case "started":
                    return new Event.Started(f[11], f[12], revision, step, role, actor, delegation, at, remark, digest);
                case "completed":
                    return new Event.PartCompleted(step, role, actor, delegation, at, remark, digest);
                case "decided": {
                    Answer answer;
                    try {
                        answer = Answer.parse(f[15]);
                    } catch (IllegalArgumentException e) {
                        throw field(lineNo, 15, "is not Ya or Tidak", f[15], e);
                    }
                    return new Event.Decided(step, answer, role, actor, delegation, at, remark, digest);
                }
                case "suspended":
                    return new Event.Suspended(step, role, actor, delegation, at, f[10], digest);
                case "resumed":
                    return new Event.Resumed(step, role, actor, delegation, at, remark, digest);
                default:
                    return new Event.Cancelled(step, role, actor, delegation, at, f[10], digest);
            }
        } catch (IllegalArgumentException e) {
            throw new MalformedEventLogException(lineNo, e.getMessage(), e);
        }
    }

    /** The revision of a started line: none when both fields are empty (a log of version 1 has none). */
    private static Optional<Revision> revision(String[] f, int lineNo) {
        if (f[14].isEmpty()) {
            requireEmptyUnless(false, f, 13, lineNo, "a Tanggal Revisi needs the fingerprint of its revision");
            return Optional.empty();
        }
        Fingerprint fingerprint;
        try {
            fingerprint = Fingerprint.parse(f[14]);
        } catch (TertibParseException e) {
            throw new MalformedEventLogException(lineNo, "the fingerprint field: " + e.getMessage(), e);
        }
        Optional<LocalDate> revised;
        try {
            revised = f[13].isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(f[13]));
        } catch (DateTimeParseException e) {
            throw field(lineNo, 13, "is not an ISO-8601 date such as 2026-03-01", f[13], e);
        }
        try {
            return Optional.of(new Revision(f[12], revised, fingerprint));
        } catch (IllegalArgumentException e) {
            throw new MalformedEventLogException(lineNo, e.getMessage(), e);
        }
    }

    private static void requireEmptyUnless(boolean allowed, String[] f, int i, int lineNo, String rule) {
        if (allowed ? f[i].isEmpty() : !f[i].isEmpty()) {
            throw new MalformedEventLogException(lineNo, "the " + FIELD_NAMES[i] + " field is "
                    + (allowed ? "empty, but it is required here" : "\"" + shortened(f[i]) + "\": " + rule), null);
        }
    }

    private static Instant instant(String[] f, int i, int lineNo) {
        try {
            return Instant.parse(f[i]);
        } catch (DateTimeParseException e) {
            throw field(lineNo, i, "is not an ISO-8601 instant such as 2026-03-02T01:00:00Z", f[i], e);
        }
    }

    private static MalformedEventLogException field(int lineNo, int i, String what, String value, Throwable cause) {
        return new MalformedEventLogException(lineNo, "the " + FIELD_NAMES[i] + " field \"" + shortened(value) + "\" "
                + what, cause);
    }

    private static String unescape(String s, int lineNo, int field) {
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
                case '\\':
                    b.append('\\');
                    break;
                case 't':
                    b.append('\t');
                    break;
                case 'n':
                    b.append('\n');
                    break;
                case 'r':
                    b.append('\r');
                    break;
                default:
                    throw new MalformedEventLogException(lineNo, "the " + FIELD_NAMES[field] + " field has a backslash"
                            + " not followed by \\, t, n or r; write a backslash as \\\\", null);
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
            String what;
            if (e instanceof Event.Started) {
                what = "started " + ((Event.Started) e).instanceId();
            } else if (e instanceof Event.PartCompleted) {
                what = "completed";
            } else if (e instanceof Event.Decided) {
                what = "decided " + ((Event.Decided) e).answer().word();
            } else if (e instanceof Event.Suspended) {
                what = "suspended";
            } else if (e instanceof Event.Resumed) {
                what = "resumed";
            } else {
                what = "cancelled";
            }
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
