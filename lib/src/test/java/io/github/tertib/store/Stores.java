package io.github.tertib.store;

import io.github.tertib.time.Holidays;
import io.github.tertib.time.WorkCalendar;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import javax.sql.DataSource;

/** The three kinds of store the tests compare, on the calendar of the examples. */
enum Stores {
    MEMORY, H2, POSTGRESQL;

    static final WorkCalendar CALENDAR = WorkCalendar.asn(ZoneId.of("Asia/Jakarta")).withHolidays(Holidays.indonesia());

    /** A fresh database of this kind (none for MEMORY). */
    DataSource database() {
        return switch (this) {
            case MEMORY -> throw new IllegalStateException("the memory store has no database");
            case H2 -> Databases.h2();
            case POSTGRESQL -> Databases.postgres();
        };
    }

    /** A store on a fresh database with its schema. */
    CaseStore fresh() {
        if (this == MEMORY) {
            return CaseStore.inMemory(CALENDAR);
        }
        CaseStore s = CaseStore.jdbc(database(), CALENDAR);
        s.createSchema();
        return s;
    }

    /** Empties the store's tables, keeping the schema. */
    static void clear(DataSource ds) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String t : new String[] {"tertib_visit", "tertib_done", "tertib_work", "tertib_event", "tertib_case"}) {
                s.execute("DELETE FROM " + t);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
