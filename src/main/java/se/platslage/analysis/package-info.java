/**
 * The spatial-statistics engine behind hot spots and measure evaluation (issue 6): plain Java, no Spring.
 *
 * <p>Coordinates are SWEREF 99 TM (EPSG:3006) easting {@code x} and northing {@code y} in metres, as plain
 * doubles; every distance and size is in metres and says so in its name. The web layer converts to and
 * from GeoJSON; nothing here does I/O.
 *
 * <ul>
 *   <li>{@code incident}: the incident point and the period/type filter.</li>
 *   <li>{@code grid}: square and hexagon lattices, streaming aggregation of incidents to cell counts, the
 *       automatic cell size.</li>
 *   <li>{@code hotspot}: Getis-Ord Gi* with a fixed distance band, p-values, Benjamini-Hochberg FDR and
 *       the hot/cold classes.</li>
 *   <li>{@code density}: the quartic kernel density raster for the heat view.</li>
 *   <li>{@code evaluation}: the Weighted Displacement Quotient and the hour/weekday profile.</li>
 *   <li>{@code trend}: the Mann–Kendall trend test and Sen's slope on a series of equal time steps.</li>
 *   <li>{@code coverage}: hot cells without a measure nearby, measures outside any hot spot.</li>
 *   <li>{@code synthetic}: seeded, clustered synthetic incidents, always flagged synthetic.</li>
 * </ul>
 */
package se.platslage.analysis;
