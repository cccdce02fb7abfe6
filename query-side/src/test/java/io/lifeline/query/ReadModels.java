package io.lifeline.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every read model's rows, comparable between two moments: the proof that a rebuild changed nothing. */
public final class ReadModels {
    private ReadModels() {
    }

    /**
     * Every read_model table but the token store (positions differ by design), the dead-letter
     * queue (ids and times differ by design) and Flyway's history, without identity columns: those
     * are the database's numbers for rows in the order a projection wrote them (recorded_order in
     * the audit history and the notifications), which a rebuild writes anew above the old ones, so
     * that a reader's cursor from before the rebuild never skips a row.
     */
    public static Map<String, List<Map<String, Object>>> dump(JdbcClient jdbc) {
        List<String> tables = jdbc.sql("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema = 'read_model' AND table_type = 'BASE TABLE'
                          AND table_name NOT IN ('tokenentry', 'dead_letter_entry', 'flyway_schema_history')""")
                .query(String.class).list();
        assertThat(tables).isNotEmpty();
        Map<String, List<Map<String, Object>>> rows = new HashMap<>();
        for (String table : tables) {
            // Ordered by every value, so tables without a unique first column compare in a stable order too.
            List<Map<String, Object>> tableRows = new ArrayList<>();
            List<String> identities = jdbc.sql("""
                            SELECT column_name FROM information_schema.columns
                            WHERE table_schema = 'read_model' AND table_name = :table AND is_identity = 'YES'""")
                    .param("table", table).query(String.class).list();
            for (Map<String, Object> row : jdbc.sql("SELECT * FROM read_model." + table).query().listOfRows()) {
                identities.forEach(row::remove);
                tableRows.add(comparable(row));
            }
            tableRows.sort(Comparator.comparing(Object::toString));
            rows.put(table, tableRows);
        }
        return rows;
    }

    /** SQL arrays compare by identity; their elements are what must be equal. */
    private static Map<String, Object> comparable(Map<String, Object> row) {
        Map<String, Object> values = new LinkedHashMap<>();
        row.forEach((column, value) -> {
            try {
                values.put(column, value instanceof java.sql.Array array ? Arrays.asList((Object[]) array.getArray()) : value);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return values;
    }
}
