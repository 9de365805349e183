package se.platslage.system;

/**
 * Paging of a list endpoint: {@code limit} defaults to and is clamped to configured values (OGC API
 * Features §7.15.3 clamps rather than rejects), a negative offset is a client mistake.
 */
public record Page(int limit, int offset) {

    public static Page of(Integer limit, Integer offset, ApiProperties properties) {
        if (limit != null && limit < 1) {
            throw new InvalidInputException("limit", "must be at least 1");
        }
        if (offset != null && offset < 0) {
            throw new InvalidInputException("offset", "must not be negative");
        }
        int clamped = limit == null ? properties.defaultLimit() : Math.min(limit, properties.maxLimit());
        return new Page(clamped, offset == null ? 0 : offset);
    }
}
