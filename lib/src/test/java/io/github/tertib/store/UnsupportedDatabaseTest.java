package io.github.tertib.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.hsqldb.jdbc.JDBCDataSource;
import org.junit.jupiter.api.Test;

/**
 * A database the store does not support (HSQLDB, a real one in memory) is refused when the store is
 * made, with a message that names it and the supported ones, and nothing is written to it.
 */
class UnsupportedDatabaseTest {

    @Test
    void refuses_hsqldb_and_leaves_it_unchanged() throws SQLException {
        JDBCDataSource hsqldb = new JDBCDataSource();
        hsqldb.setURL("jdbc:hsqldb:mem:unsupported");
        hsqldb.setUser("SA");
        hsqldb.setPassword("");
        try (Connection c = hsqldb.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE host_case (id VARCHAR(20) PRIMARY KEY)");
            s.execute("INSERT INTO host_case (id) VALUES ('kept')");
        }
        List<String> before = tables(hsqldb);
        assertThat(before).containsExactly("HOST_CASE");

        assertThatThrownBy(() -> CaseStore.jdbc(hsqldb, Stores.CALENDAR))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("HSQL Database Engine")
                .hasMessageContaining("jdbc:hsqldb:mem:unsupported")
                .hasMessageContaining("supports PostgreSQL")
                .hasMessageContaining("H2")
                .hasMessageContaining("CaseStore.inMemory");
        assertThatThrownBy(() -> CaseStore.builder(Stores.CALENDAR).maxAttempts(3).jdbc(hsqldb))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("HSQL Database Engine");

        assertThat(tables(hsqldb)).isEqualTo(before);
        try (Connection c = hsqldb.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM host_case")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("kept");
            assertThat(rs.next()).isFalse();
        }
    }

    /** The tables of the database's own schema, by name. */
    private static List<String> tables(JDBCDataSource ds) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection();
                ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                out.add(rs.getString("TABLE_NAME"));
            }
        }
        return out;
    }
}
