package io.github.tertib.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tertib.Contracts;
import io.github.tertib.catalog.PalangkaRaya;
import io.github.tertib.sop.ProblemCode;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.text.Diagnostic.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The null and equality contracts of the public types of package text, checked with the one harness. */
class ValueContractsTest {

    static final Diagnostic NIP = Diagnostic.of(Severity.WARNING, DiagnosticCode.NIP_INVALID, 7, 12, "NIP ...");
    static final Diagnostic TARGET = Diagnostic.of(Severity.ERROR, ProblemCode.UNKNOWN_TARGET, 31, 1, "step 2 ...");
    static final SopTextResult RESULT = new SopTextResult(Optional.of(PalangkaRaya.v4()), List.of(NIP));

    /** A valid argument of each parameter type; tests pass null in one position and these elsewhere. */
    static final Map<Class<?>, Object> SAMPLES = Map.ofEntries(
            Map.entry(java.util.Locale.class, java.util.Locale.ENGLISH),
            Map.entry(int.class, 1),
            Map.entry(Severity.class, Severity.INFO),
            Map.entry(DiagnosticCode.class, DiagnosticCode.ROLES_READ),
            Map.entry(ProblemCode.class, ProblemCode.NO_END),
            Map.entry(Optional.class, Optional.empty()),
            Map.entry(String.class, "m"),
            Map.entry(List.class, List.of(NIP)),
            Map.entry(SopDefinition.class, PalangkaRaya.v4()));

    /** Each public type with an instance to call its instance methods on. */
    static final Map<Class<?>, Object> TYPES = Map.of(
            Diagnostic.class, NIP,
            SopTextResult.class, RESULT,
            SopText.class, SopText.class);

    @Test
    void every_public_member_refuses_null_naming_the_parameter() {
        assertThat(Contracts.assertEveryMemberRefusesNull(TYPES, SAMPLES)).hasSizeGreaterThan(10);
    }

    @Test
    void values_built_alike_are_equal_and_hash_alike_and_differ_otherwise() {
        Contracts.assertValueTriples(List.of(
                new Object[] {NIP, new Diagnostic(Severity.WARNING, DiagnosticCode.NIP_INVALID, Optional.empty(), 7, 12,
                    "NIP ..."), Diagnostic.of(Severity.WARNING, DiagnosticCode.NIP_INVALID, 7, 13, "NIP ...")},
                new Object[] {TARGET, Diagnostic.of(Severity.ERROR, ProblemCode.UNKNOWN_TARGET, 31, 1, "step 2 ..."),
                    Diagnostic.of(Severity.ERROR, ProblemCode.NO_END, 31, 1, "step 2 ...")},
                new Object[] {RESULT, new SopTextResult(Optional.of(PalangkaRaya.v4()), List.of(NIP)),
                    new SopTextResult(Optional.empty(), List.of(NIP))}));
    }
}
