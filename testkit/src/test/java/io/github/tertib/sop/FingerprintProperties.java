package io.github.tertib.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.tertib.TertibParseException;
import io.github.tertib.catalog.PalangkaRaya;
import io.github.tertib.testkit.SopGenerators;
import io.github.tertib.testkit.quicktheories.TertibGens;
import io.github.tertib.text.SopText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A fingerprint identifies a definition's content: equal definitions have equal fingerprints, and a
 * change to anything a case or a document depends on (every field {@code equals} compares) changes it.
 */
class FingerprintProperties {

    @Test
    void equal_definitions_and_only_they_have_equal_fingerprints() {
        qt().withExamples(200).forAll(TertibGens.of(SopGenerators.validDefinitions()),
                TertibGens.of(SopGenerators.validDefinitions())).checkAssert((a, b) -> {
                    assertThat(a.fingerprint().equals(b.fingerprint())).as("%s%n%s", a, b).isEqualTo(a.equals(b));
                    assertThat(a.toBuilder().build().fingerprint()).isEqualTo(a.fingerprint());
                });
    }

    @Test
    void a_definition_read_back_from_its_text_form_keeps_its_fingerprint() {
        qt().withExamples(30).forAll(TertibGens.of(SopGenerators.writableDefinitions())).checkAssert(d -> {
            SopDefinition again = SopText.parse(SopText.format(d));
            assertThat(again.fingerprint().equals(d.fingerprint())).isEqualTo(again.equals(d));
        });
    }

    @Test
    void every_single_change_to_a_definition_changes_its_fingerprint() {
        qt().withExamples(60).forAll(TertibGens.of(SopGenerators.validDefinitions())).checkAssert(d -> {
            int checked = 0;
            for (Function<SopDefinition, SopDefinition> change : changes(d)) {
                SopDefinition changed;
                try {
                    changed = change.apply(d);
                } catch (RuntimeException graphNoLongerWalks) {
                    continue;
                }
                if (changed.equals(d)) {
                    continue; // such as a new label for the parts of an END step, which has none
                }
                assertThat(changed.fingerprint()).as("%s%nchanged to%n%s", d, changed).isNotEqualTo(d.fingerprint());
                checked++;
            }
            assertThat(checked).isGreaterThanOrEqualTo(20);
        });
    }

    /** One change of each field, to the first step and to every step. */
    private static List<Function<SopDefinition, SopDefinition>> changes(SopDefinition d) {
        List<Function<SopDefinition, SopDefinition>> out = new ArrayList<>();
        out.add(x -> withIdentity(x, x.identity().toBuilder().revised(LocalDate.of(2031, 1, 2)).build()));
        out.add(x -> withIdentity(x, x.identity().toBuilder().created(LocalDate.of(2031, 1, 3)).build()));
        out.add(x -> withIdentity(x, x.identity().toBuilder().effective(LocalDate.of(2031, 1, 4)).build()));
        out.add(x -> withIdentity(x, x.identity().toBuilder().legalBasis("Peraturan baru").build()));
        out.add(x -> withIdentity(x, x.identity().toBuilder().records("Arsip baru").build()));
        out.add(x -> withIdentity(x, x.identity().toBuilder().qualification("S1").build()));
        out.add(x -> withIdentity(x, x.identity().toBuilder().equipment("Komputer").build()));
        out.add(x -> withIdentity(x, x.identity().toBuilder().related("SOP lain").build()));
        out.add(x -> withIdentity(x, x.identity().toBuilder().warning(x.identity().warning() + " lagi").build()));
        out.add(x -> withIdentity(x, x.identity().toBuilder().approvedBy(Signatory.of("Kepala Dinas Baru", "Drs. X"))
                .build()));
        out.add(x -> withIdentity(x, x.identity().toBuilder().organization("Pemerintah X", "Dinas Y", "", "").build()));
        out.add(x -> new SopDefinition(x.identity(), renamedFirstRole(x.roles()), x.cancelRoles().stream()
                .map(r -> r.equals(x.roles().get(0)) ? renamed(r) : r).collect(java.util.stream.Collectors.toSet()),
                x.steps().stream().map(s -> withParts(s, s.parts().stream().map(a -> a.role().equals(x.roles().get(0))
                        ? new Assignment(renamed(a.role()), a.label()) : a).toList())).toList(), x.warnings()));
        out.add(x -> new SopDefinition(x.identity(), x.roles(), x.cancelRoles().isEmpty()
                ? java.util.Set.of(x.roles().get(0)) : java.util.Set.of(), x.steps(), x.warnings()));
        for (int i = 0; i < d.steps().size(); i++) {
            int at = i;
            out.add(x -> withStep(x, at, s -> copy(s, s.number(), s.activity() + " segera", s.parts(), s.standard(),
                    s.note().orElse(""), s.isPausable(), s.isDefinitiveOnly(), s.requiresSeparateActors(), s.guards(),
                    s.next(), s.ifYes(), s.ifNo())));
            out.add(x -> withStep(x, at, s -> copy(s, s.number(), s.activity(), s.parts(), s.standard(),
                    s.note().orElse("") + " catatan", s.isPausable(), s.isDefinitiveOnly(), s.requiresSeparateActors(),
                    s.guards(), s.next(), s.ifYes(), s.ifNo())));
            out.add(x -> withStep(x, at, s -> copy(s, s.number(), s.activity(), s.parts(), s.standard(),
                    s.note().orElse(""), !s.isPausable(), s.isDefinitiveOnly(), s.requiresSeparateActors(), s.guards(),
                    s.next(), s.ifYes(), s.ifNo())));
            out.add(x -> withStep(x, at, s -> copy(s, s.number(), s.activity(), s.parts(), s.standard(),
                    s.note().orElse(""), s.isPausable(), !s.isDefinitiveOnly(), s.requiresSeparateActors(), s.guards(),
                    s.next(), s.ifYes(), s.ifNo())));
            out.add(x -> withStep(x, at, s -> copy(s, s.number(), s.activity(), s.parts(), s.standard(),
                    s.note().orElse(""), s.isPausable(), s.isDefinitiveOnly(), !s.requiresSeparateActors(), s.guards(),
                    s.next(), s.ifYes(), s.ifNo())));
            out.add(x -> withStep(x, at, s -> copy(s, s.number(), s.activity(), s.parts(), s.standard(),
                    s.note().orElse(""), s.isPausable(), s.isDefinitiveOnly(), s.requiresSeparateActors(),
                    List.of(Guard.of("hanya pada hari kerja", a -> true)), s.next(), s.ifYes(), s.ifNo())));
            out.add(x -> withStep(x, at, s -> copy(s, s.number(), s.activity(), s.parts().stream()
                    .map(a -> new Assignment(a.role(), a.label() + "!")).toList(), s.standard(), s.note().orElse(""),
                    s.isPausable(), s.isDefinitiveOnly(), s.requiresSeparateActors(), s.guards(), s.next(), s.ifYes(),
                    s.ifNo())));
            out.add(x -> withStep(x, at, s -> copy(s, s.number(), s.activity(), s.parts(), s.standard()
                    .withTime(s.time().map(t -> TimeStandard.of(t.maxAmount() + 1, t.unit()))
                            .orElse(TimeStandard.parse("60 Menit"))), s.note().orElse(""), s.isPausable(),
                    s.isDefinitiveOnly(), s.requiresSeparateActors(), s.guards(), s.next(), s.ifYes(), s.ifNo())));
            out.add(x -> withStep(x, at, s -> copy(s, s.number(), s.activity(), s.parts(), s.standard()
                    .withRequirements(List.of("Berkas")), s.note().orElse(""), s.isPausable(), s.isDefinitiveOnly(),
                    s.requiresSeparateActors(), s.guards(), s.next(), s.ifYes(), s.ifNo())));
            out.add(x -> withStep(x, at, s -> copy(s, s.number(), s.activity(), s.parts(), s.standard()
                    .withOutputs(List.of("Surat", "Laporan")), s.note().orElse(""), s.isPausable(),
                    s.isDefinitiveOnly(), s.requiresSeparateActors(), s.guards(), s.next(), s.ifYes(), s.ifNo())));
            // a decision with its branches swapped: the same steps, another flow
            out.add(x -> withStep(x, at, s -> {
                if (s.kind() != StepKind.DECISION) {
                    throw new IllegalStateException("not a decision");
                }
                return copy(s, s.number(), s.activity(), s.parts(), s.standard(), s.note().orElse(""), s.isPausable(),
                        s.isDefinitiveOnly(), s.requiresSeparateActors(), s.guards(), s.next(), s.ifNo(), s.ifYes());
            }));
        }
        return out;
    }

    private static SopDefinition withIdentity(SopDefinition d, Identity id) {
        return new SopDefinition(id, d.roles(), java.util.Set.copyOf(d.cancelRoles()), d.steps(), d.warnings());
    }

    private static SopDefinition withStep(SopDefinition d, int index, Function<Step, Step> change) {
        List<Step> steps = new ArrayList<>(d.steps());
        steps.set(index, change.apply(steps.get(index)));
        return new SopDefinition(d.identity(), d.roles(), java.util.Set.copyOf(d.cancelRoles()), steps, d.warnings());
    }

    private static Role renamed(Role r) {
        return Role.of(r.id(), r.title() + " Baru");
    }

    private static List<Role> renamedFirstRole(List<Role> roles) {
        List<Role> out = new ArrayList<>(roles);
        out.set(0, renamed(roles.get(0)));
        return out;
    }

    private static Step withParts(Step s, List<Assignment> parts) {
        return copy(s, s.number(), s.activity(), parts, s.standard(), s.note().orElse(""), s.isPausable(),
                s.isDefinitiveOnly(), s.requiresSeparateActors(), s.guards(), s.next(), s.ifYes(), s.ifNo());
    }

    private static Step copy(Step s, int number, String activity, List<Assignment> parts, QualityStandard standard,
            String note, boolean pausable, boolean definitiveOnly, boolean separate, List<Guard> guards,
            OptionalInt next, OptionalInt ifYes, OptionalInt ifNo) {
        return new Step(number, s.kind(), activity, parts, standard, note, pausable, definitiveOnly, separate, guards,
                next, ifYes, ifNo);
    }

    @Test
    void the_fingerprint_of_sop_v4_is_stable_across_versions() {
        // If this fails, every stored case of V.4 is refused at replay: the encoding or V.4 itself changed.
        assertThat(PalangkaRaya.v4().fingerprint()).isEqualTo(Fingerprint.parse(V4_FINGERPRINT));
        assertThat(PalangkaRaya.v4().revision()).isEqualTo(new Revision("V. 4.", Optional.empty(),
                Fingerprint.parse(V4_FINGERPRINT)));
    }

    private static final String V4_FINGERPRINT = "c22b442e4a52507c81fabf086b300cfeaf510e4be36723e2c84dd57ba404ef4a";

    @Test
    void reads_back_its_text_and_refuses_other_text() {
        Fingerprint f = PalangkaRaya.v4().fingerprint();
        assertThat(Fingerprint.parse(f.toString())).isEqualTo(f).hasSameHashCodeAs(f);
        assertThat(Fingerprint.parse(f.toString().toUpperCase(java.util.Locale.ROOT))).isEqualTo(f);
        assertThat(Fingerprint.ofBytes(f.toBytes())).isEqualTo(f);
        assertThat(f.abbreviated()).hasSize(12).isEqualTo(f.toString().substring(0, 12));
        assertThatThrownBy(() -> Fingerprint.parse("abc")).isInstanceOfSatisfying(TertibParseException.class,
                e -> assertThat(e.index()).isEqualTo(3))
                .hasMessage("a fingerprint is written as 64 hexadecimal digits; \"abc\" has 3 characters");
        assertThatThrownBy(() -> Fingerprint.parse("g" + f.toString().substring(1)))
                .isInstanceOfSatisfying(TertibParseException.class, e -> assertThat(e.index()).isZero())
                .hasMessageContaining("has 'g' at position 1");
        assertThatThrownBy(() -> Fingerprint.ofBytes(new byte[31]))
                .hasMessage("a fingerprint is a SHA-256 value of 32 bytes, not 31");
    }
}
