package se.platslage.planimport;

import se.platslage.system.InvalidInputException;

/**
 * The import's request parameters, checked in one place. Either {@code plan} (a follow-up file for that
 * existing plan: its follow-ups are added to the plan's measures) or {@code district} and {@code year} (a new
 * plan). {@code dryRun} stores nothing; {@code async} answers at once with a job to poll.
 */
record ImportRequest(String district, Integer year, String plan, boolean dryRun, boolean async) {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    static ImportRequest of(String district, String year, String plan, String dryRun, String async) {
        String planRef = blank(plan) ? null : plan.strip();
        if (planRef == null) {
            if (blank(district)) {
                throw new InvalidInputException("district", "is required for a new plan (a district code such as "
                        + "hasselby-vallingby); or name an existing plan in 'plan' to add a follow-up file to it");
            }
            if (blank(year)) {
                throw new InvalidInputException("year", "is required for a new plan");
            }
        }
        Integer parsedYear = null;
        if (!blank(year)) {
            try {
                parsedYear = Integer.parseInt(year.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("year", "'" + year + "' is not a year");
            }
            if (parsedYear < MIN_YEAR || parsedYear > MAX_YEAR) {
                throw new InvalidInputException("year", "must be between " + MIN_YEAR + " and " + MAX_YEAR);
            }
        }
        return new ImportRequest(blank(district) ? null : district.strip(), parsedYear, planRef,
                bool(dryRun, "dryRun"), bool(async, "async"));
    }

    boolean isFollowUp() {
        return plan != null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean bool(String value, String field) {
        if (blank(value)) {
            return false;
        }
        return switch (value.strip().toLowerCase()) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new InvalidInputException(field, "'" + value + "' is not true or false");
        };
    }
}
