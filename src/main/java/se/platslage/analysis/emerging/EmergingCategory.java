package se.platslage.analysis.emerging;

import java.util.Locale;

/** The patterns of ArcGIS's Emerging Hot Spot Analysis; {@link EmergingPatterns} says when each applies. */
public enum EmergingCategory {
    NEW_HOT_SPOT, CONSECUTIVE_HOT_SPOT, INTENSIFYING_HOT_SPOT, PERSISTENT_HOT_SPOT, DIMINISHING_HOT_SPOT,
    SPORADIC_HOT_SPOT, OSCILLATING_HOT_SPOT, HISTORICAL_HOT_SPOT,
    NEW_COLD_SPOT, CONSECUTIVE_COLD_SPOT, INTENSIFYING_COLD_SPOT, PERSISTENT_COLD_SPOT, DIMINISHING_COLD_SPOT,
    SPORADIC_COLD_SPOT, OSCILLATING_COLD_SPOT, HISTORICAL_COLD_SPOT,
    NO_PATTERN;

    public boolean isHot() {
        return name().endsWith("_HOT_SPOT");
    }

    public boolean isCold() {
        return name().endsWith("_COLD_SPOT");
    }

    /** "new-hot-spot", ..., "no-pattern": the code the API and the map use. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
