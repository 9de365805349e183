package se.platslage.photo;

import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Photos in the database (table {@code photo_content}): written through the JDBC connection of the
 * surrounding transaction, so a photo and the record that names it are stored, or rolled back, together,
 * and a database backup holds both.
 */
@Component
@ConditionalOnProperty(name = "platslage.photos.store", havingValue = "database", matchIfMissing = true)
class DatabasePhotoStore implements PhotoStore {

    private final JdbcTemplate jdbc;

    DatabasePhotoStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(String key, String contentType, byte[] bytes) {
        jdbc.update("insert into photo_content (content_key, content_type, bytes) values (?, ?, ?)", key,
                contentType, bytes);
    }

    @Override
    public Optional<byte[]> get(String key) {
        return jdbc.query("select bytes from photo_content where content_key = ?",
                rs -> rs.next() ? Optional.of(rs.getBytes(1)) : Optional.<byte[]>empty(), key);
    }
}
