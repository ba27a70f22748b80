package io.github.tertib.bench;

import static io.github.tertib.bench.TertibV4.DEFINITION;
import static io.github.tertib.bench.TertibV4.KABID;
import static io.github.tertib.bench.TertibV4.KADIN;
import static io.github.tertib.bench.TertibV4.KASI;
import static io.github.tertib.bench.TertibV4.STAF;
import static io.github.tertib.bench.TertibV4.TIM;

import io.github.tertib.compliance.ComplianceReport;
import io.github.tertib.compliance.ComplianceStatus;
import io.github.tertib.sop.Answer;
import io.github.tertib.run.Event;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.catalog.Examples;
import io.github.tertib.time.WorkCalendar;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Tertib's side of {@link PeerMachineBench}, on SOP V.4 ({@link TertibV4}), plus the replays.
 *
 * <ul>
 *   <li>{@code guardedTransition}: the peers' workload. A case sits at step 2 (fixed in setup);
 *       an invocation gives it Kepala Bidang's part, Kepala Dinas's part and "Tidak" at step 3,
 *       which brings it back to step 2, and is divided by those 3 transitions. A
 *       {@link SopInstance} is immutable, so the case at step 2 stays in the state and each
 *       invocation returns the third new instance (each command runs all of Tertib's checks:
 *       case open, time order, current step, kind of step, role held or delegation valid, part not
 *       done, four eyes, definitive-only, custom guards). The events' digests are left pending, as
 *       a command leaves them.
 *   <li>{@code guardedTransitionThenDigest}: the same, with {@code lastDigest()} after each command
 *       (the SHA-256 of the new event, chained): what a transition costs a host that stores the
 *       digest after every command.
 *   <li>{@code wholeCase}: {@code SopInstance.start} and the happy path to END (start plus the
 *       peers' 8 guarded commands).
 *   <li>{@code newInstance}: {@code SopInstance.start}.
 *   <li>{@code replay}: {@code SopInstance.replay(v4, events)} of the completed happy-path case
 *       (9 events): every command's checks again plus verifying the digest chain. The digests were
 *       computed in setup ({@code events()}), so only re-checking and verifying are timed.
 *   <li>{@code replayExample}: the same on {@code Examples.v4()}, the scripted case with a Plh.
 *       delegation, a "Tidak" loop and a suspension (14 events).
 *   <li>{@code compliance}: {@code ComplianceReport.of(case, calendar, asOf)} of the completed
 *       happy-path case on the ASN calendar with Indonesia's holidays, a day after it completed.
 *       Its digests were computed in setup (a stored case's are), and the calendar's tables built.
 *   <li>{@code complianceExample}: the same on {@code Examples.v4()} (two visits of step 2, a
 *       suspension), the day after it completed.
 * </ul>
 *
 * <p>All instants are made in setup; every result is returned to JMH.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class TertibBench {

    private static final String ID = "V4/2026/001";

    private SopInstance atStep2;
    private Instant kabidAt;
    private Instant kadinAt;
    private Instant tidakAt;

    private Instant[] t;

    /** The shared definition, in a field as a host holds it (not a constant the JIT could fold). */
    private SopDefinition v4;
    private List<Event> completedEvents;
    private List<Event> exampleEvents;

    private WorkCalendar calendar;
    private SopInstance completed;
    private Instant completedAsOf;
    private SopInstance example;
    private Instant exampleAsOf;

    @Setup
    public void setUp() {
        v4 = DEFINITION;
        Instant t0 = TertibV4.T0;
        atStep2 = TertibV4.requireAtStep2(TertibV4.atStep2(ID, t0));
        atStep2.lastDigest(); // the base case's digests are known, as after a host stored them
        kabidAt = TertibV4.at(t0, 2);
        kadinAt = TertibV4.at(t0, 3);
        tidakAt = TertibV4.at(t0, 4);
        TertibV4.requireAtStep2(TertibV4.consultAgain(atStep2, kabidAt, kadinAt, tidakAt));
        TertibV4.requireAtStep2(guardedTransition());

        t = new Instant[TertibV4.HAPPY_PATH_EVENTS];
        for (int i = 0; i < t.length; i++) {
            t[i] = TertibV4.at(t0, i);
        }
        SopInstance completed = TertibV4.requireCompleted(wholeCase(), TertibV4.HAPPY_PATH_EVENTS);
        if (!completed.equals(TertibV4.completed(ID, t0))) {
            throw new IllegalStateException("wholeCase does not run TertibV4's happy path: " + completed);
        }
        completedEvents = completed.events(); // computes the digests
        requireReplays(completedEvents, completed);
        this.completed = completed;

        example = Examples.v4().run();
        exampleEvents = example.events();
        requireReplays(exampleEvents, example);

        calendar = TertibCalendarBench.asnWithHolidays();
        completedAsOf = completed.closedAt().orElseThrow().plusSeconds(86_400);
        exampleAsOf = example.closedAt().orElseThrow().plusSeconds(86_400);
        requireCompliance(compliance(), 6);
        requireCompliance(complianceExample(), 8);
    }

    /** Throws unless the report is of a completed case, with the given number of visits. */
    private static void requireCompliance(ComplianceReport report, int visits) {
        ComplianceStatus status = report.status();
        if (status != ComplianceStatus.ON_TIME && status != ComplianceStatus.LATE || report.steps().size() != visits) {
            throw new IllegalStateException("expected the compliance of a completed case with " + visits + " visits: "
                    + report.toTable());
        }
    }

    private void requireReplays(List<Event> events, SopInstance recorded) {
        if (!SopInstance.replay(v4, events).equals(recorded)) {
            throw new IllegalStateException("the replay of " + recorded + " differs from it");
        }
    }

    @Benchmark
    @OperationsPerInvocation(TertibV4.CONSULT_AGAIN_TRANSITIONS)
    public SopInstance guardedTransition() {
        return atStep2.complete(2, KABID, kabidAt)
                .complete(2, KADIN, kadinAt)
                .decide(3, Answer.NO, KASI, tidakAt);
    }

    @Benchmark
    @OperationsPerInvocation(TertibV4.CONSULT_AGAIN_TRANSITIONS)
    public SopInstance guardedTransitionThenDigest(Blackhole digests) {
        SopInstance run = atStep2.complete(2, KABID, kabidAt);
        digests.consume(run.lastDigest());
        run = run.complete(2, KADIN, kadinAt);
        digests.consume(run.lastDigest());
        run = run.decide(3, Answer.NO, KASI, tidakAt);
        digests.consume(run.lastDigest());
        return run;
    }

    @Benchmark
    public SopInstance wholeCase() {
        Instant[] t = this.t;
        return SopInstance.start(v4, ID, KASI, t[0])
                .complete(1, KASI, t[1])
                .complete(2, KABID, t[2])
                .complete(2, KADIN, t[3])
                .decide(3, Answer.YES, KASI, t[4])
                .complete(4, STAF, t[5])
                .complete(5, TIM, t[6])
                .complete(6, STAF, t[7])
                .complete(6, KASI, t[8]);
    }

    @Benchmark
    public SopInstance newInstance() {
        return SopInstance.start(v4, ID, KASI, t[0]);
    }

    @Benchmark
    public SopInstance replay() {
        return SopInstance.replay(v4, completedEvents);
    }

    @Benchmark
    public SopInstance replayExample() {
        return SopInstance.replay(v4, exampleEvents);
    }

    @Benchmark
    public ComplianceReport compliance() {
        return ComplianceReport.of(completed, calendar, completedAsOf);
    }

    @Benchmark
    public ComplianceReport complianceExample() {
        return ComplianceReport.of(example, calendar, exampleAsOf);
    }
}
