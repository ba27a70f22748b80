package io.github.tertib.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The databases the store runs on, detected from a connection's metadata. */
enum Dialect {
    POSTGRESQL("postgresql"), H2("h2");

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /** The schema script of this dialect in the jar. */
    String script() {
        return "/io/github/tertib/store/" + folder + "/V1__tertib.sql";
    }

    static Dialect of(Connection c) throws SQLException {
        DatabaseMetaData m = c.getMetaData();
        String product = m.getDatabaseProductName();
        if ("PostgreSQL".equalsIgnoreCase(product)) {
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SHOW standard_conforming_strings")) {
                if (r.next() && !"on".equalsIgnoreCase(r.getString(1))) {
                    throw new StoreException("the PostgreSQL database at " + m.getURL() + " has"
                            + " standard_conforming_strings off; the case store needs it on (the default since"
                            + " PostgreSQL 9.1): ALTER DATABASE ... SET standard_conforming_strings = on");
                }
            }
            return POSTGRESQL;
        }
        if ("H2".equalsIgnoreCase(product)) {
            return H2;
        }
        throw new StoreException("CaseStore.jdbc supports PostgreSQL (and PostgreSQL-compatible distributed SQL) and"
                + " H2; the DataSource connects to " + product + " " + m.getDatabaseProductVersion() + " at "
                + m.getURL() + ": use one of those, or CaseStore.inMemory for tests");
    }

    /** Whether the failure is a lost race: the next event's key is taken, or a serialization failure. */
    boolean isConflict(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                for (SQLException x = s; x != null; x = x.getNextException()) {
                    if (conflict(x)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean conflict(SQLException x) {
        String state = x.getSQLState();
        if ("23505".equals(state) || "40001".equals(state) || "40P01".equals(state)) {
            return true;
        }
        // H2: a concurrent update of the same row (90131) or a lock timeout (50200)
        return this == H2 && (x.getErrorCode() == 90131 || x.getErrorCode() == 50200);
    }

    /** Whether the failure says a table does not exist. */
    boolean isMissingTable(SQLException e) {
        String state = e.getSQLState();
        return "42P01".equals(state) || "42S02".equals(state) || "42S04".equals(state)
                || this == H2 && e.getErrorCode() == 42102;
    }
}
