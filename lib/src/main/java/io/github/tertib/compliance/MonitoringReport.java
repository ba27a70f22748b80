package io.github.tertib.compliance;

import io.github.tertib.sop.Answer;
import io.github.tertib.run.Event;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.sop.Step;
import io.github.tertib.sop.StepKind;
import io.github.tertib.time.OutsideHolidayDataException;
import io.github.tertib.time.TimePolicy;
import io.github.tertib.time.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
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
 * m.row().assessment();   // "Tidak berjalan dengan baik"
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

    /** The assessment of an SOP that runs well: {@value}. */
    public static final String GOOD = "Berjalan dengan baik";

    /** The assessment of an SOP that does not: {@value}. */
    public static final String NOT_GOOD = "Tidak berjalan dengan baik";

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
        this.row = assess(actions);
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

    // ------------------------------------------------------------------------------------------- tally

    /** Gathers the figures case by case, keeping only counts and elapsed times. */
    private static final class Tally {
        final SopDefinition definition;
        final Meter meter;
        final Instant asOf;
        final List<Role> roleList;
        final int n;
        int started;
        int completed;
        int onTime;
        int late;
        int cancelled;
        int open;
        int overdue;
        final int[] visits;
        final int[] cases;
        final int[] loops;
        final int[] onTimeVisits;
        final int[] assessed;
        final long[][] elapsed;
        final int[] elapsedCount;
        final Duration[] worst;
        final int[] overdueAt;
        final int[] answered;
        final int[] no;
        final int[] parts;
        final int[] lateParts;
        final int[] seen;

        Tally(SopDefinition definition, Meter meter, Instant asOf) {
            this.definition = definition;
            this.meter = meter;
            this.asOf = asOf;
            roleList = definition.roles();
            n = definition.steps().size();
            visits = new int[n];
            cases = new int[n];
            loops = new int[n];
            onTimeVisits = new int[n];
            assessed = new int[n];
            elapsed = new long[n][];
            elapsedCount = new int[n];
            worst = new Duration[n];
            Arrays.fill(worst, Duration.ZERO);
            overdueAt = new int[n];
            answered = new int[n];
            no = new int[n];
            parts = new int[roleList.size()];
            lateParts = new int[roleList.size()];
            seen = new int[n];
            for (int i = 0; i < n; i++) {
                elapsed[i] = new long[16];
            }
        }

        void add(SopInstance instance) {
            SopDefinition d = instance.definition();
            if (d != definition && !d.equals(definition)) {
                throw new IllegalArgumentException("case " + instance.id() + " runs SOP " + d.number() + ", not "
                        + definition.number() + ": a monitoring report covers the cases of one SOP");
            }
            ComplianceReport r = ComplianceReport.measure(instance, meter, asOf);
            started++;
            switch (r.status()) {
                case CANCELLED -> cancelled++;
                case RUNNING -> open++;
                case OVERDUE -> {
                    open++;
                    overdue++;
                }
                default -> {
                    completed++;
                    if (r.status() == ComplianceStatus.ON_TIME) {
                        onTime++;
                    } else if (r.status() == ComplianceStatus.LATE) {
                        late++;
                    }
                }
            }
            Arrays.fill(seen, 0);
            List<StepCompliance> ss = r.steps();
            List<Event> events = instance.events();
            for (int k = 0, count = ss.size(); k < count; k++) {
                StepCompliance s = ss.get(k);
                int i = definition.indexOf(s.step());
                visits[i]++;
                if (++seen[i] == 1) {
                    cases[i]++;
                } else if (seen[i] == 2) {
                    loops[i]++;
                }
                ComplianceStatus status = s.status();
                if (status == ComplianceStatus.ON_TIME || status.isPastStandard()) {
                    assessed[i]++;
                    if (status == ComplianceStatus.ON_TIME) {
                        onTimeVisits[i]++;
                    }
                }
                if (status == ComplianceStatus.OVERDUE) {
                    overdueAt[i]++;
                }
                if (s.isCompleted()) {
                    if (elapsedCount[i] == elapsed[i].length) {
                        elapsed[i] = Arrays.copyOf(elapsed[i], elapsed[i].length * 2);
                    }
                    elapsed[i][elapsedCount[i]++] = s.elapsed().toNanos();
                }
                if (s.overrun().compareTo(worst[i]) > 0) {
                    worst[i] = s.overrun();
                }
                parts(s, events, k == 0 ? 1 : r.ends[k - 1], r.ends[k], i);
            }
        }

        /** Counts the parts done in visit {@code s}, events {@code [from, to)}, and its decision's answer. */
        private void parts(StepCompliance s, List<Event> events, int from, int to, int stepIndex) {
            // Suspended spans so far in the visit, for the time counted when a late part was done.
            Instant suspendedAt = null;
            List<Instant[]> spans = null;
            boolean mayBeLate = !s.overrun().isZero();
            for (int e = from; e < to; e++) {
                Event ev = events.get(e);
                if (ev instanceof Event.PartCompleted || ev instanceof Event.Decided) {
                    int role = roleIndex(ev.role());
                    parts[role]++;
                    if (mayBeLate && isLate(s, ev.at(), spans, suspendedAt)) {
                        lateParts[role]++;
                    }
                    if (ev instanceof Event.Decided dec) {
                        answered[stepIndex]++;
                        if (dec.answer() == Answer.NO) {
                            no[stepIndex]++;
                        }
                    }
                } else if (ev instanceof Event.Suspended) {
                    suspendedAt = ev.at();
                } else if (suspendedAt != null) {
                    if (spans == null) {
                        spans = new ArrayList<>(2);
                    }
                    spans.add(new Instant[] {suspendedAt, ev.at()});
                    suspendedAt = null;
                }
            }
        }

        /** Whether the time the visit counted by {@code at} exceeds its standard. */
        private boolean isLate(StepCompliance s, Instant at, List<Instant[]> spans, Instant suspendedAt) {
            if (s.due().isEmpty() || !at.isAfter(s.due().get())) {
                return false;
            }
            Duration counted = meter.measure(s.activated(), at);
            if (spans != null) {
                for (Instant[] span : spans) {
                    counted = counted.minus(meter.measure(span[0], span[1]));
                }
            }
            if (suspendedAt != null) {
                counted = counted.minus(meter.measure(suspendedAt, at));
            }
            return counted.compareTo(s.standard().get()) > 0;
        }

        private int roleIndex(Role role) {
            for (int i = 0; i < roleList.size(); i++) {
                Role r = roleList.get(i);
                if (r == role || r.equals(role)) {
                    return i;
                }
            }
            throw new IllegalStateException("a checked case acts only in its SOP's roles, not " + role);
        }

        Counts counts() {
            return new Counts(started, completed, onTime, late, cancelled, open, overdue);
        }

        List<StepSummary> steps() {
            List<StepSummary> out = new ArrayList<>(n);
            List<Step> all = definition.steps();
            for (int i = 0; i < n; i++) {
                Step s = all.get(i);
                if (s.kind() == StepKind.END) {
                    continue;
                }
                long[] values = Arrays.copyOf(elapsed[i], elapsedCount[i]);
                Arrays.sort(values);
                int m = values.length;
                Optional<Duration> median = m == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(values[(m + 1) / 2 - 1]));
                Optional<Duration> p90 = m == 0 ? Optional.empty()
                        : Optional.of(Duration.ofNanos(values[(int) ((9L * m + 9) / 10) - 1]));
                out.add(new StepSummary(s.number(), s.activity(), visits[i], cases[i], loops[i], onTimeVisits[i],
                        assessed[i], overdueAt[i], median, p90, worst[i]));
            }
            return List.copyOf(out);
        }

        List<RoleSummary> roles() {
            List<RoleSummary> out = new ArrayList<>(roleList.size());
            for (int i = 0; i < roleList.size(); i++) {
                out.add(new RoleSummary(roleList.get(i), parts[i], lateParts[i]));
            }
            return List.copyOf(out);
        }

        List<DecisionSummary> decisions() {
            List<DecisionSummary> out = new ArrayList<>();
            List<Step> all = definition.steps();
            for (int i = 0; i < n; i++) {
                Step s = all.get(i);
                if (s.kind() == StepKind.DECISION) {
                    out.add(new DecisionSummary(s.number(), s.activity(), answered[i], no[i]));
                }
            }
            return List.copyOf(out);
        }
    }

    // -------------------------------------------------------------------------------------- assessment

    private MonitoringRow assess(String actions) {
        List<String> notes = new ArrayList<>();
        boolean anyAssessed = false;
        for (StepSummary s : steps) {
            OptionalDouble rate = s.onTimeRate();
            if (rate.isPresent()) {
                anyAssessed = true;
                if (rate.getAsDouble() < threshold) {
                    notes.add("Langkah " + s.step() + " (" + s.activity() + ") tepat waktu "
                            + Format.percent(rate.getAsDouble()) + " (di bawah " + Format.percent(threshold) + ")");
                }
            }
        }
        boolean good = notes.isEmpty() && counts.overdue() == 0;
        if (counts.overdue() > 0) {
            StringBuilder b = new StringBuilder().append(counts.overdue()).append(" kasus melewati batas waktu (");
            String sep = "";
            for (StepSummary s : steps) {
                if (s.overdue() > 0) {
                    b.append(sep).append(s.overdue()).append(" pada langkah ").append(s.step());
                    sep = ", ";
                }
            }
            notes.add(b.append(')').toString());
        }
        String text;
        if (!notes.isEmpty()) {
            text = String.join("; ", notes) + ".";
        } else if (anyAssessed) {
            text = "Semua langkah tepat waktu sekurang-kurangnya " + Format.percent(threshold)
                    + " dan tidak ada kasus yang melewati batas waktu.";
        } else {
            text = "Belum ada langkah yang dapat dinilai.";
        }
        return new MonitoringRow(definition.number() + " " + definition.name(), good ? GOOD : NOT_GOOD, text, actions);
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

    private static final String[] FORM_HEADER = {"No", "Prosedur", "Penilaian terhadap Penerapan",
        "Catatan Hasil Penilaian", "Tindakan yang Harus Diambil", "Paraf Penilai"};

    private String title() {
        return "Monitoring of SOP " + definition.number() + " " + definition.name();
    }

    private String meta() {
        ZoneId zone = calendar.zone();
        return "As of " + Format.local(asOf, zone) + " (" + zone + "), " + policy + ", on-time threshold "
                + Format.percent(threshold) + ".";
    }

    private List<String[]> formRows() {
        List<String[]> rows = new ArrayList<>(2);
        rows.add(FORM_HEADER);
        rows.add(new String[] {"1", row.procedure(), row.assessment(), row.notes(), row.actions(), ""});
        return rows;
    }

    private List<String[]> countRows() {
        List<String[]> rows = new ArrayList<>(2);
        rows.add(new String[] {"Started", "Completed", "On time", "Late", "Cancelled", "Open", "Overdue"});
        Counts c = counts;
        rows.add(new String[] {"" + c.started(), "" + c.completed(), "" + c.onTime(), "" + c.late(),
            "" + c.cancelled(), "" + c.open(), "" + c.overdue()});
        return rows;
    }

    private List<String[]> stepRows() {
        List<String[]> rows = new ArrayList<>(steps.size() + 1);
        rows.add(new String[] {"Step", "Activity", "Visits", "Loop rate", "On time", "On-time rate", "Overdue",
            "Median", "P90", "Worst overrun"});
        for (StepSummary s : steps) {
            rows.add(new String[] {"" + s.step(), s.activity(), "" + s.visits(), percent(s.loopRate()),
                s.onTime() + "/" + s.assessed(), percent(s.onTimeRate()), "" + s.overdue(),
                Format.minutes(s.median()), Format.minutes(s.p90()), Format.minutes(s.worstOverrun())});
        }
        return rows;
    }

    private static final boolean[] STEP_RIGHT = {true, false, true, true, true, true, true, true, true, true};

    private List<String[]> roleRows() {
        List<String[]> rows = new ArrayList<>(roles.size() + 1);
        rows.add(new String[] {"Role", "Parts done", "Late parts"});
        for (RoleSummary r : roles) {
            rows.add(new String[] {r.role().title(), "" + r.partsDone(), "" + r.lateParts()});
        }
        return rows;
    }

    private List<String[]> decisionRows() {
        List<String[]> rows = new ArrayList<>(decisions.size() + 1);
        rows.add(new String[] {"Step", "Activity", "Answered", "Tidak", "Tidak rate"});
        for (DecisionSummary d : decisions) {
            rows.add(new String[] {"" + d.step(), d.activity(), "" + d.answered(), "" + d.no(), percent(d.noRate())});
        }
        return rows;
    }

    private static String percent(OptionalDouble share) {
        return share.isPresent() ? Format.percent(share.getAsDouble()) : "-";
    }

    private static boolean[] right(int columns, int... left) {
        boolean[] r = new boolean[columns];
        Arrays.fill(r, true);
        for (int c : left) {
            r[c] = false;
        }
        return r;
    }

    /**
     * Returns the report as Markdown: a heading, the monitoring row as the regulation's table, then the
     * tables of cases, steps, roles and decisions.
     *
     * @return the Markdown text, lines ended by {@code \n}
     */
    public String toMarkdown() {
        StringBuilder b = new StringBuilder(4096);
        b.append("## ").append(Format.markdown(title())).append("\n\n").append(Format.markdown(meta())).append("\n\n");
        b.append("### Monitoring\n\n");
        Format.markdownTable(b, formRows(), right(6, 1, 2, 3, 4, 5));
        b.append("\n### Cases\n\n");
        Format.markdownTable(b, countRows(), right(7));
        b.append("\n### Steps\n\n");
        Format.markdownTable(b, stepRows(), STEP_RIGHT);
        b.append("\n### Roles\n\n");
        Format.markdownTable(b, roleRows(), right(3, 0));
        if (!decisions.isEmpty()) {
            b.append("\n### Decisions\n\n");
            Format.markdownTable(b, decisionRows(), right(5, 1));
        }
        return b.toString();
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
        StringBuilder b = new StringBuilder(4096);
        b.append("section,key,name,measure,value\r\n");
        csv(b, "report", "", "", "as_of", asOf.toString());
        csv(b, "report", "", "", "zone", calendar.zone().toString());
        csv(b, "report", "", "", "policy", policy.toString());
        csv(b, "report", "", "", "threshold", Format.fraction(threshold));
        csv(b, "form", "1", row.procedure(), "assessment", row.assessment());
        csv(b, "form", "1", row.procedure(), "notes", row.notes());
        csv(b, "form", "1", row.procedure(), "actions", row.actions());
        Counts c = counts;
        csv(b, "cases", "", "", "started", "" + c.started());
        csv(b, "cases", "", "", "completed", "" + c.completed());
        csv(b, "cases", "", "", "on_time", "" + c.onTime());
        csv(b, "cases", "", "", "late", "" + c.late());
        csv(b, "cases", "", "", "cancelled", "" + c.cancelled());
        csv(b, "cases", "", "", "open", "" + c.open());
        csv(b, "cases", "", "", "overdue", "" + c.overdue());
        for (StepSummary s : steps) {
            String k = "" + s.step();
            csv(b, "step", k, s.activity(), "visits", "" + s.visits());
            csv(b, "step", k, s.activity(), "cases", "" + s.cases());
            csv(b, "step", k, s.activity(), "loops", "" + s.loops());
            csv(b, "step", k, s.activity(), "loop_rate", fraction(s.loopRate()));
            csv(b, "step", k, s.activity(), "on_time", "" + s.onTime());
            csv(b, "step", k, s.activity(), "assessed", "" + s.assessed());
            csv(b, "step", k, s.activity(), "on_time_rate", fraction(s.onTimeRate()));
            csv(b, "step", k, s.activity(), "overdue", "" + s.overdue());
            csv(b, "step", k, s.activity(), "median_minutes", s.median().map(Format::decimalMinutes).orElse(""));
            csv(b, "step", k, s.activity(), "p90_minutes", s.p90().map(Format::decimalMinutes).orElse(""));
            csv(b, "step", k, s.activity(), "worst_overrun_minutes", Format.decimalMinutes(s.worstOverrun()));
        }
        for (RoleSummary r : roles) {
            csv(b, "role", r.role().id(), r.role().title(), "parts_done", "" + r.partsDone());
            csv(b, "role", r.role().id(), r.role().title(), "late_parts", "" + r.lateParts());
        }
        for (DecisionSummary d : decisions) {
            String k = "" + d.step();
            csv(b, "decision", k, d.activity(), "answered", "" + d.answered());
            csv(b, "decision", k, d.activity(), "tidak", "" + d.no());
            csv(b, "decision", k, d.activity(), "tidak_rate", fraction(d.noRate()));
        }
        return b.toString();
    }

    private static String fraction(OptionalDouble share) {
        return share.isPresent() ? Format.fraction(share.getAsDouble()) : "";
    }

    private static void csv(StringBuilder b, String section, String key, String name, String measure, String value) {
        b.append(Format.csv(section)).append(',').append(Format.csv(key)).append(',').append(Format.csv(name))
                .append(',').append(Format.csv(measure)).append(',').append(Format.csv(value)).append("\r\n");
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
                + row.assessment();
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
     * @param assessment <i>Penilaian terhadap Penerapan</i>: {@value #GOOD} or {@value #NOT_GOOD}
     * @param notes <i>Catatan Hasil Penilaian</i>: generated, naming the steps that fall short and the overdue cases
     * @param actions <i>Tindakan yang Harus Diambil</i>: the assessor's, empty until given
     */
    public record MonitoringRow(String procedure, String assessment, String notes, String actions) {

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

        /** Returns whether the SOP runs well: the assessment is {@value #GOOD}. */
        public boolean isGood() {
            return assessment.equals(GOOD);
        }
    }
}
