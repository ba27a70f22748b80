package io.github.tertib.compliance;

import static io.github.tertib.compliance.Cases.ASN;
import static io.github.tertib.compliance.Cases.JAKARTA;
import static io.github.tertib.compliance.Cases.V4;
import static io.github.tertib.compliance.Cases.wib;
import static io.github.tertib.compliance.ComplianceStatus.CANCELLED;
import static io.github.tertib.compliance.ComplianceStatus.LATE;
import static io.github.tertib.compliance.ComplianceStatus.ON_TIME;
import static io.github.tertib.compliance.ComplianceStatus.OVERDUE;
import static io.github.tertib.compliance.ComplianceStatus.RUNNING;
import static io.github.tertib.compliance.ComplianceStatus.UNTIMED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.Sop;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.catalog.Examples;
import io.github.tertib.time.OutsideHolidayDataException;
import io.github.tertib.time.TimePolicy;
import io.github.tertib.time.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of SOP V.4 on the ASN calendar with the Indonesian holidays of 2026 (Monday to
 * Thursday 07:30-12:00 and 13:00-16:00, Friday 07:30-11:30 and 13:00-16:30: 450 working minutes a
 * day). Every instant and duration expected here was derived by hand, as the comments show; none is
 * computed by the code under test. Reports made without a policy read the standards in working minutes,
 * the default: a minute of a standard is a minute of working time. Examples that pass {@link #DAYS} read
 * them as working days of 480 minutes: on that calendar a working minute then measures 16/15 of a minute
 * (480 counted for 450 worked), so a standard of 15 minutes is used up after 14 min 3.75 s of work and
 * one of 10 minutes after 9 min 22.5 s.
 */
class ComplianceReportTest {

    /** Working days of 480 minutes, the policy the examples that pass it were derived for. */
    static final TimePolicy DAYS = TimePolicy.workingDays();

    static Duration min(long minutes) {
        return Duration.ofMinutes(minutes);
    }

    static Duration min(long minutes, long seconds) {
        return Duration.ofMinutes(minutes).plusSeconds(seconds);
    }

    static StepCompliance done(int step, int visit, String activated, String completed, long standard,
            Duration elapsed, Duration suspended, String due, ComplianceStatus status, Duration overrun) {
        return new StepCompliance(step, visit, wib(activated), Optional.of(wib(completed)), Optional.of(min(standard)),
                elapsed, suspended, Optional.of(wib(due)), status, overrun);
    }

    static StepCompliance open(int step, int visit, String activated, long standard, Duration elapsed,
            Duration suspended, String due, ComplianceStatus status, Duration overrun) {
        return new StepCompliance(step, visit, wib(activated), Optional.empty(), Optional.of(min(standard)),
                elapsed, suspended, Optional.of(wib(due)), status, overrun);
    }

    @Nested
    @DisplayName("the scripted V.4 case of 2 to 12 March 2026 (Examples.v4), under the default policy")
    class ScriptedCase {

        // Examples.v4(), in WIB: started Mon 2 March 08:00; step 1 done 08:15; step 2 by the Kepala
        // Bidang 09:00 and the Plh. Kepala Dinas 10:30; "Tidak" at 11:00; step 2 again, Tue 3 March 09:00
        // and 13:00; suspended 13:30, resumed Wed 4 March 10:00, "Ya" at 10:10; step 4 done Mon 9 March
        // 15:00, step 5 Tue 10 March 15:00, step 6 Thu 12 March 10:00 and 14:00. No holiday falls between.
        final SopInstance run = Examples.v4().run();
        final ComplianceReport report = ComplianceReport.of(run, ASN, wib("2026-03-12T14:00"));

        @Test
        void every_visit_is_measured_in_working_minutes() {
            assertThat(report.steps()).containsExactly(
                    // Mon 08:00-08:15: 15 working minutes of a 15-minute standard, due at 08:15: on time.
                    done(1, 1, "2026-03-02T08:00", "2026-03-02T08:15", 15, min(15), min(0),
                            "2026-03-02T08:15", ON_TIME, min(0)),
                    // 08:15-10:30: 135, 120 over; due 08:15 + 15 = 08:30.
                    done(2, 1, "2026-03-02T08:15", "2026-03-02T10:30", 15, min(135), min(0),
                            "2026-03-02T08:30", LATE, min(120)),
                    // 10:30-11:00: 30, 20 over; due 10:40.
                    done(3, 1, "2026-03-02T10:30", "2026-03-02T11:00", 10, min(30), min(0),
                            "2026-03-02T10:40", LATE, min(20)),
                    // "Tidak" loops back. Mon 11:00-12:00 (60) and 13:00-16:00 (180), Tue 07:30-12:00 (270):
                    // 510, 495 over; due Mon 11:15.
                    done(2, 2, "2026-03-02T11:00", "2026-03-03T13:00", 15, min(510), min(0),
                            "2026-03-02T11:15", LATE, min(495)),
                    // Tue 13:00 to Wed 10:10, suspended Tue 13:30 to Wed 10:00. Counted: 13:00-13:30 (30) and
                    // 10:00-10:10 (10): 40, 30 over. Suspended: Tue 13:30-16:00 (150) and Wed 07:30-10:00
                    // (150): 300. The 10 minutes were used up at 13:10, before the suspension, so the due
                    // instant does not move.
                    done(3, 2, "2026-03-03T13:00", "2026-03-04T10:10", 10, min(40), min(300),
                            "2026-03-03T13:10", LATE, min(30)),
                    // Wed 4 10:10-12:00 (110) and 13:00-16:00 (180): 290; Thu 5 and Fri 6, 450 each; Mon 9
                    // 07:30-12:00 (270) and 13:00-15:00 (120): 390. 290 + 900 + 390 = 1580. Due: 290 by Wed,
                    // 740 Thu, 1190 Fri, 1640 Mon 9, 2090 Tue 10; 310 left on Wed 11, 270 of them in the
                    // morning, 40 after the break: 13:40 (not 10:10, as five working days would be).
                    done(4, 1, "2026-03-04T10:10", "2026-03-09T15:00", 2400, min(1580), min(0),
                            "2026-03-11T13:40", ON_TIME, min(0)),
                    // Mon 15:00-16:00 (60), Tue 07:30-12:00 (270) and 13:00-15:00 (120): 450, a whole ASN
                    // day, within 480. Due: 60 on Monday, 420 on Tuesday, 270 + 150: 13:00 + 150 = 15:30.
                    done(5, 1, "2026-03-09T15:00", "2026-03-10T15:00", 480, min(450), min(0),
                            "2026-03-10T15:30", ON_TIME, min(0)),
                    // Tue 15:00-16:00 (60), Wed 11 (450), Thu 12 07:30-12:00 (270) and 13:00-14:00 (60):
                    // 840. Due: 60 Tue, 510 Wed, 960 Thu, 1410 Fri 13; 30 left: Mon 16 March 07:30 + 30 =
                    // 08:00 (three ASN days and 90 minutes after the activation).
                    done(6, 1, "2026-03-10T15:00", "2026-03-12T14:00", 1440, min(840), min(0),
                            "2026-03-16T08:00", ON_TIME, min(0)));
        }

        @Test
        void the_case_is_on_time_as_a_whole_although_four_visits_were_late() {
            // 15 + 135 + 30 + 510 + 40 + 1580 + 450 + 840 = 3600. Checked another way: Mon 2 from 08:00
            // (420), the seven whole working dates Tue 3 to Wed 11 (3150), Thu 12 to 14:00 (330): 3900,
            // less the 300 suspended.
            assertThat(report.elapsed()).isEqualTo(min(3600));
            assertThat(report.suspended()).isEqualTo(min(300));
            // The path taken: 15 + 15 + 10 + 15 + 10 + 2400 + 480 + 1440, steps 2 and 3 twice.
            assertThat(report.standard()).contains(min(4385));
            assertThat(report.nominalStandard()).isEqualTo(min(4360));
            assertThat(report.status()).isEqualTo(ON_TIME);
            assertThat(report.overrun()).isEqualTo(Duration.ZERO);
        }

        @Test
        void the_default_policy_is_working_minutes() {
            assertThat(report.policy()).isEqualTo(TimePolicy.workingMinutes());
            assertThat(report).isEqualTo(ComplianceReport.of(run, ASN, TimePolicy.workingMinutes(),
                    wib("2026-03-12T14:00")));
            assertThat(report).isNotEqualTo(ComplianceReport.of(run, ASN, DAYS, wib("2026-03-12T14:00")));
        }

        @Test
        void prints_a_text_table_in_the_calendars_zone() {
            assertThat(report.toTable()).isEqualTo("""
                    Compliance of case V4/2026/001, SOP V. 4. PEMBINAAN DAN PENGEMBANGAN SUMBER DAYA KOMUNIKASI DAN \
                    INFORMASI, as of 2026-03-12 14:00 (Asia/Jakarta), TimePolicy.workingMinutes()
                    Step  Visit  Activated         Completed         Standard  Elapsed  Suspended  Due               Status   Overrun
                    -----------------------------------------------------------------------------------------------------------------
                       1      1  2026-03-02 08:00  2026-03-02 08:15       15m      15m         0m  2026-03-02 08:15  ON_TIME       0m
                       2      1  2026-03-02 08:15  2026-03-02 10:30       15m     135m         0m  2026-03-02 08:30  LATE        120m
                       3      1  2026-03-02 10:30  2026-03-02 11:00       10m      30m         0m  2026-03-02 10:40  LATE         20m
                       2      2  2026-03-02 11:00  2026-03-03 13:00       15m     510m         0m  2026-03-02 11:15  LATE        495m
                       3      2  2026-03-03 13:00  2026-03-04 10:10       10m      40m       300m  2026-03-03 13:10  LATE         30m
                       4      1  2026-03-04 10:10  2026-03-09 15:00     2400m    1580m         0m  2026-03-11 13:40  ON_TIME       0m
                       5      1  2026-03-09 15:00  2026-03-10 15:00      480m     450m         0m  2026-03-10 15:30  ON_TIME       0m
                       6      1  2026-03-10 15:00  2026-03-12 14:00     1440m     840m         0m  2026-03-16 08:00  ON_TIME       0m
                    Case: ON_TIME, elapsed 3600m of standard 4385m (the path taken), suspended 300m, nominal standard 4360m
                    """);
        }

        @Test
        void says_what_it_is_in_one_line() {
            assertThat(report).hasToString("compliance of case V4/2026/001 as of 2026-03-12T07:00:00Z: ON_TIME,"
                    + " elapsed PT60H of PT73H5M, 8 visits");
            assertThat(report.steps().get(0)).hasToString("step 1 visit 1: ON_TIME, elapsed PT15M of PT15M");
        }
    }

    @Nested
    @DisplayName("the scripted V.4 case of 2 to 12 March 2026 (Examples.v4), read as working days of 480 minutes")
    class ScriptedCaseInWorkingDays {

        final SopInstance run = Examples.v4().run();
        final ComplianceReport report = ComplianceReport.of(run, ASN, DAYS, wib("2026-03-12T14:00"));

        @Test
        void every_visit_is_measured_in_working_days_of_480_minutes() {
            assertThat(report.steps()).containsExactly(
                    // Mon 08:00-08:15: 15 working minutes x 16/15 = 16m > 15m. Due after 14m 3.75s of work.
                    done(1, 1, "2026-03-02T08:00", "2026-03-02T08:15", 15, min(16), min(0),
                            "2026-03-02T08:14:03.75", LATE, min(1)),
                    // 08:15-10:30: 135 working minutes -> 144m.
                    done(2, 1, "2026-03-02T08:15", "2026-03-02T10:30", 15, min(144), min(0),
                            "2026-03-02T08:29:03.75", LATE, min(129)),
                    // 10:30-11:00: 30 -> 32m; due 10:30 + 9m 22.5s.
                    done(3, 1, "2026-03-02T10:30", "2026-03-02T11:00", 10, min(32), min(0),
                            "2026-03-02T10:39:22.5", LATE, min(22)),
                    // "Tidak" loops back. Mon 11:00-12:00 and 13:00-16:00 (240) + Tue 07:30-12:00 (270)
                    // = 510 working minutes -> 544m.
                    done(2, 2, "2026-03-02T11:00", "2026-03-03T13:00", 15, min(544), min(0),
                            "2026-03-02T11:14:03.75", LATE, min(529)),
                    // Tue 13:00 to Wed 10:10, suspended Tue 13:30 to Wed 10:00. Counted: 13:00-13:30 and
                    // 10:00-10:10, 40 working minutes -> 42m 40s. Suspended: Tue 13:30-16:00 (150) + Wed
                    // 07:30-10:00 (150) = 300 -> 320m. The standard was used up at 13:09:22.5, before the
                    // suspension, so the due instant does not move.
                    done(3, 2, "2026-03-03T13:00", "2026-03-04T10:10", 10, min(42, 40), min(320),
                            "2026-03-03T13:09:22.5", LATE, min(32, 40)),
                    // Wed 10:10 (160 of the day's 450 minutes done) to Mon 15:00 (390 done): the rest of
                    // Wednesday 290 -> 309m 20s, Thursday and Friday 2 x 480, Monday 390 -> 416m:
                    // 1685m 20s. Due five working dates later at the same point of the day: Wed 11 March.
                    done(4, 1, "2026-03-04T10:10", "2026-03-09T15:00", 2400, min(1685, 20), min(0),
                            "2026-03-11T10:10", ON_TIME, min(0)),
                    // Exactly one working day: elapsed equals the standard, which is on time.
                    done(5, 1, "2026-03-09T15:00", "2026-03-10T15:00", 480, min(480), min(0),
                            "2026-03-10T15:00", ON_TIME, min(0)),
                    // Tue 15:00 (390 done) to Thu 14:00 (330 done): 60 -> 64m, Wednesday 480, 330 -> 352m:
                    // 896m. Due three working dates later at 390/450 of the day: Friday's 390th working
                    // minute is 13:00 + 150 = 15:30, since Friday's hours differ.
                    done(6, 1, "2026-03-10T15:00", "2026-03-12T14:00", 1440, min(896), min(0),
                            "2026-03-13T15:30", ON_TIME, min(0)));
        }

        @Test
        void the_case_is_on_time_as_a_whole_although_five_visits_were_late() {
            // 16 + 144 + 32 + 544 + 42m 40s + 1685m 20s + 480 + 896 = 3840m: the working dates Mon 2 to
            // Wed 11 March (8 x 480) less 08:00's 30 working minutes (32m), plus Thursday to 14:00 (352m),
            // less the 320m suspended.
            assertThat(report.elapsed()).isEqualTo(min(3840));
            assertThat(report.suspended()).isEqualTo(min(320));
            // The path taken: 15 + 15 + 10 + 15 + 10 + 2400 + 480 + 1440, step 2 and 3 twice.
            assertThat(report.standard()).contains(min(4385));
            assertThat(report.nominalStandard()).isEqualTo(min(4360));
            assertThat(report.status()).isEqualTo(ON_TIME);
            assertThat(report.overrun()).isEqualTo(Duration.ZERO);
            assertThat(report.started()).isEqualTo(wib("2026-03-02T08:00"));
            assertThat(report.closedAt()).contains(wib("2026-03-12T14:00"));
        }

        @Test
        void working_days_are_480_minutes_each() {
            assertThat(report.policy()).isEqualTo(TimePolicy.workingDays(480));
            assertThat(report).isEqualTo(ComplianceReport.of(run, ASN, TimePolicy.workingDays(480),
                    wib("2026-03-12T14:00")));
        }

        @Test
        void a_later_instant_changes_nothing_in_a_completed_case() {
            ComplianceReport later = ComplianceReport.of(run, ASN, DAYS, wib("2026-06-01T09:00"));
            assertThat(later.steps()).isEqualTo(report.steps());
            assertThat(later.status()).isEqualTo(report.status());
            assertThat(later).isNotEqualTo(report);
        }

        @Test
        void prints_a_text_table_in_the_calendars_zone() {
            assertThat(report.toTable()).isEqualTo("""
                    Compliance of case V4/2026/001, SOP V. 4. PEMBINAAN DAN PENGEMBANGAN SUMBER DAYA KOMUNIKASI DAN \
                    INFORMASI, as of 2026-03-12 14:00 (Asia/Jakarta), TimePolicy.workingDays(480)
                    Step  Visit  Activated         Completed         Standard    Elapsed  Suspended  Due                  Status   Overrun
                    ----------------------------------------------------------------------------------------------------------------------
                       1      1  2026-03-02 08:00  2026-03-02 08:15       15m        16m         0m  2026-03-02 08:14:03  LATE          1m
                       2      1  2026-03-02 08:15  2026-03-02 10:30       15m       144m         0m  2026-03-02 08:29:03  LATE        129m
                       3      1  2026-03-02 10:30  2026-03-02 11:00       10m        32m         0m  2026-03-02 10:39:22  LATE         22m
                       2      2  2026-03-02 11:00  2026-03-03 13:00       15m       544m         0m  2026-03-02 11:14:03  LATE        529m
                       3      2  2026-03-03 13:00  2026-03-04 10:10       10m    42m 40s       320m  2026-03-03 13:09:22  LATE     32m 40s
                       4      1  2026-03-04 10:10  2026-03-09 15:00     2400m  1685m 20s         0m  2026-03-11 10:10     ON_TIME       0m
                       5      1  2026-03-09 15:00  2026-03-10 15:00      480m       480m         0m  2026-03-10 15:00     ON_TIME       0m
                       6      1  2026-03-10 15:00  2026-03-12 14:00     1440m       896m         0m  2026-03-13 15:30     ON_TIME       0m
                    Case: ON_TIME, elapsed 3840m of standard 4385m (the path taken), suspended 320m, nominal standard 4360m
                    """);
        }

        @Test
        void prints_markdown_with_escaped_cells() {
            assertThat(report.toMarkdown())
                    .startsWith("**Compliance of case V4/2026/001, SOP V. 4. PEMBINAAN")
                    .contains("| Step | Visit | Activated | Completed | Standard | Elapsed | Suspended | Due | Status | Overrun |\n"
                            + "|---:|---:|---|---|---:|---:|---:|---|---|---:|\n"
                            + "| 1 | 1 | 2026-03-02 08:00 | 2026-03-02 08:15 | 15m | 16m | 0m | 2026-03-02 08:14:03 | LATE | 1m |\n")
                    .contains("| ON\\_TIME |")
                    .endsWith("Case: ON\\_TIME, elapsed 3840m of standard 4385m (the path taken), suspended 320m,"
                            + " nominal standard 4360m\n");
        }

        @Test
        void says_what_it_is_in_one_line() {
            assertThat(report).hasToString("compliance of case V4/2026/001 as of 2026-03-12T07:00:00Z: ON_TIME,"
                    + " elapsed PT64H of PT73H5M, 8 visits");
            assertThat(report.steps().get(0)).hasToString("step 1 visit 1: LATE, elapsed PT16M of PT15M, overrun PT1M");
        }
    }

    @Nested
    @DisplayName("a case across Nyepi and Idul Fitri 2026 (18 to 24 March are no working dates)")
    class AcrossIdulFitri {

        final SopInstance run = Cases.iedCase();

        @Test
        void in_working_days_holidays_count_no_time_and_push_the_due_instants_past_them() {
            ComplianceReport report = ComplianceReport.of(run, ASN, DAYS, wib("2026-03-27T16:30"));
            assertThat(report.steps()).containsExactly(
                    // 10 working minutes -> 10m 40s.
                    done(1, 1, "2026-03-16T08:00", "2026-03-16T08:10", 15, min(10, 40), min(0),
                            "2026-03-16T08:14:03.75", ON_TIME, min(0)),
                    // 14 -> 14m 56s, just before the due instant 08:24:03.75.
                    done(2, 1, "2026-03-16T08:10", "2026-03-16T08:24", 15, min(14, 56), min(0),
                            "2026-03-16T08:24:03.75", ON_TIME, min(0)),
                    // 6 -> 6m 24s.
                    done(3, 1, "2026-03-16T08:24", "2026-03-16T08:30", 10, min(6, 24), min(0),
                            "2026-03-16T08:33:22.5", ON_TIME, min(0)),
                    // Mon 08:30 (60 done) to Tue 10:00 (150 done): 390 -> 416m, 150 -> 160m: 576m. Five
                    // working dates after Monday: Tue 17, Wed 25, Thu 26, Fri 27, Mon 30.
                    done(4, 1, "2026-03-16T08:30", "2026-03-17T10:00", 2400, min(576), min(0),
                            "2026-03-30T08:30", ON_TIME, min(0)),
                    // Tue 10:00 to Wed 25 11:00: the rest of Tuesday 300 -> 320m, Wednesday to 11:00 210 ->
                    // 224m: 544m, 64m over. Due one working date later: Wed 25 March at 10:00.
                    done(5, 1, "2026-03-17T10:00", "2026-03-25T11:00", 480, min(544), min(0),
                            "2026-03-25T10:00", LATE, min(64)),
                    // Wed 11:00 (210 done) to Fri 16:30 (the end of the day): 240 -> 256m + 480 + 480 =
                    // 1216m. Due three working dates later at 210/450 of the day: Mon 30 March 11:00.
                    done(6, 1, "2026-03-25T11:00", "2026-03-27T16:30", 1440, min(1216), min(0),
                            "2026-03-30T11:00", ON_TIME, min(0)));
            // Five working dates, Mon 16 08:00 (32m done) to Fri 27 16:30: 5 x 480 - 32 = 2368m.
            assertThat(report.elapsed()).isEqualTo(min(2368));
            assertThat(report.standard()).contains(min(4360));
            assertThat(report.status()).isEqualTo(ON_TIME);
        }

        @Test
        void holidays_count_no_time_and_push_the_due_instants_past_them() {
            ComplianceReport report = ComplianceReport.of(run, ASN, wib("2026-03-27T16:30"));
            assertThat(report.steps()).containsExactly(
                    // Mon 16 March 08:00-08:10: 10 of 15, due 08:15.
                    done(1, 1, "2026-03-16T08:00", "2026-03-16T08:10", 15, min(10), min(0),
                            "2026-03-16T08:15", ON_TIME, min(0)),
                    // 08:10-08:24: 14 of 15, due 08:25.
                    done(2, 1, "2026-03-16T08:10", "2026-03-16T08:24", 15, min(14), min(0),
                            "2026-03-16T08:25", ON_TIME, min(0)),
                    // 08:24-08:30: 6 of 10, due 08:34.
                    done(3, 1, "2026-03-16T08:24", "2026-03-16T08:30", 10, min(6), min(0),
                            "2026-03-16T08:34", ON_TIME, min(0)),
                    // Mon 08:30-12:00 (210) and 13:00-16:00 (180), Tue 17 07:30-10:00 (150): 540. Due: 390
                    // Mon, 840 Tue; Wed 18 to Tue 24 are off; 1290 Wed 25, 1740 Thu 26, 2190 Fri 27; 210
                    // left on Mon 30: 07:30 + 210 = 11:00.
                    done(4, 1, "2026-03-16T08:30", "2026-03-17T10:00", 2400, min(540), min(0),
                            "2026-03-30T11:00", ON_TIME, min(0)),
                    // Tue 10:00-12:00 (120) and 13:00-16:00 (180), then seven days off, then Wed 25
                    // 07:30-11:00 (210): 510, 30 over. Due: 300 on Tuesday, 180 left: Wed 25 at 10:30.
                    done(5, 1, "2026-03-17T10:00", "2026-03-25T11:00", 480, min(510), min(0),
                            "2026-03-25T10:30", LATE, min(30)),
                    // Wed 25 11:00-12:00 (60) and 13:00-16:00 (180), Thu 26 and Fri 27 (450 each): 1140.
                    // Due: 240, 690, 1140; 300 left on Mon 30: 270 in the morning, 30 after the break: 13:30.
                    done(6, 1, "2026-03-25T11:00", "2026-03-27T16:30", 1440, min(1140), min(0),
                            "2026-03-30T13:30", ON_TIME, min(0)));
            // 10 + 14 + 6 + 540 + 510 + 1140 = 2220: Mon 16 from 08:00 (420) and four whole working dates
            // (Tue 17, Wed 25, Thu 26, Fri 27: 1800).
            assertThat(report.elapsed()).isEqualTo(min(2220));
            assertThat(report.standard()).contains(min(4360));
            assertThat(report.status()).isEqualTo(ON_TIME);
        }

        @Test
        void calendar_time_counts_the_holidays() {
            ComplianceReport report = ComplianceReport.of(run, ASN, TimePolicy.calendarTime(), wib("2026-03-27T16:30"));
            // Step 5: 480 minutes of wall clock from Tue 10:00 is Tue 18:00. Tue 17 10:00 to Wed 25 11:00
            // is 8 days and an hour: 11,580 minutes, 11,100 over.
            assertThat(report.steps().get(4)).isEqualTo(done(5, 1, "2026-03-17T10:00", "2026-03-25T11:00", 480,
                    min(11580), min(0), "2026-03-17T18:00", LATE, min(11100)));
            // Mon 16 08:00 to Fri 27 16:30: 11 days 8 h 30 min = 16,350 minutes, over the 4,360 of the path.
            assertThat(report.elapsed()).isEqualTo(min(16350));
            assertThat(report.status()).isEqualTo(LATE);
            assertThat(report.overrun()).isEqualTo(min(16350 - 4360));
        }
    }

    @Nested
    @DisplayName("a case suspended at step 3 over the holidays, under the default policy")
    class SuspendedOverTheHolidays {

        @Test
        void while_suspended_the_due_instant_is_the_earliest_it_can_be() {
            ComplianceReport report = ComplianceReport.of(Cases.suspendedOverTheHolidays(), ASN,
                    wib("2026-03-23T10:00"));
            // Step 3 from Tue 17 15:40: 5 working minutes counted before the suspension at 15:45; suspended
            // Tue 15:45-16:00 (15), then no working time up to Monday 23 (cuti bersama). 5 of the 10
            // minutes remain: if the case resumed now, from Wed 25 07:30, the step would be due at 07:35.
            assertThat(report.steps().get(2)).isEqualTo(open(3, 1, "2026-03-17T15:40", 10, min(5), min(15),
                    "2026-03-25T07:35", RUNNING, min(0)));
            assertThat(report.status()).isEqualTo(RUNNING);
        }

        @Test
        void the_suspended_time_moves_the_due_instant() {
            ComplianceReport report = ComplianceReport.of(Cases.resumedAfterTheHolidays(), ASN,
                    wib("2026-03-25T09:04"));
            // Step 2: 15:10-15:40, 30 of 15, due 15:25.
            assertThat(report.steps().get(1)).isEqualTo(done(2, 1, "2026-03-17T15:10", "2026-03-17T15:40", 15,
                    min(30), min(0), "2026-03-17T15:25", LATE, min(15)));
            // Step 3: counted 15:40-15:45 (5) and Wed 25 09:00-09:04 (4): 9 of 10. Suspended Tue 15:45-16:00
            // (15) and Wed 07:30-09:00 (90): 105. Without the suspension the step was due Tue 15:50; with
            // it, the 5 minutes left at 09:00 on Wed 25 run out at 09:05.
            assertThat(report.steps().get(2)).isEqualTo(done(3, 1, "2026-03-17T15:40", "2026-03-25T09:04", 10,
                    min(9), min(105), "2026-03-25T09:05", ON_TIME, min(0)));
        }

        @Test
        void an_open_step_is_running_up_to_its_standard_and_overdue_after_it() {
            SopInstance run = Cases.resumedAfterTheHolidays();
            // Step 4 from Wed 25 09:04: 09:04-12:00 (176) and 13:00-16:00 (180), 356; Thu 26 806, Fri 27
            // 1256, Mon 30 1706, Tue 31 2156; 244 left on Wed 1 April: 07:30 + 244 = 11:34.
            ComplianceReport atDue = ComplianceReport.of(run, ASN, wib("2026-04-01T11:34"));
            assertThat(atDue.steps().get(3)).isEqualTo(open(4, 1, "2026-03-25T09:04", 2400, min(2400), min(0),
                    "2026-04-01T11:34", RUNNING, min(0)));
            assertThat(atDue.status()).isEqualTo(RUNNING);
            ComplianceReport after = ComplianceReport.of(run, ASN, wib("2026-04-01T11:35"));
            assertThat(after.steps().get(3)).isEqualTo(open(4, 1, "2026-03-25T09:04", 2400, min(2401), min(0),
                    "2026-04-01T11:34", OVERDUE, min(1)));
            assertThat(after.status()).isEqualTo(OVERDUE);
        }
    }

    @Nested
    @DisplayName("a case suspended at step 3 over the holidays, read as working days of 480 minutes")
    class SuspendedOverTheHolidaysInWorkingDays {

        @Test
        void while_suspended_the_due_instant_is_the_earliest_it_can_be() {
            ComplianceReport report = ComplianceReport.of(Cases.suspendedOverTheHolidays(), ASN, DAYS,
                    wib("2026-03-23T10:00"));
            // Step 3 from Tue 15:40: 5 working minutes counted (5m 20s) before the suspension at 15:45;
            // suspended Tue 15:45-16:00, 15 -> 16m, then only holidays up to Monday 23 (cuti bersama).
            // 10m - 5m 20s = 4m 40s remain, 4m 22.5s of work: if the case resumed now, the first working
            // instant is Wed 25 07:30, so the step is due at 07:34:22.5 at the earliest.
            assertThat(report.steps().get(2)).isEqualTo(open(3, 1, "2026-03-17T15:40", 10, min(5, 20), min(16),
                    "2026-03-25T07:34:22.5", RUNNING, min(0)));
            assertThat(report.status()).isEqualTo(RUNNING);
            assertThat(report.closedAt()).isEmpty();
        }

        @Test
        void the_suspended_time_moves_the_due_instant() {
            ComplianceReport report = ComplianceReport.of(Cases.resumedAfterTheHolidays(), ASN, DAYS,
                    wib("2026-03-25T09:04"));
            // Step 2: 15:10-15:40, 30 -> 32m, 17 over.
            assertThat(report.steps().get(1)).isEqualTo(done(2, 1, "2026-03-17T15:10", "2026-03-17T15:40", 15,
                    min(32), min(0), "2026-03-17T15:24:03.75", LATE, min(17)));
            // Step 3: counted 15:40-15:45 (5) and Wed 25 09:00-09:04 (4): 9 -> 9m 36s, on time. Suspended
            // Tue 15:45-16:00 (15) and Wed 07:30-09:00 (90): 105 -> 112m. Without the suspension the
            // step was due Tue 15:49:22.5; with it, 4m 40s (4m 22.5s of work) remain at 09:00 on Wed 25.
            assertThat(report.steps().get(2)).isEqualTo(done(3, 1, "2026-03-17T15:40", "2026-03-25T09:04", 10,
                    min(9, 36), min(112), "2026-03-25T09:04:22.5", ON_TIME, min(0)));
        }

        @Test
        void an_open_step_is_running_up_to_its_standard_and_overdue_after_it() {
            SopInstance run = Cases.resumedAfterTheHolidays();
            // Step 4 from Wed 25 09:04: five working dates, Thu 26, Fri 27, Mon 30, Tue 31, Wed 1 April.
            ComplianceReport atDue = ComplianceReport.of(run, ASN, DAYS, wib("2026-04-01T09:04"));
            assertThat(atDue.steps().get(3)).isEqualTo(open(4, 1, "2026-03-25T09:04", 2400, min(2400), min(0),
                    "2026-04-01T09:04", RUNNING, min(0)));
            assertThat(atDue.status()).isEqualTo(RUNNING);
            // One working minute later: 1 -> 1m 4s over.
            ComplianceReport after = ComplianceReport.of(run, ASN, DAYS, wib("2026-04-01T09:05"));
            assertThat(after.steps().get(3)).isEqualTo(open(4, 1, "2026-03-25T09:04", 2400, min(2401, 4), min(0),
                    "2026-04-01T09:04", OVERDUE, min(1, 4)));
            assertThat(after.status()).isEqualTo(OVERDUE);
        }
    }

    @Test
    void a_step_finished_in_the_break_after_its_due_instant_is_on_time() {
        SopInstance run = SopInstance.start(V4, "V4/2026/035", Cases.BUDI, wib("2026-03-02T11:45"))
                .complete(1, Cases.BUDI, wib("2026-03-02T12:40"));
        // In working minutes, the default, 11:45 + 15 is 12:00, the start of the break; done at 12:40,
        // after the due instant, but only 15 working minutes passed: on time.
        assertThat(ComplianceReport.of(run, ASN, wib("2026-03-02T12:40")).steps().get(0)).isEqualTo(
                done(1, 1, "2026-03-02T11:45", "2026-03-02T12:40", 15, min(15), min(0), "2026-03-02T12:00", ON_TIME,
                        min(0)));
        // In working days of 480 minutes the same 15 working minutes measure 16, due after 14m 3.75s.
        assertThat(ComplianceReport.of(run, ASN, DAYS, wib("2026-03-02T12:40")).steps().get(0)).isEqualTo(
                done(1, 1, "2026-03-02T11:45", "2026-03-02T12:40", 15, min(16), min(0), "2026-03-02T11:59:03.75",
                        LATE, min(1)));
    }

    @Test
    void in_working_days_a_step_finished_on_the_saturday_after_its_friday_due_is_on_time() {
        SopInstance run = Cases.onTimeCase();
        ComplianceReport report = ComplianceReport.of(run, ASN, DAYS, wib("2026-03-07T10:00"));
        // Step 5 from the end of Thursday 5 March: one working day is all of Friday, due at 16:30. Done on
        // Saturday: after the due instant, but no working time passed since, so exactly 480m: on time.
        assertThat(report.steps().get(4)).isEqualTo(done(5, 1, "2026-03-05T16:00", "2026-03-07T10:00", 480, min(480),
                min(0), "2026-03-06T16:30", ON_TIME, min(0)));
    }

    @Test
    void in_working_days_a_visit_cut_off_by_a_cancellation_is_cancelled_and_measured_to_it() {
        ComplianceReport report = ComplianceReport.of(Cases.cancelledCase(), ASN, DAYS, wib("2026-04-01T09:00"));
        // Step 2 from 08:10 to the cancellation at 09:00: 50 working minutes -> 53m 20s, 38m 20s over.
        assertThat(report.steps()).containsExactly(
                done(1, 1, "2026-03-02T08:00", "2026-03-02T08:10", 15, min(10, 40), min(0), "2026-03-02T08:14:03.75",
                        ON_TIME, min(0)),
                open(2, 1, "2026-03-02T08:10", 15, min(53, 20), min(0), "2026-03-02T08:24:03.75", CANCELLED,
                        min(38, 20)));
        assertThat(report.status()).isEqualTo(CANCELLED);
        assertThat(report.closedAt()).contains(wib("2026-03-02T09:00"));
    }

    @Test
    void refuses_an_instant_before_the_cases_last_event_naming_both() {
        SopInstance run = Examples.v4().run();
        assertThatThrownBy(() -> ComplianceReport.of(run, ASN, wib("2026-03-12T13:59")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the compliance of case V4/2026/001 cannot be reported as of 2026-03-12T06:59:00Z: its last"
                        + " event happened later, at 2026-03-12T07:00:00Z; give an instant not earlier than that");
    }

    @Test
    void a_question_beyond_the_holiday_data_is_refused_by_the_calendar() {
        SopInstance run = Cases.resumedAfterTheHolidays();
        assertThatThrownBy(() -> ComplianceReport.of(run, ASN, wib("2027-01-04T09:00")))
                .isInstanceOf(OutsideHolidayDataException.class)
                .hasMessageContaining("2027-01-04");
        WorkCalendar assuming = ASN.assumingNoHolidaysOutsideData();
        assertThat(ComplianceReport.of(run, assuming, wib("2027-01-04T09:00")).status()).isEqualTo(OVERDUE);
    }

    @Nested
    @DisplayName("an SOP with a step without a Waktu")
    class Untimed {

        final Role staf = Role.of("pelaksana", "Pelaksana");
        final SopDefinition sop = Sop.define("X.1", "Contoh tanpa waktu")
                .roles(staf)
                .start(1, "Menerima berkas").by(staf, "Mulai").takes("15 Menit")
                .process(2, "Memeriksa berkas").by(staf, "Proses")
                .end(3, "Selesai").by(staf, "Selesai")
                .build();
        final io.github.tertib.run.Actor ani = io.github.tertib.run.Actor.of("staf-1", "Ani", staf);

        @Test
        void its_visits_are_untimed_and_so_is_a_completed_case() {
            SopInstance run = SopInstance.start(sop, "X/1", ani, wib("2026-03-02T08:00"))
                    .complete(1, ani, wib("2026-03-02T08:15"))
                    .complete(2, ani, wib("2026-03-02T09:00"));
            ComplianceReport report = ComplianceReport.of(run, ASN, DAYS, wib("2026-03-02T09:00"));
            // 08:15-09:00: 45 working minutes -> 48m.
            assertThat(report.steps().get(1)).isEqualTo(new StepCompliance(2, 1, wib("2026-03-02T08:15"),
                    Optional.of(wib("2026-03-02T09:00")), Optional.empty(), min(48), min(0), Optional.empty(), UNTIMED,
                    min(0)));
            assertThat(report.standard()).isEmpty();
            assertThat(report.elapsed()).isEqualTo(min(16 + 48));
            assertThat(report.status()).isEqualTo(UNTIMED);
            assertThat(report.toTable()).contains("        -      48m         0m  -                    UNTIMED       0m").contains("the path taken has a step without a standard");
        }

        @Test
        void an_open_case_at_an_untimed_step_is_running() {
            SopInstance run = SopInstance.start(sop, "X/2", ani, wib("2026-03-02T08:00"))
                    .complete(1, ani, wib("2026-03-02T08:15"));
            ComplianceReport report = ComplianceReport.of(run, ASN, wib("2026-06-02T08:00"));
            assertThat(report.steps().get(1).status()).isEqualTo(UNTIMED);
            assertThat(report.steps().get(1).overrun()).isEqualTo(Duration.ZERO);
            assertThat(report.status()).isEqualTo(RUNNING);
        }
    }

    @Test
    void reaching_an_end_step_is_not_listed() {
        ComplianceReport report = ComplianceReport.of(Cases.iedCase(), ASN, wib("2026-03-27T16:30"));
        assertThat(report.steps()).extracting(StepCompliance::step).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(Cases.iedCase().visits()).extracting(v -> v.step()).containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void refuses_null_naming_the_parameter() {
        SopInstance run = Examples.v4().run();
        Instant t = wib("2026-04-01T09:00");
        assertThatThrownBy(() -> ComplianceReport.of(null, ASN, t)).hasMessage("instance");
        assertThatThrownBy(() -> ComplianceReport.of(run, null, t)).hasMessage("calendar");
        assertThatThrownBy(() -> ComplianceReport.of(run, ASN, null)).hasMessage("asOf");
        assertThatThrownBy(() -> ComplianceReport.of(run, ASN, null, t)).hasMessage("policy");
    }

    @Test
    void reports_of_the_same_inputs_are_equal_and_of_different_inputs_not() {
        SopInstance run = Examples.v4().run();
        Instant t = wib("2026-04-01T09:00");
        ComplianceReport a = ComplianceReport.of(run, ASN, t);
        ComplianceReport b = ComplianceReport.of(SopInstance.replay(V4, run.events()), WorkCalendar.asn(JAKARTA)
                .withHolidays(io.github.tertib.time.Holidays.indonesia()), t);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(ComplianceReport.of(run, ASN, DAYS, t));
        assertThat(a).isNotEqualTo(ComplianceReport.of(run, WorkCalendar.asn(JAKARTA), t));
        assertThat(a).isNotEqualTo(null).isNotEqualTo("a report");
        assertThat(List.of(a.steps())).isNotEmpty();
    }
}
