package io.github.tertib.run;

import io.github.tertib.sop.Capacity;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_DINAS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tertib.Contracts;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.SopDefinition;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The null and equality contracts of the roster and the seal, checked once for every public member. */
class RosterContractsTest {

    static final SopInstance RUN = Offices.completed();
    static final SealKey KEY = SealKey.hmac("kunci", Keys.SECRET);
    static final Seal SEAL = KEY.seal(RUN);
    static final RosterEntry ENTRY = Offices.ROSTER.entriesOf("staf-7").get(1);

    static final Map<Class<?>, Object> SAMPLES = Map.ofEntries(
            Map.entry(int.class, 1),
            Map.entry(String.class, "staf-7"),
            Map.entry(Role.class, KEPALA_DINAS),
            Map.entry(Capacity.class, Capacity.PLH),
            Map.entry(Instant.class, Offices.MARCH_1.plusSeconds(60)),
            Map.entry(Optional.class, Optional.empty()),
            Map.entry(RosterEntry.class, ENTRY),
            Map.entry(SopInstance.class, RUN),
            Map.entry(SopDefinition.class, V4.SOP),
            Map.entry(List.class, RUN.events()),
            Map.entry(Seal.class, SEAL),
            Map.entry(Roster.class, Offices.ROSTER),
            Map.entry(SealVerifier.class, SealVerifier.hmac("andere", Keys.SECRET)),
            Map.entry(byte[].class, Keys.SECRET),
            Map.entry(PrivateKey.class, Keys.ED25519.getPrivate()),
            Map.entry(PublicKey.class, Keys.ED25519.getPublic()));

    static final Map<Class<?>, Object> TYPES = Map.of(
            Roster.class, Offices.ROSTER,
            Roster.Builder.class, Roster.builder().person("staf-7", "Sari"),
            RosterEntry.class, ENTRY,
            Seal.class, SEAL,
            SealKey.class, KEY,
            SealVerifier.class, SealVerifier.hmac("kunci", Keys.SECRET));

    @Test
    void every_public_member_refuses_null_naming_the_parameter() throws Exception {
        assertThat(Contracts.assertEveryMemberRefusesNull(TYPES, SAMPLES)).hasSizeGreaterThan(40);
    }

    @Test
    void values_built_alike_are_equal_and_hash_alike_and_differ_otherwise() {
        Contracts.assertValueTriples(List.of(
                new Object[] {Offices.ROSTER, Roster.parse(Offices.ROSTER.format()), Roster.parse(
                        Offices.ROSTER.format().replace("staf-3,Andi", "staf-3,Andi Saputra"))},
                new Object[] {ENTRY, Roster.parse(Offices.ROSTER.format()).entriesOf("staf-7").get(1),
                    ENTRY.endedAt(Offices.MARCH_7.minusSeconds(60))},
                new Object[] {SEAL, Seal.parse(SEAL.toString()), KEY.seal(Offices.atStep3())},
                new Object[] {ENTRY.role().equals(KEPALA_DINAS) ? Delegation.of(KEPALA_DINAS, Capacity.PLH,
                    Offices.MARCH_1, Offices.MARCH_7).withDecree("x") : null, new Delegation(KEPALA_DINAS, Capacity.PLH,
                    Offices.MARCH_1, Offices.MARCH_7, Optional.of("x")), Delegation.of(KEPALA_DINAS, Capacity.PLH,
                    Offices.MARCH_1, Offices.MARCH_7)}));
        assertThat(Offices.ROSTER).hasToString("roster of 6 persons, 7 entries");
    }
}
