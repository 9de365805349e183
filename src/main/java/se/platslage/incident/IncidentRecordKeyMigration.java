package se.platslage.incident;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway V31: gives police-uk and csv incidents stored with an id their record key
 * ({@link RecordIdentity#keyWithId}), after V30 made the id itself their key. Without it a file imported
 * before issue 14 would be stored a second time when imported again. Written in Java so the key is
 * computed by the same code as at import (Spring Boot hands JavaMigration beans to Flyway).
 */
@Component
class IncidentRecordKeyMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("31");
    }

    @Override
    public String getDescription() {
        return "incident record keys from ids";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection con = context.getConnection();
        try (Statement select = con.createStatement();
                ResultSet rs = select.executeQuery("SELECT id, format, external_id, occurred_at, ST_X(geom), ST_Y(geom),"
                        + " location_name, type FROM incident WHERE external_id IS NOT NULL"
                        + " AND format IN ('police-uk', 'csv')");
                PreparedStatement update = con.prepareStatement("UPDATE incident SET record_key = ? WHERE id = ?")) {
            int pending = 0;
            while (rs.next()) {
                IncidentFormat format = se.platslage.system.Coded.parse(IncidentFormat.class, rs.getString(2), "format");
                update.setString(1, RecordIdentity.keyWithId(format, rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getDouble(5), rs.getDouble(6),
                        rs.getString(7), rs.getString(8)));
                update.setLong(2, rs.getLong(1));
                update.addBatch();
                if (++pending % 500 == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
    }
}
