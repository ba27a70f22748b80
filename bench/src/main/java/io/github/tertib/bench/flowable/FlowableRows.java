package io.github.tertib.bench.flowable;

import io.github.tertib.bench.OpenCases;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import javax.sql.DataSource;

/**
 * Fills Flowable's runtime tables on PostgreSQL with the {@link OpenCases}, faster than the engine
 * could start them: the engine first runs one real case to each of steps 1 to 6 (its clock set to
 * {@link OpenCases#AS_OF}), then each of those cases' rows in {@code ACT_RU_EXECUTION},
 * {@code ACT_RU_TASK} and {@code ACT_RU_IDENTITYLINK} is copied once per generated case by one
 * {@code INSERT ... SELECT ... generate_series} per table and step: every id (and the business key)
 * gets the case number as a suffix, and every timestamp moves back by the case's
 * {@link OpenCases#sinceMinutes}. So the rows are the engine's own, column for column, and a
 * {@code TaskQuery} finds the generated tasks as it finds real ones.
 *
 * <p>Not copied: the history tables ({@code ACT_HI_*}) and the runtime activity instances
 * ({@code ACT_RU_ACTINST}), which no task query reads; the template cases' own rows stay (6 more
 * cases, their steps begun at {@code AS_OF}).
 */
public final class FlowableRows {

    private FlowableRows() {
    }

    /** Columns that hold ids of generated rows (suffixed per case), wherever a table has them. */
    private static final Set<String> ID_COLUMNS = Set.of("id_", "proc_inst_id_", "execution_id_", "parent_id_",
            "root_proc_inst_id_", "task_id_", "business_key_", "super_exec_", "parent_task_id_");

    /** The tables copied, parents first (their foreign keys point back up this list). */
    private static final List<String> TABLES = List.of("act_ru_execution", "act_ru_task", "act_ru_identitylink");

    /**
     * Adds {@code cases} open cases to the Flowable engine over {@code dataSource} (PostgreSQL),
     * spread as {@link OpenCases} says.
     */
    public static void generate(FlowableV4 flowable, DataSource dataSource, int cases) {
        List<String> templates = templates(flowable);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            for (String table : TABLES) {
                List<Column> columns = columns(connection, table);
                for (int step = 1; step <= OpenCases.STEPS; step++) {
                    copy(connection, table, columns, templates.get(step - 1), step - 1, cases);
                }
            }
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                for (String table : TABLES) {
                    statement.execute("ANALYZE " + table);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot generate " + cases + " Flowable cases: " + e.getMessage(), e);
        }
    }

    /** One real case at each of steps 1 to 6, its current step begun at AS_OF: process instance ids. */
    static List<String> templates(FlowableV4 flowable) {
        flowable.engine().getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(OpenCases.AS_OF));
        try {
            List<String> templates = new ArrayList<>();
            for (int step = 1; step <= OpenCases.STEPS; step++) {
                String pid = flowable.start("template-step-" + step);
                List<String> done = FlowableV4.HAPPY_PATH.subList(0, switch (step) {
                    case 1 -> 0;
                    case 2 -> 1;
                    case 3 -> 3;
                    case 4 -> 4;
                    case 5 -> 5;
                    default -> 6;
                });
                for (String key : done) {
                    if (key.equals(FlowableV4.STEP_3)) {
                        flowable.decide(pid, true);
                    } else {
                        flowable.complete(pid, key);
                    }
                }
                templates.add(pid);
            }
            return templates;
        } finally {
            flowable.engine().getProcessEngineConfiguration().getClock().reset();
        }
    }

    private record Column(String name, boolean timestamp) {
    }

    private static List<Column> columns(Connection connection, String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getColumns(null, null, table, null)) {
            while (rs.next()) {
                int type = rs.getInt("DATA_TYPE");
                columns.add(new Column(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                        type == Types.TIMESTAMP || type == Types.TIMESTAMP_WITH_TIMEZONE));
            }
        }
        if (columns.isEmpty()) {
            throw new IllegalStateException("no table " + table + ": has the engine created its schema?");
        }
        return columns;
    }

    private static void copy(Connection connection, String table, List<Column> columns, String template,
            int firstCase, int cases) throws SQLException {
        StringJoiner names = new StringJoiner(", ");
        StringJoiner values = new StringJoiner(", ");
        for (Column column : columns) {
            names.add(column.name());
            String source = "t." + column.name();
            if (ID_COLUMNS.contains(column.name())) {
                values.add(source + " || '-' || g.i");
            } else if (column.timestamp()) {
                values.add(source + " - make_interval(mins => ((g.i::bigint * " + OpenCases.SCATTER + ") % "
                        + OpenCases.SPREAD_MINUTES + ")::int)");
            } else {
                values.add(source);
            }
        }
        String rowsOfTemplate = table.equals("act_ru_identitylink")
                ? "t.task_id_ in (select id_ from act_ru_task where proc_inst_id_ = ?) or t.proc_inst_id_ = ?"
                : "t.proc_inst_id_ = ? or t.proc_inst_id_ = ?";
        String sql = "insert into " + table + " (" + names + ") select " + values + " from " + table
                + " t cross join generate_series(" + firstCase + ", " + (cases - 1) + ", " + OpenCases.STEPS
                + ") as g(i) where " + rowsOfTemplate;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, template);
            insert.setString(2, template);
            insert.executeUpdate();
        }
    }
}
