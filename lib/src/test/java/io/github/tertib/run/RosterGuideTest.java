package io.github.tertib.run;

import io.github.tertib.sop.Capacity;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_DINAS;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_SEKSI;
import static io.github.tertib.catalog.PalangkaRaya.PELAKSANA;
import static io.github.tertib.run.V4.SOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tertib.sop.SopDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Runs the examples of docs/guide.md ("The roster and the seal") and docs/event-log.md ("Seals"). */
class RosterGuideTest {

    private static final Instant JAN_2024 = Instant.parse("2024-01-01T17:00:00Z");
    private static final Instant MARCH_1 = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant MARCH_7 = Instant.parse("2026-03-07T00:00:00Z");

    private final SopDefinition v4 = SOP;

    private static String page(String name) throws Exception {
        return Files.readString(Path.of(System.getProperty("user.dir"), "..", "docs", name));
    }

    /** The fenced block of the page that starts with the given line. */
    private static String block(String page, String firstLine) {
        int start = page.indexOf("```\n" + firstLine + "\n");
        assertThat(start).as("a block starting with %s", firstLine).isNotNegative();
        start += 4;
        return page.substring(start, page.indexOf("```", start));
    }

    private Roster guideRoster() {
        Instant jan2024 = JAN_2024;
        Instant march1 = MARCH_1;
        Instant march7 = MARCH_7;
        Roster roster = Roster.builder()
                .person("kasi-1", "Budi").appoint("kasi-1", KEPALA_SEKSI, "821.2/40/BKPSDM/2024", jan2024)
                .person("kadin-1", "Murni").appoint("kadin-1", KEPALA_DINAS, "821.2/45/BKPSDM/2024", jan2024)
                .person("staf-7", "Sari").appoint("staf-7", PELAKSANA, "813/7/BKPSDM/2023", jan2024)
                .acting("staf-7", KEPALA_DINAS, Capacity.PLH, "800/12/Diskominfo/2026", march1, march7)
                .build();
        return roster;
    }

    @Test
    void the_roster_example() {
        Roster roster = guideRoster();
        Actor sari = roster.actor("staf-7");
        assertThat(sari.capacityFor(KEPALA_DINAS, Instant.parse("2026-03-02T03:00:00Z"))).contains(Capacity.PLH);
    }

    @Test
    void the_text_form_example_is_that_roster() throws Exception {
        String csv = block(page("guide.md"), "tertib-roster 1");
        assertThat(Roster.parse(csv)).isEqualTo(guideRoster());
        assertThat(guideRoster().format()).isEqualTo(csv);
    }

    @Test
    void the_replay_refusal_of_the_guide_is_the_one_replay_gives() throws Exception {
        String shown = block(page("guide.md"), "event 4 of 4 (PartCompleted, step 2, Sari (staf-7) as Plh. Kepala"
                + " Dinas at 2026-03-09T02:00:00Z) is").strip().replace('\n', ' ');
        SopInstance run = Offices.atStep3();
        List<Event> forged = new ArrayList<>(run.events().subList(0, 3));
        Event sari = run.events().get(3);
        Delegation widened = new Delegation(KEPALA_DINAS, Capacity.PLH, MARCH_1, Instant.parse("2026-03-14T00:00:00Z"),
                Optional.of(Offices.SARI_PLH));
        forged.add(Forge.with(sari, KEPALA_DINAS, sari.actor(), Optional.of(widened),
                Instant.parse("2026-03-09T02:00:00Z"), sari.digest()));
        List<Event> events = Forge.resigned(forged);
        Roster roster = Offices.ROSTER;
        assertThatThrownBy(() -> SopInstance.replay(v4, events, roster)).hasMessage(shown);
    }

    @Test
    void the_sealing_example() throws Exception {
        KeyPair officeKey = Keys.ED25519;
        Roster roster = Offices.ROSTER;
        SopInstance done = Offices.completed();
        SealKey key = SealKey.of("diskominfo-2026", officeKey.getPrivate());
        Seal seal = key.seal(done);
        String stored = seal.toString();
        SealVerifier verifier = SealVerifier.of("diskominfo-2026", officeKey.getPublic());
        SopInstance again = verifier.replay(v4, done.events(), Seal.parse(stored), roster);
        assertThat(again).isEqualTo(done);
        assertThat(page("guide.md")).contains("SealKey key = SealKey.of(\"diskominfo-2026\", officeKey.getPrivate());",
                "SopInstance again = verifier.replay(v4, done.events(), Seal.parse(stored), roster);",
                "SopInstance checked = SopInstance.replay(v4, events, roster);");
    }

    @Test
    void the_event_log_pages_seal_example() throws Exception {
        byte[] secret = Keys.SECRET;
        SopInstance run = Offices.completed();
        Roster roster = Offices.ROSTER;
        String text = EventLog.format(run.events());
        SealKey key = SealKey.hmac("diskominfo-2026", secret);
        Seal seal = key.seal(run);
        String stored = seal.toString();
        SealVerifier verifier = SealVerifier.hmac("diskominfo-2026", secret);
        SopInstance again = verifier.replay(v4, EventLog.parse(text), Seal.parse(stored), roster);
        assertThat(again).isEqualTo(run);
        String page = page("event-log.md");
        assertThat(page).contains("Seal seal = key.seal(run);",
                "SopInstance again = verifier.replay(v4, EventLog.parse(text), Seal.parse(stored), roster);");
        String signed = block(page, "tertib-seal 1⏎<algorithm>⏎<key id>⏎<case id>⏎<number of events>⏎<last digest>⏎");
        assertThat(signed.strip().replace("⏎", "\n").replace("<algorithm>", "HmacSHA256")
                .replace("<key id>", "diskominfo-2026").replace("<case id>", "2026/001")
                .replace("<number of events>", "9").replace("<last digest>", run.lastDigest().toString()))
                .isEqualTo(new String(seal.signedBytes(), java.nio.charset.StandardCharsets.UTF_8));
    }
}
