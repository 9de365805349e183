package se.platslage.system;

import java.util.regex.Pattern;

/**
 * The {@code Idempotency-Key} header of writes sent from a phone's offline queue: one new random key per
 * record, the same key when the request is sent again after a lost answer (draft-ietf-httpapi-idempotency-key-header).
 * Keys are scoped to the account that sent them.
 */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";

    /** Printable, so a key can sit in logs and a unique index; long enough for a UUID. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

    private IdempotencyKeys() {
    }

    /** The key, or a 400 naming the header when it is missing or malformed. */
    public static String checked(String key) {
        if (key == null || key.isBlank()) {
            throw new InvalidInputException(HEADER, "is required: a new random key (a UUID) per record, "
                    + "the same key when the request is sent again");
        }
        if (!KEY.matcher(key).matches()) {
            throw new InvalidInputException(HEADER, "8 to 100 characters of A-Z, a-z, 0-9 and . _ : -");
        }
        return key;
    }

    /**
     * Runs a keyed write (a call through a @Transactional proxy) and, when it lost the race for its key to a
     * concurrent request with the same key (the unique index refused it), runs it again: the second run finds
     * the first one's record and answers it.
     */
    public static <T> T once(java.util.function.Supplier<T> transaction) {
        try {
            return transaction.get();
        } catch (org.springframework.dao.DataIntegrityViolationException raced) {
            return transaction.get();
        }
    }
}
