package io.github.tertib.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The store's schema on its database: created from the dialect's script in the jar, its version checked once. */
final class JdbcSchema {

    static final int VERSION = 1;

    private final DataSource dataSource;
    private final Dialect dialect;
    private volatile boolean checked;

    JdbcSchema(DataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    /** Creates the schema when the database has none; checks its version when it has one. */
    void create() {
        try (Connection c = dataSource.getConnection()) {
            Optional<Integer> version = version(c);
            if (version.isPresent()) {
                requireVersion(version.get());
                return;
            }
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : statements(script())) {
                    s.execute(sql);
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
            checked = true;
        } catch (SQLException e) {
            throw new StoreException("the case store could not create its schema (" + dialect.script() + "): "
                    + e.getMessage(), e);
        }
    }

    private String script() {
        try (InputStream in = JdbcSchema.class.getResourceAsStream(dialect.script())) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + dialect.script());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + dialect.script(), e);
        }
    }

    /** The statements of a script: its lines without comments, split at the semicolons that end lines. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (String line : script.split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("--")) {
                continue;
            }
            b.append(line).append('\n');
            if (t.endsWith(";")) {
                out.add(b.substring(0, b.lastIndexOf(";")).strip());
                b.setLength(0);
            }
        }
        return out;
    }

    private Optional<Integer> version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(version) FROM tertib_schema")) {
            r.next();
            int v = r.getInt(1);
            return r.wasNull() ? Optional.of(0) : Optional.of(v);
        } catch (SQLException e) {
            if (dialect.isMissingTable(e)) {
                if (!c.getAutoCommit()) {
                    c.rollback();
                }
                return Optional.empty();
            }
            throw e;
        }
    }

    private static void requireVersion(int version) {
        if (version != VERSION) {
            throw new StoreException("the database has version " + version + " of Tertib's case store schema, and this"
                    + " Tertib uses version " + VERSION + ": migrate it with the scripts of the matching"
                    + " Tertib (io/github/tertib/store/.../V" + VERSION + "__tertib.sql), or point the store at"
                    + " another database");
        }
    }

    /** Checks once that the database has this version of the schema. */
    void check(Connection c) throws SQLException {
        if (checked) {
            return;
        }
        Optional<Integer> version = version(c);
        if (version.isEmpty()) {
            throw new StoreException("the database has no Tertib case store schema (no table tertib_schema): call"
                    + " store.createSchema(), or apply " + dialect.script().substring(1) + " with your migration tool");
        }
        requireVersion(version.get());
        checked = true;
    }
}
