package io.github.tertib.run;

import static io.github.tertib.run.V4.BUDI;
import static io.github.tertib.run.V4.SOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tertib.sop.SopDefinition;
import io.github.tertib.text.SopText;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A case stays on the revision of its SOP that it began on. */
class RevisionTest {

    /** V.4 revised on 1 April 2026: step 2 takes 120 Menit instead of 15. */
    static final SopDefinition REVISED = revised();

    private static SopDefinition revised() {
        String text = SopText.format(SOP.toBuilder().identity(id -> id.revised(LocalDate.of(2026, 4, 1))).build());
        int second = text.indexOf("15 Menit", text.indexOf("15 Menit") + 1);
        return SopText.parse(text.substring(0, second) + "120 Menit" + text.substring(second + "15 Menit".length()));
    }

    @Test
    void a_revised_sop_has_another_fingerprint() {
        assertThat(REVISED.step(2).time().orElseThrow().text()).isEqualTo("120 Menit");
        assertThat(REVISED.fingerprint()).isNotEqualTo(SOP.fingerprint());
        assertThat(REVISED.revision().revised()).contains(LocalDate.of(2026, 4, 1));
    }

    @Test
    void the_start_event_records_the_revision_and_replay_on_it_succeeds() {
        SopInstance run = V4.atStep3();
        assertThat(((Event.Started) run.events().get(0)).revision()).contains(SOP.revision());
        assertThat(SopInstance.replay(SOP, run.events())).isEqualTo(run);
    }

    @Test
    void refuses_to_replay_a_case_against_another_revision_naming_both() {
        SopInstance run = V4.atStep3();
        assertThatThrownBy(() -> SopInstance.replay(REVISED, run.events()))
                .isInstanceOfSatisfying(InvalidEventLogException.class, e -> assertThat(e.index()).isZero())
                .hasMessageContaining("case 2026/001 began on SOP V. 4. without Tanggal Revisi (fingerprint "
                        + SOP.fingerprint() + "), and this definition is SOP V. 4. of Tanggal Revisi 2026-04-01"
                        + " (fingerprint " + REVISED.fingerprint() + "), another revision: replay a case against the"
                        + " revision it began on");
        SopInstance onRevised = SopInstance.start(REVISED, "2026/002", BUDI, V4.t(0));
        assertThatThrownBy(() -> SopInstance.replay(SOP, onRevised.events()))
                .hasMessageContaining("began on SOP V. 4. of Tanggal Revisi 2026-04-01");
    }

    @Test
    void a_case_started_before_revisions_were_recorded_replays_against_its_sop_number() throws Exception {
        java.util.List<Event> old = EventLog.parse(EventLogTest.versionOneLog());
        assertThat(SopInstance.replay(SOP, old).status()).isEqualTo(InstanceStatus.COMPLETED);
    }
}
