package io.github.tertib.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tertib.catalog.Scenario;
import io.github.tertib.catalog.Command;
import io.github.tertib.catalog.Examples;
import io.github.tertib.testkit.quicktheories.TertibGens;
import io.github.tertib.catalog.PalangkaRaya;
import io.github.tertib.run.Actor;
import io.github.tertib.sop.Answer;
import io.github.tertib.sop.Capacity;
import io.github.tertib.run.Event;
import io.github.tertib.run.EventLog;
import io.github.tertib.run.InstanceStatus;
import io.github.tertib.run.SopInstance;
import io.github.tertib.run.Visit;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.SopDefinition;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RunGeneratorsTest {

    private static final SopDefinition V4 = PalangkaRaya.v4();

    private static Choices seeded(long seed) {
        return Choices.from(new SplittableRandom(seed));
    }

    @Test
    void generates_a_definitive_holder_for_every_role_and_distinct_ids() {
        for (long seed = 0; seed < 50; seed++) {
            List<Actor> actors = RunGenerators.actors(V4).generate(seeded(seed));
            for (Role r : V4.roles()) {
                assertThat(actors).anySatisfy(a -> assertThat(a.holds(r)).isTrue());
            }
            assertThat(actors.stream().map(Actor::id).collect(Collectors.toSet())).hasSameSizeAs(actors);
        }
    }

    @Test
    void generates_the_same_scenario_from_the_same_choices() {
        Scenario a = RunGenerators.arbitraryCommands(V4).generate(seeded(7));
        Scenario b = RunGenerators.arbitraryCommands(V4).generate(seeded(7));
        assertThat(a).isEqualTo(b);
        assertThat(a.toString()).isEqualTo(b.toString());
    }

    @Test
    void generates_valid_scenarios_that_run_to_every_status_and_take_loops() {
        int completed = 0;
        int cancelled = 0;
        int looped = 0;
        int acting = 0;
        for (long seed = 0; seed < 100; seed++) {
            Scenario s = RunGenerators.commands(V4).generate(seeded(seed));
            SopInstance run = s.run();
            completed += run.status() == InstanceStatus.COMPLETED ? 1 : 0;
            cancelled += run.status() == InstanceStatus.CANCELLED ? 1 : 0;
            looped += run.visits().stream().anyMatch(v -> v.ordinal() > 1) ? 1 : 0;
            acting += run.events().stream().anyMatch(e -> e.capacity().isActing()) ? 1 : 0;
        }
        assertThat(completed).isGreaterThan(30);
        assertThat(cancelled).isPositive();
        assertThat(looped).isGreaterThan(10);
        assertThat(acting).isPositive();
    }

    @Test
    void describes_a_scenario_as_its_step_table_then_its_script_one_command_per_line() {
        Scenario s = Examples.v4();
        String table = StepTable.from(V4).toString();
        assertThat(RunGenerators.describe(s)).isEqualTo(String.join("\n", table.lines().toList()) + "\n" + s.script());
        assertThat(TertibGens.of(RunGenerators.commands(V4)).asString(s)).isEqualTo(RunGenerators.describe(s));
        assertThat(s.toString()).isEqualTo(s.script());
        assertThat(table).startsWith("SOP V. 4. \"");
        assertThat(table.lines().filter(line -> line.matches(" *\\d+ \\| .*"))).hasSize(V4.steps().size());
        List<String> lines = s.script().lines().toList();
        assertThat(lines).hasSize(1 + s.actors().size() + 1 + s.commands().size());
        assertThat(lines.get(0)).isEqualTo("case V4/2026/001, people:");
        assertThat(lines.get(s.actors().size() + 1)).isEqualTo("2026-03-02T01:00:00Z start by Budi Santoso (197805122005011003)");
        assertThat(lines.get(s.actors().size() + 5)).isEqualTo("2026-03-02T04:00:00Z decide 3 Tidak by Budi Santoso"
                + " (197805122005011003)");
        assertThat(new Command.Complete(2, Optional.of(PalangkaRaya.KEPALA_DINAS), s.actor("198801152010012001"),
                Instant.parse("2026-03-02T03:30:00Z"))).hasToString(
                        "2026-03-02T03:30:00Z complete 2 as kepala-dinas by Sari Dewi (198801152010012001)");
    }

    @Test
    void prints_names_with_line_breaks_escaped_so_that_each_command_keeps_its_line() {
        Actor odd = Actor.of("p9", "Rina\nBaris\tTab", PalangkaRaya.KEPALA_SEKSI);
        Scenario s = new Scenario(V4, List.of(odd), "case-9", odd, RunGenerators.EPOCH,
                List.of(new Command.Complete(1, Optional.empty(), odd, RunGenerators.EPOCH)));
        assertThat(s.script().lines()).containsExactly(
                "case case-9, people:",
                "  Rina\\nBaris\\tTab (p9): [Kepala Seksi (kepala-seksi)]",
                "2026-03-02T01:00:00Z start by Rina\\nBaris\\tTab (p9)",
                "2026-03-02T01:00:00Z complete 1 by Rina\\nBaris\\tTab (p9)");
        assertThat(new Command.Cancel(odd, "batal", RunGenerators.EPOCH))
                .hasToString("2026-03-02T01:00:00Z cancel by Rina\\nBaris\\tTab (p9)");
    }

    @Test
    void runs_the_v4_example_with_a_plh_a_loop_and_a_pause() {
        SopInstance run = Examples.v4().run();
        assertThat(run.status()).isEqualTo(InstanceStatus.COMPLETED);
        assertThat(run.events()).hasSize(14);
        assertThat(run.events()).filteredOn(e -> e.capacity() == Capacity.PLH).singleElement()
                .satisfies(e -> assertThat(e.signedAs()).isEqualTo("Plh. Kepala Dinas"));
        assertThat(run.events()).filteredOn(e -> e instanceof Event.Decided d && d.answer() == Answer.NO).hasSize(1);
        assertThat(run.visits()).extracting(Visit::step).containsExactly(1, 2, 3, 2, 3, 4, 5, 6, 7);
        assertThat(run.visits().get(4).suspensions()).hasSize(1);
        assertThat(run.closedAt()).contains(Instant.parse("2026-03-12T07:00:00Z"));
        assertThat(EventLog.table(run.events()).lines()).hasSize(15);
    }

    @Test
    void runs_a_scenario_ignoring_the_refused_commands() {
        for (long seed = 0; seed < 20; seed++) {
            Scenario s = RunGenerators.arbitraryCommands(V4).generate(seeded(seed));
            SopInstance run = s.runIgnoringRefusals();
            assertThat(run.events().size()).isLessThanOrEqualTo(s.commands().size() + 1);
        }
    }
}
