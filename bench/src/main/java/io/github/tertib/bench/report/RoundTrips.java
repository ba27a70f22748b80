package io.github.tertib.bench.report;

import io.github.tertib.bench.db.BenchDatabase;
import io.github.tertib.bench.db.CountingDataSource;
import io.github.tertib.bench.db.CountingDataSource.JdbcCounts;
import io.github.tertib.bench.flowable.FlowableV4;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * Counts, with a {@link CountingDataSource}, what one command sends to the database on each engine
 * and database: the workload of the command benchmarks ({@code FlowableCommandBench},
 * {@code StoreCommandBench}: both parts of step 2 and "Tidak" at step 3) on {@value #CASES} cases,
 * each command counted on its own, and the SQL of the last case's three commands. Writes
 * tab-separated lines that {@link PerformanceReport} reads ({@code --roundtrips}):
 *
 * <pre>
 * count  NAME  COMMAND  ROUND_TRIPS  STATEMENTS  BATCHES  COMMITS  ROLLBACKS   (averages per command)
 * sql    NAME  COMMAND  SQL                                                     (one line per statement)
 * </pre>
 *
 * <p>NAME is {@code RoundTrips.flowable[database=POSTGRES]} and the like; COMMAND is the command's
 * label. Not JMH: counting is exact, and the proxy's own cost is kept out of the timed benchmarks.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.tertib.bench.report.RoundTrips OUT.tsv}
 */
public final class RoundTrips {

    /** Cases per engine and database; each goes round the workload once. */
    public static final int CASES = 20;

    private RoundTrips() {
    }

    /**
     * One engine on one database: a name, a preparation of {@code cases} cases at step 2, and the
     * workload's commands on case {@code c}, in order.
     */
    public record Side(String name, IntConsumer prepare, List<Command> commands, AutoCloseable closer) {
    }

    /** One command of the workload, by label, on case {@code c}. */
    public record Command(String label, IntConsumer onCase) {
    }

    /** Makes a side over a counting data source. */
    @FunctionalInterface
    public interface SideFactory {
        /** The side for {@code database}, its engine over {@code counting.dataSource()}. */
        Side over(BenchDatabase database, CountingDataSource counting);
    }

    /** The sides measured: Flowable, and the store once it is in the build. */
    static List<SideFactory> sides() {
        List<SideFactory> sides = new ArrayList<>();
        sides.add(RoundTrips::flowable);
        sides.addAll(StoreSides.FACTORIES);
        return sides;
    }

    static Side flowable(BenchDatabase database, CountingDataSource counting) {
        FlowableV4 flowable = FlowableV4.on(counting.dataSource(), "flowable-roundtrips-" + database);
        List<String> cases = new ArrayList<>();
        IntConsumer prepare = count -> {
            for (int i = 0; i < count; i++) {
                String pid = flowable.start("V4/2026/" + i);
                flowable.complete(pid, FlowableV4.STEP_1);
                cases.add(pid);
            }
        };
        List<Command> commands = List.of(
                new Command("complete: Kepala Bidang's part of step 2",
                        c -> flowable.complete(cases.get(c), FlowableV4.STEP_2_KABID)),
                new Command("complete: Kepala Dinas's part of step 2 (the join: step 3's task created)",
                        c -> flowable.complete(cases.get(c), FlowableV4.STEP_2_KADIN)),
                new Command("complete step 3 with ya = false (\"Tidak\": back to step 2, two tasks created)",
                        c -> flowable.decide(cases.get(c), false)));
        return new Side("RoundTrips.flowable[database=" + database + "]", prepare, commands, flowable::close);
    }

    /** One command's counts and, for the last case, its SQL. */
    public record Counted(String side, String command, double roundTrips, double statements, double batches,
            double commits, double rollbacks, List<String> sql) {
    }

    /** Runs every side on every database. */
    public static List<Counted> measure() throws Exception {
        List<Counted> all = new ArrayList<>();
        for (SideFactory factory : sides()) {
            for (BenchDatabase database : BenchDatabase.values()) {
                CountingDataSource counting = CountingDataSource.over(database.newDatabase("roundtrips"));
                Side side = factory.over(database, counting);
                try {
                    all.addAll(measure(side, counting));
                } finally {
                    side.closer().close();
                }
            }
        }
        return all;
    }

    static List<Counted> measure(Side side, CountingDataSource counting) {
        side.prepare().accept(CASES);
        int commands = side.commands().size();
        JdbcCounts[] totals = new JdbcCounts[commands];
        List<List<String>> sql = new ArrayList<>();
        for (int k = 0; k < commands; k++) {
            totals[k] = new JdbcCounts(0, 0, 0, 0, 0);
            sql.add(List.of());
        }
        for (int c = 0; c < CASES; c++) {
            boolean last = c == CASES - 1;
            for (int k = 0; k < commands; k++) {
                counting.journal(last);
                JdbcCounts before = counting.counts();
                side.commands().get(k).onCase().accept(c);
                JdbcCounts one = counting.counts().minus(before);
                totals[k] = new JdbcCounts(totals[k].statements() + one.statements(),
                        totals[k].batches() + one.batches(), totals[k].commits() + one.commits(),
                        totals[k].rollbacks() + one.rollbacks(), totals[k].connections() + one.connections());
                counting.journal(false);
                if (last) {
                    sql.set(k, counting.takeJournal());
                }
            }
        }
        List<Counted> counted = new ArrayList<>();
        for (int k = 0; k < commands; k++) {
            JdbcCounts total = totals[k];
            counted.add(new Counted(side.name(), side.commands().get(k).label(),
                    total.roundTrips() / (double) CASES, total.statements() / (double) CASES,
                    total.batches() / (double) CASES, total.commits() / (double) CASES,
                    total.rollbacks() / (double) CASES, sql.get(k)));
        }
        return counted;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: RoundTrips OUT.tsv");
            System.exit(2);
        }
        List<Counted> counted = measure();
        Path out = Path.of(args[0]);
        try (PrintStream print = new PrintStream(Files.newOutputStream(out), true, StandardCharsets.UTF_8)) {
            write(counted, print);
        }
        for (Counted one : counted) {
            System.out.printf(Locale.ROOT, "%s %s: %.1f round trips%n", one.side(), one.command(), one.roundTrips());
        }
    }

    static void write(List<Counted> counted, PrintStream print) {
        for (Counted one : counted) {
            print.printf(Locale.ROOT, "count\t%s\t%s\t%s\t%s\t%s\t%s\t%s%n", one.side(), one.command(),
                    one.roundTrips(), one.statements(), one.batches(), one.commits(), one.rollbacks());
            for (String sql : one.sql()) {
                print.printf("sql\t%s\t%s\t%s%n", one.side(), one.command(), sql.replace('\t', ' '));
            }
        }
    }

    /** Reads what {@link #write} wrote. */
    public static List<Counted> read(Path tsv) throws IOException {
        List<Counted> counted = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "count" -> counted.add(new Counted(f[1], f[2], Double.parseDouble(f[3]),
                        Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6]),
                        Double.parseDouble(f[7]), new ArrayList<>()));
                case "sql" -> {
                    Counted owner = counted.stream()
                            .filter(c -> c.side().equals(f[1]) && c.command().equals(f[2]))
                            .findFirst()
                            .orElseThrow(() -> new IllegalArgumentException("sql before its count line: " + line));
                    owner.sql().add(f[3]);
                }
                default -> throw new IllegalArgumentException("not a round-trips line in " + tsv + ": " + line);
            }
        }
        return counted.stream().map(c -> new Counted(c.side(), c.command(), c.roundTrips(), c.statements(),
                c.batches(), c.commits(), c.rollbacks(), List.copyOf(c.sql()))).toList();
    }
}
