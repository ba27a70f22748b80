package io.github.tertib.compliance;

import io.github.tertib.internal.Instants;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.time.OutsideHolidayDataException;
import io.github.tertib.time.TimePolicy;
import io.github.tertib.time.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How the cases of one SOP stand together: counts of cases, for every step its on-time rate, median and
 * 90th percentile of elapsed time, worst overrun and loop rate, for every role the parts done and done
 * late, for every decision the rate of "Tidak", and the regulation's monitoring row (PermenPAN-RB
 * 35/2012: <i>Penilaian terhadap Penerapan</i>, <i>Catatan Hasil Penilaian</i>, <i>Tindakan yang Harus
 * Diambil</i>).
 *
 * <pre>{@code
 * MonitoringReport m = MonitoringReport.of(v4, cases, calendar, asOf);   // TimePolicy.workingMinutes()
 * m.counts().overdue();   // 1
 * m.row().assessment();   // Assessment.NOT_GOOD: "Tidak berjalan dengan baik"
 * m.row().notes();        // "Langkah 2 (Mengkonsultasikan ...) tepat waktu 25% (di bawah 90%); ..."
 * m.withThreshold(0.95).withActions("Menambah tenaga pelaksana").row().actions();  // as given
 * Files.writeString(Path.of("monitoring.csv"), m.toCsv());
 * }</pre>
 *
 * <p>It prints itself as Markdown and CSV, forms of data; as a printable document, in the style of the
 * SOP document, it is written by the render package: {@code SopRenderer.standard().html(m)}.
 *
 * <p><b>Figures.</b> Every case is measured as {@link ComplianceReport} measures it. A step's
 * <i>on-time rate</i> is its ON_TIME visits over those whose outcome is known: ON_TIME, LATE, and OVERDUE
 * (still open, already past the standard); RUNNING, CANCELLED and UNTIMED visits are not counted. Its
 * <i>median</i> and <i>90th percentile</i> are those of the elapsed times of its completed visits, by the
 * nearest rank (the smallest elapsed time that at least half, or nine tenths, of them do not exceed); the
 * <i>worst overrun</i> is the largest overrun of any of its visits; its <i>loop rate</i> is the share of the
 * cases reaching it that visited it more than once. A role's part is <i>late</i> when it was done after
 * the step's elapsed time had passed its standard. Reaching an END step is not a visit (see
 * {@link ComplianceReport}).
 *
 * <p><b>The monitoring row</b> says "Berjalan dengan baik" when every step with known outcomes has an
 * on-time rate of at least the threshold (90% unless {@link #withThreshold(double)} changes it) and no
 * case is overdue, else "Tidak berjalan dengan baik". Its notes name, in Indonesian, the steps that fall
 * short and the overdue cases; the actions are left to the assessor ({@link #withActions(String)}).
 *
 * <p>Immutable and thread-safe; {@code with…} methods return changed copies.
 */
public final class MonitoringReport {

    /** The on-time rate every step must reach unless {@link #withThreshold(double)} says otherwise: {@value}. */
    public static final double DEFAULT_THRESHOLD = 0.9;

    private final SopDefinition definition;
    private final WorkCalendar calendar;
    private final TimePolicy policy;
    private final Instant asOf;
    private final Counts counts;
    private final List<StepSummary> steps;
    private final List<RoleSummary> roles;
    private final List<DecisionSummary> decisions;
    private final double threshold;
    private final MonitoringRow row;

    private MonitoringReport(SopDefinition definition, WorkCalendar calendar, TimePolicy policy, Instant asOf,
            Counts counts, List<StepSummary> steps, List<RoleSummary> roles, List<DecisionSummary> decisions,
            double threshold, String actions) {
        this.definition = definition;
        this.calendar = calendar;
        this.policy = policy;
        this.asOf = asOf;
        this.counts = counts;
        this.steps = steps;
        this.roles = roles;
        this.decisions = decisions;
        this.threshold = threshold;
        this.row = Verdict.assess(definition, counts, steps, threshold, actions);
    }

    /**
     * Returns the monitoring of the cases of an SOP at an instant, reading standard times as working
     * minutes ({@link TimePolicy#workingMinutes()}), as {@link ComplianceReport#of(SopInstance, WorkCalendar,
     * Instant)} does: "15 Menit" is 15 minutes of working time, day-based units count working days. Pass
     * {@link TimePolicy#workingDays()} to read multiples of 480 minutes as working days.
     *
     * @param definition the SOP
     * @param instances its cases, in any order; none of another SOP
     * @param calendar the office's working calendar
     * @param asOf the instant of the report, not earlier than any case's last event
     * @return the report, with the default threshold of 90%
     * @throws io.github.tertib.TertibException if {@code asOf} lies outside the years 1 to 9999
     * @throws IllegalArgumentException if a case runs another SOP, or had an event after {@code asOf}
     * @throws OutsideHolidayDataException if a visit, its due instant or {@code asOf} lies outside the
     *     calendar's holiday data
     */
    public static MonitoringReport of(SopDefinition definition, Iterable<SopInstance> instances, WorkCalendar calendar,
            Instant asOf) {
        return of(definition, instances, calendar, TimePolicy.workingMinutes(), asOf);
    }

    /**
     * Returns the monitoring of the cases of an SOP at an instant, reading standard times through the
     * given policy.
     *
     * @param definition the SOP
     * @param instances its cases, in any order; none of another SOP
     * @param calendar the office's working calendar
     * @param policy how a Waktu is read and elapsed time measured
     * @param asOf the instant of the report, not earlier than any case's last event
     * @return the report, with the default threshold of 90%
     * @throws io.github.tertib.TertibException if {@code asOf} lies outside the years 1 to 9999
     * @throws IllegalArgumentException if a case runs another SOP, or had an event after {@code asOf}
     * @throws OutsideHolidayDataException if a visit, its due instant or {@code asOf} lies outside the
     *     calendar's holiday data
     */
    public static MonitoringReport of(SopDefinition definition, Iterable<SopInstance> instances, WorkCalendar calendar,
            TimePolicy policy, Instant asOf) {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(instances, "instances");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(asOf, "asOf");
        Instants.requireInRange(asOf, "the instant of the report (asOf)");
        Tally t = new Tally(definition, new Meter(calendar, policy), asOf);
        for (SopInstance instance : instances) {
            t.add(Objects.requireNonNull(instance, "an instance"));
        }
        return new MonitoringReport(definition, calendar, policy, asOf, t.counts(), t.steps(), t.roles(),
                t.decisions(), DEFAULT_THRESHOLD, "");
    }

    /**
     * Returns a copy of this report whose monitoring row requires the given on-time rate of every step.
     *
     * @param threshold the least on-time rate, from 0 to 1, such as {@code 0.95}
     * @return the changed copy
     * @throws io.github.tertib.TertibException if {@code asOf} lies outside the years 1 to 9999
     * @throws IllegalArgumentException if the threshold is not between 0 and 1
     */
    public MonitoringReport withThreshold(double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("an on-time threshold of " + threshold + " cannot be used: give a share"
                    + " from 0 to 1, such as 0.9 for 90%");
        }
        return new MonitoringReport(definition, calendar, policy, asOf, counts, steps, roles, decisions, threshold,
                row.actions());
    }

    /**
     * Returns a copy of this report whose monitoring row carries the assessor's <i>Tindakan yang Harus
     * Diambil</i> (actions to take).
     *
     * @param actions the actions, as the assessor writes them; empty to leave the cell blank
     * @return the changed copy
     */
    public MonitoringReport withActions(String actions) {
        Objects.requireNonNull(actions, "actions");
        return new MonitoringReport(definition, calendar, policy, asOf, counts, steps, roles, decisions, threshold,
                actions.strip());
    }

    // ----------------------------------------------------------------------------------------- queries

    /** Returns the SOP whose cases are reported on. */
    public SopDefinition definition() {
        return definition;
    }

    /** Returns the calendar the cases were measured on. */
    public WorkCalendar calendar() {
        return calendar;
    }

    /** Returns the policy that read the standards and measured elapsed time. */
    public TimePolicy policy() {
        return policy;
    }

    /** Returns the instant of the report. */
    public Instant asOf() {
        return asOf;
    }

    /** Returns the on-time rate every step must reach for the SOP to run well, from 0 to 1. */
    public double threshold() {
        return threshold;
    }

    /** Returns how many cases there are and where they stand. */
    public Counts counts() {
        return counts;
    }

    /** Returns the figures of every step but the END steps, in the definition's order. */
    public List<StepSummary> steps() {
        return steps;
    }

    /** Returns the parts every role did, in the definition's order of roles. */
    public List<RoleSummary> roles() {
        return roles;
    }

    /** Returns the answers of every decision step, in the definition's order. */
    public List<DecisionSummary> decisions() {
        return decisions;
    }

    /** Returns the regulation's monitoring row of the SOP. */
    public MonitoringRow row() {
        return row;
    }

    // ------------------------------------------------------------------------------------------ output

    /**
     * Returns the report as Markdown: a heading, the monitoring row as the regulation's table, then the
     * tables of cases, steps, roles and decisions.
     *
     * @return the Markdown text, lines ended by {@code \n}
     */
    public String toMarkdown() {
        return MonitoringMarkdown.write(this);
    }

    /**
     * Returns the report as CSV (RFC 4180: fields with commas, quotes or line breaks quoted, lines ended by
     * CRLF) in one long table of five columns, {@code section,key,name,measure,value}: the report's
     * instant, policy and threshold; the monitoring row; the counts of cases; then a line per figure of
     * every step, role and decision. Durations are decimal minutes, rates fractions from 0 to 1; a figure
     * that does not exist (the median of a step never completed) has an empty value.
     *
     * <pre>
     * section,key,name,measure,value
     * report,,,as_of,2026-04-01T02:00:00Z
     * form,1,V. 4. PEMBINAAN ...,assessment,Tidak berjalan dengan baik
     * step,4,Persiapan Pelaksanaan Kegiatan,on_time_rate,0.6
     * </pre>
     *
     * @return the CSV text
     */
    public String toCsv() {
        return MonitoringCsv.write(this);
    }

    /** Two reports are equal when they cover the same SOP, calendar, policy and instant with the same figures, threshold and row. */
    @Override
    public boolean equals(Object o) {
        return o instanceof MonitoringReport m && m.asOf.equals(asOf) && m.threshold == threshold
                && m.counts.equals(counts) && m.steps.equals(steps) && m.roles.equals(roles)
                && m.decisions.equals(decisions) && m.row.equals(row) && m.policy.equals(policy)
                && m.definition.equals(definition) && m.calendar.equals(calendar);
    }

    @Override
    public int hashCode() {
        return Objects.hash(asOf, counts, steps, row);
    }

    /** Returns a summary such as {@code monitoring of SOP V. 4. as of 2026-04-01T02:00:00Z: 12 cases, Tidak berjalan dengan baik}. */
    @Override
    public String toString() {
        return "monitoring of SOP " + definition.number() + " as of " + asOf + ": " + counts.started() + " cases, "
                + row.assessment().text();
    }

    // ----------------------------------------------------------------------------------------- figures

    /**
     * How many cases a monitoring report covers and where they stand.
     *
     * @param started every case reported on
     * @param completed the cases that reached an END step
     * @param onTime the completed cases that were ON_TIME as a whole
     * @param late the completed cases that were LATE as a whole
     * @param cancelled the cancelled cases
     * @param open the cases still open (running or suspended)
     * @param overdue the open cases whose current step is past its standard
     */
    public record Counts(int started, int completed, int onTime, int late, int cancelled, int open, int overdue) {

        /**
         * Checks that no count is negative and that the cases add up.
         *
         * @param started every case
         * @param completed the completed cases
         * @param onTime the completed cases on time
         * @param late the completed cases late
         * @param cancelled the cancelled cases
         * @param open the open cases
         * @param overdue the overdue open cases
         */
        public Counts {
            if (completed < 0 || onTime < 0 || late < 0 || cancelled < 0 || open < 0 || overdue < 0
                    || completed + cancelled + open != started || onTime + late > completed || overdue > open) {
                throw new IllegalArgumentException("the counts of cases do not add up: started " + started + ", completed "
                        + completed + " (on time " + onTime + ", late " + late + "), cancelled " + cancelled + ", open "
                        + open + " (overdue " + overdue + ")");
            }
        }
    }

    /**
     * The figures of one step over every case.
     *
     * @param step the step's number
     * @param activity its activity (Kegiatan)
     * @param visits its visits in all cases, a loop making more than one in a case
     * @param cases the cases that reached it
     * @param loops the cases that visited it more than once
     * @param onTime its ON_TIME visits
     * @param assessed its visits whose outcome is known: ON_TIME, LATE or OVERDUE
     * @param overdue its OVERDUE visits: the cases waiting on it past its standard
     * @param median the median elapsed time of its completed visits (nearest rank); empty if none
     * @param p90 the 90th percentile of the same (nearest rank); empty if none
     * @param worstOverrun the largest overrun of any of its visits; zero if none
     */
    public record StepSummary(int step, String activity, int visits, int cases, int loops, int onTime, int assessed,
            int overdue, Optional<Duration> median, Optional<Duration> p90, Duration worstOverrun) {

        /**
         * Checks that nothing is null.
         *
         * @param step the step's number
         * @param activity its activity
         * @param visits its visits
         * @param cases the cases reaching it
         * @param loops the cases visiting it twice or more
         * @param onTime its visits on time
         * @param assessed its visits with a known outcome
         * @param overdue its overdue visits
         * @param median the median elapsed time
         * @param p90 the 90th percentile
         * @param worstOverrun the largest overrun
         */
        public StepSummary {
            Objects.requireNonNull(activity, "activity");
            Objects.requireNonNull(median, "median");
            Objects.requireNonNull(p90, "p90");
            Objects.requireNonNull(worstOverrun, "worstOverrun");
        }

        /** Returns the share of its visits with a known outcome that were ON_TIME; empty when there are none. */
        public OptionalDouble onTimeRate() {
            return assessed == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) onTime / assessed);
        }

        /** Returns the share of the cases reaching it that visited it more than once; empty when none reached it. */
        public OptionalDouble loopRate() {
            return cases == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) loops / cases);
        }
    }

    /**
     * The parts one role did over every case.
     *
     * @param role the role
     * @param partsDone the parts it did (steps' parts and decisions' answers)
     * @param lateParts those done after the step's elapsed time had passed its standard
     */
    public record RoleSummary(Role role, int partsDone, int lateParts) {

        /**
         * Checks that nothing is null.
         *
         * @param role the role
         * @param partsDone the parts done
         * @param lateParts the parts done late
         */
        public RoleSummary {
            Objects.requireNonNull(role, "role");
        }
    }

    /**
     * The answers of one decision step over every case.
     *
     * @param step the step's number
     * @param activity its activity (the question)
     * @param answered how often it was answered
     * @param no how often the answer was "Tidak"
     */
    public record DecisionSummary(int step, String activity, int answered, int no) {

        /**
         * Checks that nothing is null.
         *
         * @param step the step's number
         * @param activity its activity
         * @param answered the answers
         * @param no the "Tidak" answers
         */
        public DecisionSummary {
            Objects.requireNonNull(activity, "activity");
        }

        /** Returns the share of the answers that were "Tidak"; empty when it was never answered. */
        public OptionalDouble noRate() {
            return answered == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) no / answered);
        }
    }

    /**
     * The row of the regulation's monitoring form (PermenPAN-RB 35/2012) for one SOP; the form's "No" and
     * "Paraf Penilai" (the assessor's initials) are left to the printed form.
     *
     * @param procedure <i>Prosedur</i>: the SOP's number and name
     * @param assessment <i>Penilaian terhadap Penerapan</i>: {@link Assessment#GOOD} or {@link Assessment#NOT_GOOD}
     * @param notes <i>Catatan Hasil Penilaian</i>: generated, naming the steps that fall short and the overdue cases
     * @param actions <i>Tindakan yang Harus Diambil</i>: the assessor's, empty until given
     */
    public record MonitoringRow(String procedure, Assessment assessment, String notes, String actions) {

        /**
         * Checks that nothing is null.
         *
         * @param procedure the SOP
         * @param assessment the assessment
         * @param notes the notes
         * @param actions the actions
         */
        public MonitoringRow {
            Objects.requireNonNull(procedure, "procedure");
            Objects.requireNonNull(assessment, "assessment");
            Objects.requireNonNull(notes, "notes");
            Objects.requireNonNull(actions, "actions");
        }

        /** Returns whether the SOP runs well: the assessment is {@link Assessment#GOOD}. */
        public boolean isGood() {
            return assessment == Assessment.GOOD;
        }
    }

    /**
     * The regulation's <i>Penilaian terhadap Penerapan</i> (assessment of how the SOP is applied): it runs
     * well or it does not.
     */
    public enum Assessment {

        /** Every step with known outcomes reached the threshold and no case is overdue: "Berjalan dengan baik". */
        GOOD("Berjalan dengan baik"),

        /** A step fell short of the threshold, or a case is overdue: "Tidak berjalan dengan baik". */
        NOT_GOOD("Tidak berjalan dengan baik");

        private final String text;

        Assessment(String text) {
            this.text = text;
        }

        /** Returns the assessment as the monitoring form writes it, in Indonesian: {@code Berjalan dengan baik}. */
        public String text() {
            return text;
        }

        /** Returns {@link #text()}. */
        @Override
        public String toString() {
            return text;
        }
    }
}