package io.github.tertib.bench;

import io.github.tertib.bench.AsnQuestions.Span;
import io.github.tertib.bench.peers.TaskanaAsnCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import pro.taskana.common.api.WorkingTimeCalculator;

/**
 * The {@link AsnQuestions} on Taskana's {@link WorkingTimeCalculator}
 * ({@link TaskanaAsnCalendar}): {@code workingTimeBetween(START, span.end())} and
 * {@code addWorkingTime(START, span.workingTime())} over an hour, a week and (almost) a year.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class TaskanaCalendarBench {

    @Param
    public Span span;

    private WorkingTimeCalculator calendar;
    private Instant start;
    private Instant end;
    private Duration workingTime;

    @Setup
    public void setUp() {
        calendar = TaskanaAsnCalendar.of(AsnQuestions.holidays());
        start = AsnQuestions.START;
        end = span.end();
        workingTime = span.workingTime();
        Duration between = calendar.workingTimeBetween(start, end);
        Instant plus = calendar.addWorkingTime(start, workingTime);
        if (!between.equals(workingTime) || !plus.equals(end)) {
            throw new IllegalStateException("Taskana answers " + between + " and " + plus + " for " + span
                    + ", expected " + workingTime + " and " + end);
        }
    }

    @Benchmark
    public Duration workingTimeBetween() {
        return calendar.workingTimeBetween(start, end);
    }

    @Benchmark
    public Instant plusWorkingTime() {
        return calendar.addWorkingTime(start, workingTime);
    }
}
