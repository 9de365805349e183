package se.platslage.incident;

/**
 * Something about a kept or skipped row that a person should know, naming both rows involved. The code
 * lets the page word it in its own language; the message says the same in English.
 *
 * @param code      {@link #REPEATED_ID} | {@link #EXACT_REPEAT} | {@link #SAME_RECORD} | {@link #IDENTICAL_WITHOUT_ID}
 * @param line      the row this warning is about (1 = first line of the file)
 * @param firstLine the earlier row of the same file it repeats
 * @param sourceId  the source's id of the row, null when it has none
 */
public record ImportWarning(String code, int line, int firstLine, String sourceId, String message) {

    /** The id was seen before with other time, position, place text or type: both rows are stored. */
    public static final String REPEATED_ID = "repeated-id";
    /** The row repeats an earlier row field by field: it is the same record and is not stored again. */
    public static final String EXACT_REPEAT = "exact-repeat";
    /** The row is the same record as an earlier one (see {@link RecordIdentity}) but its outcome or context
     * differs: the first is kept. */
    public static final String SAME_RECORD = "same-record";
    /** The row has no id and is identical to an earlier one: both are stored, as two reports. */
    public static final String IDENTICAL_WITHOUT_ID = "identical-without-id";
}
