package io.github.tertib.compliance;

import io.github.tertib.internal.CaseEvents;
import io.github.tertib.internal.CaseWalk;
import io.github.tertib.internal.Instants;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.sop.TimeStandard;
import io.github.tertib.time.OutsideHolidayDataException;
import io.github.tertib.time.TimePolicy;
import io.github.tertib.time.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How one case of an SOP stands against the standard times of its steps at an instant: for every visit
 * of every step a {@link StepCompliance}, and for the case as a whole the elapsed time, the standard of
 * the path it took, the nominal standard of the SOP and a status.
 *
 * <pre>{@code
 * WorkCalendar cal = WorkCalendar.asn(ZoneId.of("Asia/Jakarta")).withHolidays(Holidays.indonesia());
 * ComplianceReport report = ComplianceReport.of(run, cal, asOf);   // read as TimePolicy.workingMinutes()
 * report.status();       // ON_TIME
 * report.elapsed();      // PT60H: 3,600 working minutes
 * report.standard();     // Optional[PT73H5M]: 4,385 minutes, the path with its loop
 * report.steps();        // one StepCompliance per visit
 * System.out.print(report.toTable());
 * }</pre>
 *
 * <p><b>Steps.</b> Each visit is measured from the instant its step became current to the instant its
 * last part was done; a visit still current is measured to {@code asOf}, one cut off by a cancellation to
 * the cancellation. Time during which the case was suspended does not count, and moves the due instant
 * later by as much. Reaching an END step is not listed: it takes no time and has no standard (the case's
 * {@link #closedAt()} is that instant).
 *
 * <p><b>The case.</b> Its elapsed time is the sum of its visits' elapsed times, and the standard of the
 * path taken the sum of their standards (empty when a step on the path has none). A cancelled case is
 * CANCELLED; an open one OVERDUE when its current step is, else RUNNING; a completed one ON_TIME when its
 * elapsed time is within the standard of its path, else LATE (UNTIMED when the path has no standard). So
 * a completed case may be ON_TIME although some of its steps were LATE: slow steps were made up by fast
 * ones.
 *
 * <p>Pure: the same case, calendar, policy and instant give an equal report. The library never reads the
 * clock, so {@code asOf} is passed in; it may not be earlier than the case's last event. Immutable and
 * thread-safe.
 */
public final class ComplianceReport {

    private final SopInstance instance;
    private final WorkCalendar calendar;
    private final TimePolicy policy;
    private final Instant asOf;
    private final List<StepCompliance> steps;
    private final Duration elapsed;
    private final Duration suspended;
    private final Optional<Duration> standard;
    private final ComplianceStatus status;
    // For the monitoring report: visit k's events after its activation are events [ends[k-1], ends[k])
    // (visit 0 starts at event 1, after Started). Derived from the instance, so not part of equality.
    final int[] ends;
    // For the monitoring report: visit k is of the step at stepIndexes[k] in the definition's steps.
    final int[] stepIndexes;

    private ComplianceReport(SopInstance instance, WorkCalendar calendar, TimePolicy policy, Instant asOf,
            List<StepCompliance> steps, Duration elapsed, Duration suspended, Optional<Duration> standard,
            ComplianceStatus status, int[] ends, int[] stepIndexes) {
        this.instance = instance;
        this.calendar = calendar;
        this.policy = policy;
        this.asOf = asOf;
        this.steps = steps;
        this.elapsed = elapsed;
        this.suspended = suspended;
        this.standard = standard;
        this.status = status;
        this.ends = ends;
        this.stepIndexes = stepIndexes;
    }

    /**
     * Returns the compliance of a case at an instant, reading standard times as working minutes
     * ({@link TimePolicy#workingMinutes()}). Minutes stay minutes: "15 Menit" is 15 minutes of the office's
     * working time, so a step done in exactly 15 is on time (read as working days of 480 minutes, each
     * minute of a 450-minute ASN day would count 16/15 and it would be late). Day-based units (Hari Kerja,
     * Hari, Minggu) count working days. Offices that mean working days when they write multiples of 480
     * minutes ("2400 Menit" for a working week) pass {@link TimePolicy#workingDays()} to
     * {@link #of(SopInstance, WorkCalendar, TimePolicy, Instant)}.
     *
     * @param instance the case
     * @param calendar the office's working calendar
     * @param asOf the instant of the report, not earlier than the case's last event
     * @return the report
     * @throws io.github.tertib.TertibException if {@code asOf} lies outside the years 1 to 9999
     * @throws IllegalArgumentException if {@code asOf} is earlier than the case's last event
     * @throws OutsideHolidayDataException if a visit, its due instant or {@code asOf} lies outside the
     *     calendar's holiday data
     */
    public static ComplianceReport of(SopInstance instance, WorkCalendar calendar, Instant asOf) {
        return of(instance, calendar, TimePolicy.workingMinutes(), asOf);
    }

    /**
     * Returns the compliance of a case at an instant, reading standard times through the given policy.
     *
     * @param instance the case
     * @param calendar the office's working calendar
     * @param policy how a Waktu is read and elapsed time measured
     * @param asOf the instant of the report, not earlier than the case's last event
     * @return the report
     * @throws io.github.tertib.TertibException if {@code asOf} lies outside the years 1 to 9999
     * @throws IllegalArgumentException if {@code asOf} is earlier than the case's last event
     * @throws OutsideHolidayDataException if a visit, its due instant or {@code asOf} lies outside the
     *     calendar's holiday data
     */
    public static ComplianceReport of(SopInstance instance, WorkCalendar calendar, TimePolicy policy, Instant asOf) {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(asOf, "asOf");
        Instants.requireInRange(asOf, "the instant of the report (asOf)");
        return measure(instance, new Meter(calendar, policy), asOf);
    }

    /**
     * The report with a meter made once for many cases. It walks the events as {@link SopInstance#visits()}
     * does, without making the visits: a visit ends when its step's last part is done, and a suspension
     * runs from a Suspended event to the next Resumed or Cancelled one.
     */
    static ComplianceReport measure(SopInstance instance, Meter meter, Instant asOf) {
        CaseEvents events = CaseEvents.of(instance.events());
        int size = events.size();
        Instant last = events.at(size - 1);
        if (asOf.isBefore(last)) {
            throw new IllegalArgumentException("the compliance of case " + instance.id() + " cannot be reported as of "
                    + asOf + ": its last event happened later, at " + last + "; give an instant not earlier than"
                    + " that");
        }
        Plan plan = Plan.of(instance.definition(), meter.policy, meter.calendar);
        boolean cancelled = events.isCancelled(size - 1);
        Visits v = new Visits(meter, plan, events, cancelled ? last : asOf, cancelled);
        CaseWalk.walk(instance.definition(), events, size, v);
        boolean reachedEnd = v.reachedEnd;
        int count = v.count;
        StepCompliance[] out = v.out;
        int[] ends = v.ends;
        Duration elapsed = Duration.ZERO;
        Duration suspended = Duration.ZERO;
        Duration standard = Duration.ZERO;
        boolean timed = true;
        for (int i = 0; i < count; i++) {
            StepCompliance s = out[i];
            elapsed = elapsed.plus(s.elapsed());
            if (!s.suspended().isZero()) {
                suspended = suspended.plus(s.suspended());
            }
            if (s.standard().isPresent()) {
                standard = standard.plus(s.standard().get());
            } else {
                timed = false;
            }
        }
        ComplianceStatus status;
        if (cancelled) {
            status = ComplianceStatus.CANCELLED;
        } else if (!reachedEnd) {
            status = out[count - 1].status() == ComplianceStatus.OVERDUE ? ComplianceStatus.OVERDUE
                    : ComplianceStatus.RUNNING;
        } else if (!timed) {
            status = ComplianceStatus.UNTIMED;
        } else {
            status = elapsed.compareTo(standard) > 0 ? ComplianceStatus.LATE : ComplianceStatus.ON_TIME;
        }
        return new ComplianceReport(instance, meter.calendar, meter.policy, asOf, List.of(Arrays.copyOf(out, count)),
                elapsed, suspended, timed ? Optional.of(standard) : Optional.empty(), status,
                Arrays.copyOf(ends, count), Arrays.copyOf(v.indexes, count));
    }

    /** Measures each visit the walk finds, with the suspensions found in it; END visits are not measured. */
    private static final class Visits implements CaseWalk.Visitor {
        private final Meter meter;
        private final Plan plan;
        private final CaseEvents events;
        private final Instant end;
        private final boolean cancelled;
        private final int[] ordinals;
        final StepCompliance[] out;
        final int[] ends;
        final int[] indexes;
        int count;
        boolean reachedEnd;
        private Instant[] from = NO_INSTANTS;
        private Instant[] until = NO_INSTANTS;
        private int spans;
        private int lastIndex = -1;
        private Instant lastAt;

        /**
         * The instant of the event at the index. A visit begins at the event that ended the one before
         * it: the last instant read is kept, so that each is made once.
         */
        private Instant at(int index) {
            if (index != lastIndex) {
                lastIndex = index;
                lastAt = events.at(index);
            }
            return lastAt;
        }

        Visits(Meter meter, Plan plan, CaseEvents events, Instant end, boolean cancelled) {
            this.meter = meter;
            this.plan = plan;
            this.events = events;
            this.end = end;
            this.cancelled = cancelled;
            this.ordinals = new int[plan.parts.length];
            this.out = new StepCompliance[events.size()];
            this.ends = new int[events.size()];
            this.indexes = new int[events.size()];
        }

        @Override
        public void suspension(int fromIndex, int toIndex) {
            if (spans == from.length) {
                from = Arrays.copyOf(from, spans + 2);
                until = Arrays.copyOf(until, spans + 2);
            }
            from[spans] = at(fromIndex);
            until[spans++] = toIndex < 0 ? null : at(toIndex);
        }

        @Override
        public void visit(int stepIndex, int entered, int left) {
            if (plan.end[stepIndex]) {
                reachedEnd = true;
                return;
            }
            Instant activated = at(entered);
            indexes[count] = stepIndex;
            if (left >= 0) {
                Instant at = at(left);
                out[count] = ComplianceReport.visit(meter, plan, stepIndex, ++ordinals[stepIndex], activated, at, from,
                        until, spans, at, false);
                ends[count++] = left + 1;
            } else {
                // the spans are read to their count; an open one ends at the end measured to
                out[count] = ComplianceReport.visit(meter, plan, stepIndex, ++ordinals[stepIndex], activated, null,
                        Arrays.copyOf(from, spans), Arrays.copyOf(until, spans), spans, end, cancelled);
                ends[count++] = events.size();
            }
            spans = 0;
        }
    }

    private static final Instant[] NO_INSTANTS = new Instant[0];

    /**
     * The compliance of one visit of the step at {@code index}: completed at {@code completed}, or not
     * completed (null) and measured to {@code end}, the cancellation if {@code cancelled}, else asOf.
     */
    private static StepCompliance visit(Meter meter, Plan plan, int index, int ordinal, Instant activated,
            Instant completed, Instant[] from, Instant[] until, int spans, Instant end, boolean cancelled) {
        Duration suspended = spans == 0 ? Duration.ZERO : meter.suspended(from, until, spans, end);
        // The time outside the suspensions, measured span by span: with a measure exact to the second
        // (working days), the whole measure less the suspended one would be rounded twice, and an open
        // visit's elapsed time could go back a second as the end moves on through a suspension.
        Duration elapsed = spans == 0 ? meter.measure(activated, end) : meter.outside(activated, from, until, spans, end);
        Optional<Instant> done = Optional.ofNullable(completed);
        TimeStandard written = plan.written[index];
        if (written == null) {
            return new StepCompliance(plan.number[index], ordinal, activated, done, Optional.empty(), elapsed,
                    suspended, Optional.empty(), completed == null && cancelled ? ComplianceStatus.CANCELLED
                    : ComplianceStatus.UNTIMED, Duration.ZERO);
        }
        Duration standard = plan.fixed[index];
        Instant due;
        if (standard != null) {
            due = meter.due(activated, standard, from, until, spans, end);
        } else {
            standard = meter.policy.standard(meter.calendar, activated, written);
            due = spans == 0 ? meter.policy.due(meter.calendar, activated, written)
                    : meter.due(activated, standard, from, until, spans, end);
        }
        boolean past = elapsed.compareTo(standard) > 0;
        ComplianceStatus status = completed != null ? (past ? ComplianceStatus.LATE : ComplianceStatus.ON_TIME)
                : cancelled ? ComplianceStatus.CANCELLED
                : past ? ComplianceStatus.OVERDUE : ComplianceStatus.RUNNING;
        return new StepCompliance(plan.number[index], ordinal, activated, done, Optional.of(standard), elapsed,
                suspended, Optional.of(due), status, past ? elapsed.minus(standard) : Duration.ZERO);
    }

    // ------------------------------------------------------------------------------------------ queries

    /**
     * Returns the last year of the calendar's holiday data when this report was computed past it by
     * assuming no holidays there ({@link WorkCalendar#assumingNoHolidaysOutsideData()}): some instant it
     * measured to, or some due instant, lies after 31 December of that year in the calendar's zone. Empty
     * when the calendar refuses instead, has no holiday data, or every instant lies within the data. Its
     * tables and the rendered documents then say so in a sentence.
     *
     * @return the last year of the holiday data the report went past, or empty
     */
    public Optional<Year> assumedNoHolidaysAfter() {
        if (!calendar.isAssumingNoHolidaysOutsideData() || calendar.holidays().lastYear().isEmpty()) {
            return Optional.empty();
        }
        Year last = calendar.holidays().lastYear().get();
        Instant end = LocalDate.of(last.getValue() + 1, 1, 1).atStartOfDay(calendar.zone()).toInstant();
        Instant measuredTo = status == ComplianceStatus.CANCELLED ? closedAt().orElse(asOf) : asOf;
        for (StepCompliance s : steps) {
            if (!s.completed().orElse(measuredTo).isBefore(end) || s.due().filter(d -> !d.isBefore(end)).isPresent()) {
                return Optional.of(last);
            }
        }
        return Optional.empty();
    }

    /** Returns the case reported on. */
    public SopInstance instance() {
        return instance;
    }

    /** Returns the calendar the case was measured on. */
    public WorkCalendar calendar() {
        return calendar;
    }

    /** Returns the policy that read the standards and measured the elapsed time. */
    public TimePolicy policy() {
        return policy;
    }

    /** Returns the instant of the report: where visits still current stop being measured. */
    public Instant asOf() {
        return asOf;
    }

    /**
     * Returns the compliance of every visit of every step, in the order the case visited them; reaching
     * an END step is not listed.
     *
     * @return the visits' compliance, the current one last while the case is open
     */
    public List<StepCompliance> steps() {
        return steps;
    }

    /** Returns the instant the case was started. */
    public Instant started() {
        return steps.get(0).activated();
    }

    /** Returns the instant the case was completed (reached an END step) or cancelled; empty while it is open. */
    public Optional<Instant> closedAt() {
        return instance.closedAt();
    }

    /**
     * Returns the time the case has taken, as its steps count it: the sum of its visits' elapsed times,
     * suspended time excluded.
     *
     * @return the elapsed time in the policy's measure
     */
    public Duration elapsed() {
        return elapsed;
    }

    /** Returns the time the case spent suspended, in the policy's measure. */
    public Duration suspended() {
        return suspended;
    }

    /**
     * Returns the standard of the path the case took: the sum of the standards of the visits so far, a
     * step visited twice counting twice; empty when a step on the path has no Waktu.
     *
     * @return the standard in the policy's measure
     */
    public Optional<Duration> standard() {
        return standard;
    }

    /**
     * Returns the nominal standard of the SOP: the Waktu of its happy path read nominally
     * ({@link SopDefinition#nominalStandardTime()}), for SOP V.4 4,360 minutes. It is the same for every case.
     *
     * @return the nominal standard
     */
    public Duration nominalStandard() {
        return instance.definition().nominalStandardTime();
    }

    /**
     * Returns how much the elapsed time exceeds the standard of the path taken; zero when it does not or
     * when there is no such standard.
     *
     * @return the overrun in the policy's measure
     */
    public Duration overrun() {
        return standard.isPresent() && elapsed.compareTo(standard.get()) > 0 ? elapsed.minus(standard.get())
                : Duration.ZERO;
    }

    /**
     * Returns the status of the case: CANCELLED; OVERDUE or RUNNING while open, after its current step;
     * ON_TIME or LATE once completed, by its elapsed time against the standard of its path; UNTIMED when
     * completed along a path with a step without a Waktu.
     *
     * @return the status
     */
    public ComplianceStatus status() {
        return status;
    }

    // ------------------------------------------------------------------------------------------- output

    /**
     * Returns the report as a text table, one visit a line, with a heading naming the case and a closing
     * line for the case as a whole; instants in the calendar's zone, durations in minutes.
     *
     * <pre>
     * Compliance of case V4/2026/001, SOP V. 4. Pembinaan ..., as of 2026-03-12 14:00 (Asia/Jakarta),
     * TimePolicy.workingMinutes()
     * Step  Visit  Activated         Completed         Standard  Elapsed  Suspended  Due               Status   Overrun
     * -----------------------------------------------------------------------------------------------------------------
     *    1      1  2026-03-02 08:00  2026-03-02 08:15       15m      15m         0m  2026-03-02 08:15  ON_TIME       0m
     *    2      1  2026-03-02 08:15  2026-03-02 10:30       15m     135m         0m  2026-03-02 08:30  LATE        120m
     * ...
     * Case: ON_TIME, elapsed 3600m of standard 4385m (the path taken), suspended 300m, nominal standard 4360m
     * </pre>
     *
     * <p>A developer table, in English; {@link #toTable(Locale)} chooses the language.
     *
     * @return the table, lines ended by {@code \n}
     */
    public String toTable() {
        return toTable(Locale.ENGLISH);
    }

    /**
     * Returns the report as {@link #toTable()} does, in one language: Indonesian for {@code id} (or the
     * old {@code in}), with the statuses as words ({@code Tepat waktu}, {@code Terlambat}, ...), English
     * for every other language, the same text as {@link #toTable()}.
     *
     * <pre>{@code
     * report.toTable(Locale.forLanguageTag("id"));   // Kepatuhan kasus V4/2026/001, ... Langkah  Kunjungan ...
     * }</pre>
     *
     * @param locale the language
     * @return the table, lines ended by {@code \n}
     */
    public String toTable(Locale locale) {
        return ComplianceTable.text(this, Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Returns the report as Markdown: a heading line, a pipe table of the visits, and a line for the case.
     * English, like {@link #toTable()}; {@link #toMarkdown(Locale)} chooses the language.
     *
     * @return the Markdown text, lines ended by {@code \n}
     */
    public String toMarkdown() {
        return toMarkdown(Locale.ENGLISH);
    }

    /**
     * Returns the report as {@link #toMarkdown()} does, in one language: Indonesian for {@code id} (or the
     * old {@code in}), English for every other.
     *
     * @param locale the language
     * @return the Markdown text, lines ended by {@code \n}
     */
    public String toMarkdown(Locale locale) {
        return ComplianceTable.markdown(this, Objects.requireNonNull(locale, "locale"));
    }

    /** Two reports are equal when they report the same case on the same calendar, policy and instant, with the same results. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ComplianceReport r && r.asOf.equals(asOf) && r.status == status
                && r.elapsed.equals(elapsed) && r.suspended.equals(suspended) && r.standard.equals(standard)
                && r.steps.equals(steps) && r.policy.equals(policy) && r.instance.equals(instance)
                && r.calendar.equals(calendar);
    }

    @Override
    public int hashCode() {
        return Objects.hash(instance.id(), asOf, status, elapsed, steps);
    }

    /** Returns a summary such as {@code compliance of case V4/2026/001 as of 2026-03-12T07:00:00Z: ON_TIME, elapsed PT60H of PT73H5M, 8 visits}. */
    @Override
    public String toString() {
        return "compliance of case " + instance.id() + " as of " + asOf + ": " + status + ", elapsed " + elapsed
                + (standard.isPresent() ? " of " + standard.get() : "") + ", " + steps.size() + " visits";
    }
}
