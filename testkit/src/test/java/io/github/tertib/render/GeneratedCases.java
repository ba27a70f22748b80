package io.github.tertib.render;

import static io.github.tertib.render.ComplianceCases.ASN;
import static io.github.tertib.render.ComplianceCases.wib;

import io.github.tertib.catalog.PalangkaRaya;
import io.github.tertib.compliance.MonitoringReport;
import io.github.tertib.run.SopInstance;
import io.github.tertib.testkit.Choices;
import io.github.tertib.testkit.RunGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Generated cases for the render tests (the scripted ones are in {@link ComplianceCases}, in lib's tests). */
final class GeneratedCases {

    static final long SEED = 7;
    static final int GENERATED = 24;

    private GeneratedCases() {
    }

    /**
     * Twenty-four V.4 cases from {@link RunGenerators#commands} with seed 7 (all started on Monday 2 March
     * 2026 at 08:00, the last event on Thursday 5 March), measured on the ASN calendar on Friday 6 March at
     * 09:00.
     */
    static MonitoringReport v4Monitoring() {
        Choices choices = Choices.from(new SplittableRandom(SEED));
        List<SopInstance> cases = new ArrayList<>();
        for (int i = 0; i < GENERATED; i++) {
            cases.add(RunGenerators.commands(PalangkaRaya.v4()).generate(choices).run());
        }
        return MonitoringReport.of(PalangkaRaya.v4(), cases, ASN, wib("2026-03-06T09:00"));
    }

}
