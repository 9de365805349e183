package se.platslage.analysis.hotspot;

/**
 * Hot/cold classes by confidence, as ArcGIS's Gi_Bin: +3 hot at 99 %, +2 at 95 %, +1 at 90 %, 0 not
 * significant, and the same negative for cold spots.
 *
 * <p>The class is read from the FDR-adjusted p-value (see {@link BenjaminiHochberg}): significant at
 * confidence 1 - alpha when {@code pAdjusted <= alpha}; hot when z > 0, cold when z < 0.
 */
public enum HotSpotClass {
    COLD_99(-3), COLD_95(-2), COLD_90(-1), NOT_SIGNIFICANT(0), HOT_90(1), HOT_95(2), HOT_99(3);

    private final int bin;

    HotSpotClass(int bin) {
        this.bin = bin;
    }

    /** ArcGIS-style Gi_Bin, -3 .. 3. */
    public int bin() {
        return bin;
    }

    public boolean isHot() {
        return bin > 0;
    }

    public boolean isCold() {
        return bin < 0;
    }

    /** The class of a z-score given its (adjusted) two-sided p-value; NaN gives NOT_SIGNIFICANT. */
    public static HotSpotClass classify(double z, double p) {
        if (Double.isNaN(z) || Double.isNaN(p) || z == 0) {
            return NOT_SIGNIFICANT;
        }
        int level = p <= 0.01 ? 3 : p <= 0.05 ? 2 : p <= 0.10 ? 1 : 0;
        if (level == 0) {
            return NOT_SIGNIFICANT;
        }
        return values()[3 + (z > 0 ? level : -level)];
    }
}
