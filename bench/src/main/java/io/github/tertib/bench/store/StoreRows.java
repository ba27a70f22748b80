package io.github.tertib.bench.store;

import io.github.tertib.bench.OpenCases;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import javax.sql.DataSource;

/**
 * Fills the store's tables on PostgreSQL with the {@link OpenCases}, as {@code FlowableRows} fills
 * Flowable's: the store first runs one real case to each of steps 1 to 6 (the step current from
 * {@link OpenCases#AS_OF}, {@link StoreV4#template}), then each of those cases' rows in every table
 * of the store that has a {@code case_id} column (the case, its events, its pending work and done
 * parts, its closed visits) is copied once per generated case by one
 * {@code INSERT ... SELECT ... generate_series} per table and step: the case id gets the case number
 * as a suffix and every timestamp moves back by the case's {@link OpenCases#sinceMinutes}.
 *
 * <p>So the worklist and overdue queries see rows the store wrote, column for column, and tables
 * as large as the store's would be. Two things differ from cases run through the store: a due
 * instant moves with its case in calendar time (the store would count working minutes on the
 * calendar from the new start), and the copied event lines still name the template case, so a
 * generated case does not replay: only the queries run on them.
 */
public final class StoreRows {

    private StoreRows() {
    }

    /** Adds {@code cases} open cases to the store over {@code dataSource} (PostgreSQL). */
    public static void generate(StoreV4 tertib, DataSource dataSource, int cases) {
        List<String> templates = new ArrayList<>();
        for (int step = 1; step <= OpenCases.STEPS; step++) {
            String id = "template-step-" + step;
            tertib.template(id, step);
            templates.add(id);
        }
        try (Connection connection = dataSource.getConnection()) {
            List<String> tables = tablesWithCases(connection);
            connection.setAutoCommit(false);
            for (String table : tables) {
                List<Column> columns = columns(connection, table);
                for (int step = 1; step <= OpenCases.STEPS; step++) {
                    copy(connection, table, columns, templates.get(step - 1), step - 1, cases);
                }
            }
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                for (String table : tables) {
                    statement.execute("ANALYZE " + table);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot generate " + cases + " stored cases: " + e.getMessage(), e);
        }
    }

    private record Column(String name, boolean timestamp) {
    }

    /** The store's tables with a case_id column, the cases' table first. */
    static List<String> tablesWithCases(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getColumns(null, null, "tertib%", "case_id")) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!tables.contains(table)) {
                    tables.add(table);
                }
            }
        }
        if (!tables.contains("tertib_case")) {
            throw new IllegalStateException("no tertib_case table among " + tables + ": has the store its schema?");
        }
        tables.remove("tertib_case");
        tables.add(0, "tertib_case");
        return tables;
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
        return columns;
    }

    private static void copy(Connection connection, String table, List<Column> columns, String template,
            int firstCase, int cases) throws SQLException {
        StringJoiner names = new StringJoiner(", ");
        StringJoiner values = new StringJoiner(", ");
        for (Column column : columns) {
            names.add(column.name());
            String source = "t." + column.name();
            if (column.name().equals("case_id")) {
                values.add(source + " || '-' || g.i");
            } else if (column.timestamp()) {
                values.add(source + " - make_interval(mins => ((g.i::bigint * " + OpenCases.SCATTER + ") % "
                        + OpenCases.SPREAD_MINUTES + ")::int)");
            } else {
                values.add(source);
            }
        }
        String sql = "insert into " + table + " (" + names + ") select " + values + " from " + table
                + " t cross join generate_series(" + firstCase + ", " + (cases - 1) + ", " + OpenCases.STEPS
                + ") as g(i) where t.case_id = ?";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, template);
            insert.executeUpdate();
        }
    }
}
