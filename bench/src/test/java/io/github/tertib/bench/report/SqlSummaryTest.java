package io.github.tertib.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlSummaryTest {

    @Test
    void names_each_statement_by_verb_and_table_and_folds_repeats() {
        assertThat(SqlSummary.of(List.of(
                "select RES.* from ACT_RU_TASK RES where RES.ID_ = ?",
                "select distinct RES.* from (select * from x) RES",
                "insert into ACT_HI_ACTINST (ID_) values (?), (?)",
                "update ACT_RU_EXECUTION set REV_ = ? where ID_ = ?",
                "update ACT_RU_EXECUTION set REV_ = ? where ID_ = ?",
                "delete from ACT_RU_TASK where ID_ = ? and REV_ = ?",
                "-- batch of 4: insert into tertib_event (case_id) values (?) ;; insert into tertib_event (case_id) "
                        + "values (?) ;; update tertib_case set step = ? ;; delete from tertib_work where case_id = ?",
                "merge into \"tertib_case\" key (id) values (?)",
                "with x as (select 1) select * from tertib_worklist w")))
                .isEqualTo("9 statements: select act_ru_task, select x, insert act_hi_actinst, "
                        + "update act_ru_execution × 2, delete act_ru_task, batch of 4 (insert tertib_event × 2, update tertib_case, delete tertib_work), "
                        + "merge tertib_case, select tertib_worklist");
        assertThat(SqlSummary.of(List.of())).isEqualTo("none");
    }
}
