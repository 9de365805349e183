package db.migration.common;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Sequences for the tables an import fills by the thousand, so Hibernate can take ids 50 at a time and
 * batch the inserts (identity columns force one round trip per row: a 10,000-row plan took 11 s on
 * PostGIS). Written in Java because each sequence must start after the ids already stored, and the SQL
 * for that differs between H2 and PostgreSQL while this does not.
 *
 * IMPLEMENTATION NOTE: Hibernate's pooled optimizer reads a sequence value as the top of a block of 50,
 * so the sequence starts at max(id) + 50: the first block is max(id) + 1 .. max(id) + 50.
 */
public class V9__Sequences_for_batched_inserts extends BaseJavaMigration {

    static final int BLOCK = 50;
    static final List<String> TABLES = List.of("place", "problem", "cause", "measure", "follow_up", "audit_event");

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String table : TABLES) {
                long max;
                try (ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
                    rs.next();
                    max = rs.getLong(1);
                }
                statement.execute("CREATE SEQUENCE " + table + "_seq START WITH " + (max + BLOCK)
                        + " INCREMENT BY " + BLOCK);
            }
        }
    }
}
