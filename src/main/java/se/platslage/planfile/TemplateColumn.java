package se.platslage.planfile;

/**
 * The columns of the city's action-plan template, and the extra columns Platsläge writes so that its own
 * exports read back without loss (ids, places, category). Headers are recognised by their words, not by
 * position; {@link #header} is what the writer puts there.
 */
enum TemplateColumn {
    PROBLEM("Prioriterat samverkansområde / problem"),
    CAUSE("Orsak"),
    MEASURE("Åtgärd"),
    GOAL("Operativa mål"),
    WHEN("När"),
    WHO("Vem"),
    FOLLOW_UP("Uppföljning"),
    STATUS("Status"),
    COMMENT("Kommentar"),
    // Platsläge's own columns, hidden in its exports: exact headers.
    STATUS_CODE("Statuskod"),
    PROBLEM_REF("Problem-id"),
    PROBLEM_PLACES("Problemets platser"),
    TARGET_GROUP("Målgrupp"),
    TIME_PATTERN("Tidsmönster"),
    MEASURE_REF("Åtgärds-id"),
    CATEGORY("Kategori"),
    TYPE("Typ"),
    MEASURE_PLACES("Åtgärdens platser"),
    NOTES("Anteckning");

    final String header;

    TemplateColumn(String header) {
        this.header = header;
    }

    boolean isFollowUpText() {
        return this == FOLLOW_UP || this == COMMENT;
    }

    /** The role of a header cell, or null. Platsläge's exact headers first, then the template's words. */
    static TemplateColumn recognise(String header) {
        String key = TextKey.of(header);
        if (key.isEmpty()) {
            return null;
        }
        for (TemplateColumn c : values()) {
            if (c.ordinal() >= STATUS_CODE.ordinal() && (key.equals(TextKey.of(c.header))
                    || (c == STATUS_CODE && key.startsWith("statuskod")))) {
                return c;
            }
        }
        if (key.startsWith("orsak")) {
            return CAUSE;
        }
        if (key.startsWith("atgard")) {
            return MEASURE;
        }
        if (key.startsWith("operativ")) {
            return GOAL;
        }
        if (key.equals("nar") || key.startsWith("nar ")) {
            return WHEN;
        }
        if (key.equals("vem") || key.startsWith("vem ")) {
            return WHO;
        }
        if (key.startsWith("uppfoljning")) {
            return FOLLOW_UP;
        }
        if (key.startsWith("status")) {
            return STATUS;
        }
        if (key.startsWith("kommentar")) {
            return COMMENT;
        }
        if (key.contains("prioriterat") || key.contains("problem") || key.contains("samverkansomrade")
                || key.contains("utmaning") || AreaNames.number(header) > 0) {
            return PROBLEM;
        }
        return null;
    }
}
