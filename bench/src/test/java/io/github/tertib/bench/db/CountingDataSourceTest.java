package io.github.tertib.bench.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tertib.bench.db.CountingDataSource.JdbcCounts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The counting proxy over a real H2 database: what reaches the server is counted, and nothing else. */
class CountingDataSourceTest {

    private CountingDataSource counting;

    @BeforeEach
    void database() throws SQLException {
        counting = CountingDataSource.over(BenchDatabase.H2.newDatabase("counting test"));
        try (Connection connection = counting.real().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table t (id int primary key, name varchar(20))");
        }
    }

    @Test
    void counts_statements_batches_and_the_commit_of_a_transaction_that_did_something() throws SQLException {
        counting.journal(true);
        try (Connection connection = counting.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("insert into t values (?, ?)")) {
                insert.setInt(1, 1);
                insert.setString(2, "satu");
                insert.executeUpdate();
                for (int i = 2; i <= 4; i++) {
                    insert.setInt(1, i);
                    insert.setString(2, "n" + i);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select count(*) from t")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(4);
            }
            connection.commit();
            connection.commit();
            connection.rollback();
            connection.setAutoCommit(true);
        }

        assertThat(counting.counts()).isEqualTo(new JdbcCounts(2, 1, 1, 0, 1));
        assertThat(counting.counts().roundTrips()).isEqualTo(4);
        assertThat(counting.takeJournal()).containsExactly("insert into t values (?, ?)",
                "-- batch of 3: insert into t values (?, ?) ;; insert into t values (?, ?) ;; insert into t values (?, ?)",
                "select count(*) from t");
        assertThat(counting.takeJournal()).isEmpty();
    }

    @Test
    void a_rollback_counts_when_something_ran_and_auto_commit_on_commits_an_open_transaction() throws SQLException {
        JdbcCounts before = counting.counts();
        try (Connection connection = counting.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("insert into t values (9, 'sembilan')");
            }
            connection.rollback();
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("insert into t values (10, 'sepuluh')");
            }
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select id from t")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(10);
                assertThat(rows.next()).isFalse();
            }
        }

        JdbcCounts counted = counting.counts().minus(before);
        assertThat(counted).isEqualTo(new JdbcCounts(3, 0, 1, 1, 1));
        assertThat(counted.roundTrips()).isEqualTo(5);
    }
}
