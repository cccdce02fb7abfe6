package io.lifeline.query.batching;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.query.QuerySideIntegrationTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A rebuild empties its tables with {@code TRUNCATE} (a new file: the table's file node changes), and
 * deletes the rows instead when a reader holds the table longer than the wait allows.
 */
class TablesClearedForARebuildIT extends QuerySideIntegrationTest {
    private static final String TABLE = "read_model.cleared_for_a_rebuild";
    private static final String CHILD = "read_model.cleared_for_a_rebuild_child";

    @Autowired
    ProjectionWrites writes;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void tables() {
        jdbc.sql("CREATE TABLE " + TABLE + " (id INT PRIMARY KEY)").update();
        jdbc.sql("CREATE TABLE " + CHILD + " (id INT REFERENCES " + TABLE + " ON DELETE CASCADE)").update();
        jdbc.sql("INSERT INTO " + TABLE + " SELECT generate_series(1, 100)").update();
        jdbc.sql("INSERT INTO " + CHILD + " SELECT generate_series(1, 100)").update();
    }

    @AfterEach
    void dropTables() {
        jdbc.sql("DROP TABLE " + CHILD + ", " + TABLE).update();
    }

    @Test
    void withNoReaderTheTablesAreTruncatedAndWhatReferencesThemGoesWithThem() {
        long before = fileNode(TABLE);

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            writes.clear(TABLE);
            assertThat(lockTimeout()).as("the lock wait does not outlive the clearing").isEqualTo("0");
        });

        assertThat(count(TABLE)).isZero();
        assertThat(count(CHILD)).as("rows referencing the cleared ones, as ON DELETE CASCADE says").isZero();
        assertThat(fileNode(TABLE)).as("a truncated table gets a new file").isNotEqualTo(before);
    }

    @Test
    void aReaderHoldingTheTableMakesTheRowsBeDeletedInsteadOfWaitingForIt() throws Exception {
        long before = fileNode(TABLE);
        try (Connection reader = dataSource.getConnection()) {
            reader.setAutoCommit(false);
            try (Statement statement = reader.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + TABLE)) {
                rows.next();
                assertThat(rows.getLong(1)).isEqualTo(100); // the reader's transaction now holds the table
            }

            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                writes.clear(TABLE);
                assertThat(lockTimeout()).as("the transaction goes on without the lock wait").isEqualTo("0");
            });

            assertThat(count(TABLE)).isZero();
            assertThat(count(CHILD)).isZero();
            assertThat(fileNode(TABLE)).as("deleted, not truncated").isEqualTo(before);
            reader.commit();
        }
    }

    private String lockTimeout() {
        return jdbc.sql("SELECT current_setting('lock_timeout')").query(String.class).single();
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private long fileNode(String table) {
        return jdbc.sql("SELECT pg_relation_filenode(?::regclass)").param(table).query(Long.class).single();
    }
}
