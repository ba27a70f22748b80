package io.github.tertib.run;

import io.github.tertib.sop.Capacity;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_BIDANG;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_DINAS;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_SEKSI;
import static io.github.tertib.catalog.PalangkaRaya.PELAKSANA;
import static io.github.tertib.run.Offices.MARCH_1;
import static io.github.tertib.run.Offices.MARCH_7;
import static io.github.tertib.run.Offices.ROSTER;
import static io.github.tertib.run.Offices.SARI;
import static io.github.tertib.run.Offices.SARI_PLH;
import static io.github.tertib.run.V4.SOP;
import static io.github.tertib.run.V4.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tertib.TertibParseException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RosterTest {

    private static final Instant MARCH_4 = Instant.parse("2026-03-04T00:00:00Z");

    @Nested
    class Actors {

        @Test
        void act_for_a_role_exactly_while_the_roster_says_they_hold_it() {
            assertThat(SARI.capacityFor(KEPALA_DINAS, MARCH_1)).contains(Capacity.PLH);
            assertThat(SARI.capacityFor(KEPALA_DINAS, MARCH_7.minusNanos(1))).contains(Capacity.PLH);
            assertThat(SARI.capacityFor(KEPALA_DINAS, MARCH_7)).isEmpty();
            assertThat(SARI.capacityFor(KEPALA_DINAS, MARCH_1.minusNanos(1))).isEmpty();
            assertThat(SARI.capacityFor(PELAKSANA, MARCH_7)).contains(Capacity.DEFINITIVE);
            assertThat(SARI.holds(PELAKSANA, MARCH_7)).isTrue();
            assertThat(SARI.holds(PELAKSANA, Offices.JAN_2024.minusSeconds(1))).isFalse();
            assertThat(SARI.delegationFor(KEPALA_DINAS, MARCH_1).orElseThrow().decree()).contains(SARI_PLH);
        }

        @Test
        void record_the_decree_they_acted_under_in_every_event() {
            SopInstance run = Offices.atStep3();
            assertThat(run.events().get(0).decree()).contains("821.2/40/BKPSDM/2024");
            Event sari = run.lastEvent();
            assertThat(sari.signedAs()).isEqualTo("Plh. Kepala Dinas");
            assertThat(sari.decree()).contains(SARI_PLH);
            assertThat(sari.delegation().orElseThrow())
                    .isEqualTo(Delegation.of(KEPALA_DINAS, Capacity.PLH, MARCH_1, MARCH_7).withDecree(SARI_PLH));
            assertThat(EventLog.parse(EventLog.format(run.events()))).isEqualTo(run.events());
            assertThat(EventLog.formatLine(sari)).contains("\t" + SARI_PLH + "\t");
            assertThat(SopInstance.replay(SOP, run.events(), ROSTER)).isEqualTo(run);
        }

        @Test
        void are_refused_by_the_guards_after_an_early_end() {
            Roster revoked = Roster.builder().person("kasi-1", "Budi")
                    .appoint("kasi-1", KEPALA_SEKSI, "821.2/40/BKPSDM/2024", Offices.JAN_2024)
                    .person("kabid-1", "Rina").appoint("kabid-1", KEPALA_BIDANG, "821.2/41/BKPSDM/2024", Offices.JAN_2024)
                    .person("staf-7", "Sari").acting("staf-7", KEPALA_DINAS, Capacity.PLH, SARI_PLH, MARCH_1, MARCH_7)
                    .end("staf-7", SARI_PLH, V4.t(25))
                    .build();
            SopInstance atStep2 = SopInstance.start(SOP, "2026/001", revoked.actor("kasi-1"), t(0))
                    .complete(1, revoked.actor("kasi-1"), t(10)).complete(2, revoked.actor("kabid-1"), t(20));
            assertThatThrownBy(() -> atStep2.complete(2, revoked.actor("staf-7"), t(30)))
                    .isInstanceOf(RejectedTransitionException.class)
                    .hasMessage("Sari (staf-7) may not complete step 2 of case 2026/001 as Kepala Dinas at"
                            + " 2026-03-02T01:30:00Z: their Plh. delegation for Kepala Dinas runs from"
                            + " 2026-03-01T00:00:00Z until 2026-03-02T01:25:00Z, and has ended");
            // before the early end, the same command passes and records the period cut short
            SopInstance done = atStep2.complete(2, revoked.actor("staf-7"), t(24));
            assertThat(done.lastEvent().delegation().orElseThrow().until()).isEqualTo(t(25));
            assertThat(SopInstance.replay(SOP, done.events(), revoked)).isEqualTo(done);
        }

        @Test
        void are_told_what_the_roster_says_when_their_appointment_has_ended() {
            Roster moved = Roster.builder().person("kasi-1", "Budi")
                    .appoint("kasi-1", KEPALA_SEKSI, "821.2/40/BKPSDM/2024", Offices.JAN_2024)
                    .person("kabid-1", "Rina")
                    .appoint("kabid-1", KEPALA_BIDANG, "821.2/41/BKPSDM/2024", Offices.JAN_2024, t(15))
                    .build();
            SopInstance atStep2 = SopInstance.start(SOP, "2026/001", moved.actor("kasi-1"), t(0))
                    .complete(1, moved.actor("kasi-1"), t(10));
            assertThatThrownBy(() -> atStep2.complete(2, moved.actor("kabid-1"), t(20)))
                    .isInstanceOfSatisfying(RejectedTransitionException.class,
                            e -> assertThat(e.rejection().code()).isEqualTo(RejectionCode.ROLE_NOT_HELD))
                    .hasMessage("Rina (kabid-1) may not complete step 2 of case 2026/001 at 2026-03-02T01:20:00Z:"
                            + " their appointment as Kepala Bidang by 821.2/41/BKPSDM/2024 runs [2024-01-01T17:00:00Z,"
                            + " 2026-03-02T01:15:00Z), and has ended; the roster records no appointment of them to it"
                            + " at that instant");
            assertThatThrownBy(() -> atStep2.complete(2, KEPALA_BIDANG, moved.actor("kabid-1"), t(20)))
                    .hasMessageStartingWith("Rina (kabid-1) may not complete step 2 of case 2026/001 as Kepala Bidang"
                            + " at 2026-03-02T01:20:00Z: their appointment as Kepala Bidang by");
            assertThat(atStep2.complete(2, moved.actor("kabid-1"), t(14)).lastEvent().decree())
                    .contains("821.2/41/BKPSDM/2024");
        }

        @Test
        void of_an_unknown_person_are_refused() {
            assertThatThrownBy(() -> ROSTER.actor("mallory"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the roster has no person with the id \"mallory\": add them with"
                            + " Roster.builder().person(id, name) and their appointments");
        }
    }

    @Nested
    class Refuses {

        @Test
        void an_overlap_naming_both_entries() {
            assertThatThrownBy(() -> Roster.builder().person("staf-7", "Sari")
                    .acting("staf-7", KEPALA_DINAS, Capacity.PLH, SARI_PLH, MARCH_1, MARCH_7)
                    .acting("staf-7", KEPALA_DINAS, Capacity.PLT, "800/13/Diskominfo/2026", MARCH_4,
                            MARCH_7.plusSeconds(86400))
                    .build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the roster gives staf-7 the role Kepala Dinas twice at once: staf-7 as Plh. Kepala"
                            + " Dinas by 800/12/Diskominfo/2026 [2026-03-01T00:00:00Z, 2026-03-07T00:00:00Z) overlaps"
                            + " staf-7 as Plt. Kepala Dinas by 800/13/Diskominfo/2026 [2026-03-04T00:00:00Z,"
                            + " 2026-03-08T00:00:00Z); end one before the other begins");
        }

        @Test
        void an_open_ended_appointment_overlapping_a_later_one() {
            assertThatThrownBy(() -> Roster.builder().person("kadin-1", "Murni")
                    .appoint("kadin-1", KEPALA_DINAS, "SK-1", MARCH_1)
                    .appoint("kadin-1", KEPALA_DINAS, "SK-2", MARCH_7, MARCH_7.plusSeconds(60))
                    .build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("kadin-1 as Kepala Dinas by SK-1 [2026-03-01T00:00:00Z, open-ended) overlaps"
                            + " kadin-1 as Kepala Dinas by SK-2");
            // ended early before the next begins: no overlap
            Roster fine = Roster.builder().person("kadin-1", "Murni")
                    .appoint("kadin-1", KEPALA_DINAS, "SK-1", MARCH_1)
                    .appoint("kadin-1", KEPALA_DINAS, "SK-2", MARCH_7, MARCH_7.plusSeconds(60))
                    .end("kadin-1", "SK-1", MARCH_7)
                    .build();
            assertThat(fine.authority("kadin-1", KEPALA_DINAS, MARCH_7).orElseThrow().decree()).isEqualTo("SK-2");
            assertThat(fine.authority("kadin-1", KEPALA_DINAS, MARCH_4).orElseThrow().decree()).isEqualTo("SK-1");
        }

        @Test
        void an_inverted_period() {
            assertThatThrownBy(() -> Roster.builder().person("staf-7", "Sari")
                    .acting("staf-7", KEPALA_DINAS, Capacity.PLH, SARI_PLH, MARCH_7, MARCH_1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the assignment of staf-7 as Plh. Kepala Dinas by 800/12/Diskominfo/2026 runs from"
                            + " 2026-03-07T00:00:00Z until 2026-03-01T00:00:00Z, which is inverted or empty: until"
                            + " must be after from");
        }

        @Test
        void an_early_end_outside_the_period() {
            assertThatThrownBy(() -> Roster.builder().person("staf-7", "Sari")
                    .acting("staf-7", KEPALA_DINAS, Capacity.PLH, SARI_PLH, MARCH_1, MARCH_4)
                    .end("staf-7", SARI_PLH, MARCH_7))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the assignment of staf-7 as Plh. Kepala Dinas by 800/12/Diskominfo/2026 runs until"
                            + " 2026-03-04T00:00:00Z and is ended early at 2026-03-07T00:00:00Z, which is not before"
                            + " it: an early end comes before the until the decree gives");
        }

        @Test
        void an_acting_assignment_without_an_end_and_a_definitive_one_made_acting() {
            assertThatThrownBy(() -> new RosterEntry("staf-7", KEPALA_DINAS, Capacity.PLH, SARI_PLH, MARCH_1,
                    Optional.empty(), Optional.empty()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("has no end: a Plt. or Plh. is appointed for a period");
            assertThatThrownBy(() -> Roster.builder().person("staf-7", "Sari")
                    .acting("staf-7", KEPALA_DINAS, Capacity.DEFINITIVE, SARI_PLH, MARCH_1, MARCH_7))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("appoint staf-7 as Kepala Dinas definitively with appoint(...)");
        }

        @Test
        void a_person_added_twice_under_two_names_and_an_entry_of_an_unknown_person() {
            assertThatThrownBy(() -> Roster.builder().person("staf-7", "Sari").person("staf-7", "Siti"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("person staf-7 is already in the roster as Sari (staf-7): one id names one person, so"
                            + " do not add them again as \"Siti\"");
            assertThatThrownBy(() -> Roster.builder().appoint("staf-7", PELAKSANA, "SK", MARCH_1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("the roster has no person with the id \"staf-7\"");
        }
    }

    @Nested
    class Text {

        static final String CSV = String.join("\n",
                "tertib-roster 1",
                "person_id,name,role_id,role_title,capacity,decree,from,until,ended",
                "kadin-1,Murni,kepala-dinas,Kepala Dinas,definitive,821.2/45/BKPSDM/2024,2024-01-01T17:00:00Z,,",
                "staf-7,Sari,kepala-dinas,Kepala Dinas,plh,800/12/Diskominfo/2026,2026-03-01T00:00:00Z,"
                        + "2026-03-07T00:00:00Z,",
                "# a comment line",
                "\"staf-9\",\"Dewi, S.Kom.\",pelaksana,Pelaksana,definitive,\"SK \"\"A\"\"\",2026-03-01T07:00:00+07:00,,",
                "");

        @Test
        void reads_the_columns_a_host_exports() {
            Roster r = Roster.parse(CSV);
            assertThat(r.persons()).extracting(Person::name).containsExactly("Murni", "Sari", "Dewi, S.Kom.");
            assertThat(r.authority("staf-7", KEPALA_DINAS, MARCH_4).orElseThrow().capacity()).isEqualTo(Capacity.PLH);
            RosterEntry dewi = r.entriesOf("staf-9").get(0);
            assertThat(dewi.decree()).isEqualTo("SK \"A\"");
            assertThat(dewi.from()).isEqualTo(MARCH_1);
            assertThat(Roster.parse(r.format())).isEqualTo(r);
            assertThat(r.format()).contains("staf-9,\"Dewi, S.Kom.\",pelaksana,Pelaksana,definitive,\"SK \"\"A\"\"\","
                    + "2026-03-01T00:00:00Z,,\n");
            assertThat(Roster.parse(ROSTER.format())).isEqualTo(ROSTER);
        }

        @Test
        void refuses_a_bad_instant_naming_the_line_and_the_column() {
            String bad = CSV.replace("2026-03-07T00:00:00Z", "7 Maret 2026");
            assertThatThrownBy(() -> Roster.parse(bad))
                    .isInstanceOfSatisfying(TertibParseException.class, e -> {
                        assertThat(e.line()).isEqualTo(4);
                        assertThat(e.index()).isEqualTo(bad.indexOf("7 Maret"));
                    })
                    .hasMessage("line 4 of the roster, column until: the until column \"7 Maret 2026\" is not an"
                            + " instant such as 2026-03-01T00:00:00Z or 2026-03-01T00:00:00+07:00 (ISO-8601, with Z or"
                            + " an offset)");
        }

        @Test
        void refuses_overlapping_rows_naming_both() {
            String twice = CSV + "staf-7,Sari,kepala-dinas,Kepala Dinas,plt,800/13/Diskominfo/2026,"
                    + "2026-03-06T00:00:00Z,2026-03-09T00:00:00Z,\n";
            assertThatThrownBy(() -> Roster.parse(twice))
                    .isInstanceOfSatisfying(TertibParseException.class, e -> assertThat(e.line()).isEqualTo(7))
                    .hasMessage("line 7 of the roster, column from: the roster gives staf-7 the role Kepala Dinas twice"
                            + " at once: staf-7 as Plh. Kepala Dinas by 800/12/Diskominfo/2026 [2026-03-01T00:00:00Z,"
                            + " 2026-03-07T00:00:00Z) overlaps staf-7 as Plt. Kepala Dinas by 800/13/Diskominfo/2026"
                            + " [2026-03-06T00:00:00Z, 2026-03-09T00:00:00Z); end one before the other begins (lines 4"
                            + " and 7)");
        }

        @Test
        void refuses_an_inverted_row_a_bad_capacity_and_a_missing_header() {
            assertThatThrownBy(() -> Roster.parse(CSV.replace("plh,", "Plh.,")))
                    .isInstanceOf(TertibParseException.class)
                    .hasMessage("line 4 of the roster, column capacity: the capacity \"Plh.\" is not one of"
                            + " definitive, plt, plh");
            assertThatThrownBy(() -> Roster.parse(CSV.replace("2026-03-01T00:00:00Z,2026-03-07T00:00:00Z",
                    "2026-03-07T00:00:00Z,2026-03-01T00:00:00Z")))
                    .isInstanceOf(TertibParseException.class)
                    .hasMessageStartingWith("line 4 of the roster, column until: the assignment of staf-7 as Plh."
                            + " Kepala Dinas by 800/12/Diskominfo/2026 runs from 2026-03-07T00:00:00Z until"
                            + " 2026-03-01T00:00:00Z, which is inverted or empty");
            assertThatThrownBy(() -> Roster.parse(CSV.substring(CSV.indexOf('\n') + 1)))
                    .isInstanceOfSatisfying(TertibParseException.class, e -> assertThat(e.index()).isZero())
                    .hasMessageStartingWith("line 1 of the roster: a roster starts with the line \"tertib-roster 1\"");
            assertThatThrownBy(() -> Roster.parse(CSV.replace("Murni,kepala-dinas", "Murni,kepala-dinas,x")))
                    .isInstanceOf(TertibParseException.class)
                    .hasMessageStartingWith("line 3 of the roster: expected 9 comma-separated columns");
        }
    }
}
