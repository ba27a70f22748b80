package io.github.tertib.time;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;

/**
 * A slow, obviously correct reading of a {@link WorkCalendar}, to check the fast one against: it walks
 * date by date, turns each working interval of {@link WorkCalendar#workingHoursOn} into instants with
 * {@link ZonedDateTime}, and adds up or walks the intervals. It shares no code with the calendar's tables.
 */
final class ReferenceCalendar {

    private static final BigInteger NANOS = BigInteger.valueOf(1_000_000_000L);

    private final WorkCalendar cal;
    private final ZoneId zone;

    ReferenceCalendar(WorkCalendar cal) {
        this.cal = cal;
        this.zone = cal.zone();
    }

    /** The first instant at which the wall clock shows {@code t} or later (the documented rule). */
    Instant resolve(LocalDateTime t) {
        ZoneOffsetTransition tr = zone.getRules().getTransition(t);
        if (tr != null && tr.isGap()) {
            return tr.getInstant();
        }
        return ZonedDateTime.ofLocal(t, zone, null).toInstant();
    }

    Instant dayStart(LocalDate d) {
        return resolve(d.atStartOfDay());
    }

    /** The working intervals of a date, as instants {@code [start, end)}. */
    List<Instant[]> intervals(LocalDate d) {
        List<Instant[]> out = new ArrayList<>();
        for (WorkingInterval w : cal.workingHoursOn(d)) {
            LocalDateTime s = d.atTime(w.start());
            LocalDateTime e = w.end().equals(LocalTime.MIDNIGHT) ? d.plusDays(1).atStartOfDay() : d.atTime(w.end());
            out.add(new Instant[] {resolve(s), resolve(e)});
        }
        return out;
    }

    /** The date whose span {@code [dayStart(d), dayStart(d + 1))} contains {@code t}. */
    LocalDate dayOf(Instant t) {
        LocalDate d = LocalDate.ofInstant(t, zone).minusDays(2);
        while (!dayStart(d.plusDays(1)).isAfter(t)) {
            d = d.plusDays(1);
        }
        return d;
    }

    Duration workingTimeBetween(Instant a, Instant b) {
        if (b.isBefore(a)) {
            return workingTimeBetween(b, a).negated();
        }
        Duration total = Duration.ZERO;
        for (LocalDate d = dayOf(a); !d.isAfter(dayOf(b)); d = d.plusDays(1)) {
            for (Instant[] w : intervals(d)) {
                Instant s = w[0].isAfter(a) ? w[0] : a;
                Instant e = w[1].isBefore(b) ? w[1] : b;
                if (e.isAfter(s)) {
                    total = total.plus(Duration.between(s, e));
                }
            }
        }
        return total;
    }

    Instant plusWorkingTime(Instant start, Duration d) {
        if (d.isZero()) {
            return start;
        }
        Duration left = d;
        for (LocalDate day = dayOf(start); ; day = day.plusDays(1)) {
            for (Instant[] w : intervals(day)) {
                Instant s = w[0].isAfter(start) ? w[0] : start;
                if (!w[1].isAfter(s)) {
                    continue;
                }
                Duration available = Duration.between(s, w[1]);
                if (left.compareTo(available) <= 0) {
                    return s.plus(left);
                }
                left = left.minus(available);
            }
        }
    }

    boolean isWorkingTime(Instant t) {
        for (Instant[] w : intervals(dayOf(t))) {
            if (!t.isBefore(w[0]) && t.isBefore(w[1])) {
                return true;
            }
        }
        return false;
    }

    Instant nextWorkingInstant(Instant t) {
        for (LocalDate day = dayOf(t); ; day = day.plusDays(1)) {
            for (Instant[] w : intervals(day)) {
                if (w[1].isAfter(t) && w[1].isAfter(w[0])) {
                    return w[0].isAfter(t) ? w[0] : t;
                }
            }
        }
    }

    private Duration realWork(LocalDate d) {
        Duration total = Duration.ZERO;
        for (Instant[] w : intervals(d)) {
            total = total.plus(Duration.between(w[0], w[1]));
        }
        return total;
    }

    /** The working time of date {@code d} done before {@code t}. */
    private Duration doneBefore(LocalDate d, Instant t) {
        Duration total = Duration.ZERO;
        for (Instant[] w : intervals(d)) {
            Instant e = w[1].isBefore(t) ? w[1] : t;
            if (e.isAfter(w[0])) {
                total = total.plus(Duration.between(w[0], e));
            }
        }
        return total;
    }

    /**
     * The documented measure: each instant's share of its date's working time, scaled to {@code m} seconds
     * and floored to the nanosecond, plus {@code m} seconds per whole working date between; floored to
     * whole seconds.
     */
    Duration workingDaysBetween(Instant a, Instant b, long m) {
        if (b.isBefore(a)) {
            return workingDaysBetween(b, a, m).negated();
        }
        LocalDate da = dayOf(a);
        LocalDate db = dayOf(b);
        long dates = 0;
        for (LocalDate d = da; d.isBefore(db); d = d.plusDays(1)) {
            if (!realWork(d).isZero()) {
                dates++;
            }
        }
        BigInteger total = BigInteger.valueOf(dates).multiply(BigInteger.valueOf(m)).multiply(NANOS)
                .add(scaled(db, b, m)).subtract(scaled(da, a, m));
        return Duration.ofSeconds(total.divide(NANOS).longValueExact());
    }

    private BigInteger scaled(LocalDate d, Instant t, long m) {
        long w = realWork(d).getSeconds();
        if (w == 0) {
            return BigInteger.ZERO;
        }
        return BigInteger.valueOf(m).multiply(BigInteger.valueOf(doneBefore(d, t).toNanos()))
                .divide(BigInteger.valueOf(w));
    }

    /**
     * Whole working dates: the same share of the {@code days}-th working date after {@code start}'s date,
     * the share floored to the nanosecond on a 24-hour scale and rounded up when turned back into time.
     */
    Instant plusWorkingDays(Instant start, long days) {
        if (days == 0) {
            return start;
        }
        long m = 86_400;
        LocalDate d = dayOf(start);
        BigInteger g = scaled(d, start, m);
        long k = days;
        if (g.equals(BigInteger.valueOf(m).multiply(NANOS))) {
            g = BigInteger.ZERO;
            k++;
        }
        // the k-th working date counting from d, the first working date on or after d being the 0th
        LocalDate target = d.minusDays(1);
        for (long seen = -1; seen < k; ) {
            target = target.plusDays(1);
            if (!realWork(target).isZero()) {
                seen++;
            }
        }
        BigInteger w = BigInteger.valueOf(realWork(target).getSeconds());
        BigInteger[] qr = g.multiply(w).divideAndRemainder(BigInteger.valueOf(m));
        long e = qr[0].longValueExact() + (qr[1].signum() > 0 ? 1 : 0);
        if (e == 0) {
            LocalDate back = target.minusDays(1);
            while (realWork(back).isZero()) {
                back = back.minusDays(1);
            }
            List<Instant[]> ws = intervals(back);
            return ws.get(ws.size() - 1)[1];
        }
        Duration left = Duration.ofNanos(e);
        for (Instant[] iv : intervals(target)) {
            Duration len = Duration.between(iv[0], iv[1]);
            if (left.compareTo(len) <= 0) {
                return iv[0].plus(left);
            }
            left = left.minus(len);
        }
        throw new AssertionError("share beyond the date");
    }
}
