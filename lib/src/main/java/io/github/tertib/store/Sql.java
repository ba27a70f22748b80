package io.github.tertib.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SQL text with its parameters, and the literals of the write batches. A command's writes go to the
 * database as one batch of statements (one round trip), so their values are written as literals:
 * strings quoted with their quotes doubled (standard SQL; PostgreSQL's standard_conforming_strings is
 * checked on), numbers and timestamps in their canonical forms. Nothing else is ever spliced in.
 */
final class Sql {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

    private final StringBuilder text = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    Sql add(String sql) {
        text.append(sql);
        return this;
    }

    Sql param(Object value) {
        text.append('?');
        params.add(value instanceof Instant t ? OffsetDateTime.ofInstant(t, ZoneOffset.UTC) : value);
        return this;
    }

    PreparedStatement prepare(java.sql.Connection c) throws SQLException {
        PreparedStatement ps = c.prepareStatement(text.toString());
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
        return ps;
    }

    /** The parameters, in order: {@code ?} number {@code i + 1} is {@code params().get(i)}. */
    List<Object> params() {
        return List.copyOf(params);
    }

    @Override
    public String toString() {
        return text.toString();
    }

    static String str(String s) {
        if (s.indexOf('\0') >= 0) {
            throw new StoreException("a text to store contains the character U+0000, which databases cannot keep: "
                    + s.replace('\0', '?'));
        }
        return "'" + s.replace("'", "''") + "'";
    }

    static String str(Optional<String> s) {
        return s.isPresent() ? str(s.get()) : "NULL";
    }

    static String ts(Instant t) {
        return "TIMESTAMP WITH TIME ZONE '" + TIMESTAMP.format(OffsetDateTime.ofInstant(t, ZoneOffset.UTC)) + "+00:00'";
    }

    static String ts(Optional<Instant> t) {
        return t.isPresent() ? ts(t.get()) : "NULL";
    }

    static String seconds(Optional<Duration> d) {
        return d.isPresent() ? Long.toString(d.get().getSeconds()) : "NULL";
    }

    static String bool(boolean b) {
        return b ? "TRUE" : "FALSE";
    }

    /** At most {@code max} characters: the note columns are bounded. */
    static Optional<String> bounded(Optional<String> s, int max) {
        return s.map(x -> x.length() <= max ? x : x.substring(0, max - 3) + "...");
    }
}
