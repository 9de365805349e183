package se.platslage.analysis.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import se.platslage.analysis.grid.CellCounts;
import se.platslage.analysis.grid.IncidentGridAggregator;
import se.platslage.analysis.grid.SquareLattice;
import se.platslage.analysis.hotspot.CellInclusion;
import se.platslage.analysis.hotspot.GetisOrdGiStar;
import se.platslage.analysis.hotspot.GiStarResult;
import se.platslage.analysis.hotspot.HotSpotAnalysis;
import se.platslage.analysis.incident.IncidentFilter;
import se.platslage.analysis.synthetic.SyntheticIncidentGenerator;

/**
 * Gi* on 1,000,000 synthetic incidents over Stockholm (SWEREF 99 TM E 660000-685000, N 6570000-6595000)
 * on a 100 m grid (250 x 250 = 62,500 cells, all cells in the statistic), Java against R spdep on the
 * same cells and the same binary distance-band weights with the cell itself.
 *
 * <p>Usage: {@code GiStarBenchmark <path to spdep-gistar.R> [distanceBandMeters, default 500]}, or
 * {@code src/test/resources/analysis/bench/run-benchmark.sh}. Prints the Java time (median of 15 runs
 * after 5 warm-ups, Gi* z plus p-values, BH and classes), the R time (weights plus localG, and localG
 * alone), their ratios, the largest |z difference| and the heap in use.
 */
public final class GiStarBenchmark {

    private static final int INCIDENTS = 1_000_000;

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        Path rScript = Path.of(args.length > 0 ? args[0] : "src/test/resources/analysis/bench/spdep-gistar.R");
        double bandMeters = args.length > 1 ? Double.parseDouble(args[1]) : 500;
        SquareLattice lattice = new SquareLattice(660000, 6570000, 100, 250, 250);

        long t0 = System.nanoTime();
        CellCounts counts = IncidentGridAggregator.aggregate(lattice, IncidentFilter.ALL,
                SyntheticIncidentGenerator.generate(stockholm(), INCIDENTS));
        double aggregateSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("incidents %,d streamed into %,d cells (%,d non-empty) in %.3f s%n",
                counts.total(), lattice.cellCount(), counts.nonEmptyCellCount(), aggregateSeconds);

        HotSpotAnalysis.Parameters parameters = HotSpotAnalysis.Parameters.withBand(CellInclusion.ALL_CELLS, bandMeters);
        HotSpotAnalysis.Result result = null;
        for (int i = 0; i < 5; i++) {
            result = HotSpotAnalysis.run(counts, parameters);
        }
        double[] giOnly = new double[15];
        double[] full = new double[15];
        for (int i = 0; i < full.length; i++) {
            long a = System.nanoTime();
            GetisOrdGiStar.compute(counts, CellInclusion.ALL_CELLS, bandMeters);
            long b = System.nanoTime();
            result = HotSpotAnalysis.run(counts, parameters);
            long c = System.nanoTime();
            giOnly[i] = (b - a) / 1e9;
            full[i] = (c - b) / 1e9;
        }
        double javaGi = median(giOnly);
        double javaFull = median(full);
        System.gc();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        double heapMb = memory.getHeapMemoryUsage().getUsed() / 1e6;
        GiStarResult gi = result.giStar();
        long hot = Arrays.stream(result.classes()).filter(k -> k.isHot()).count();
        long cold = Arrays.stream(result.classes()).filter(k -> k.isCold()).count();
        System.out.printf("java Gi* z: %.4f s; with p, BH and classes: %.4f s (median of %d); band %.0f m, "
                + "hot cells %d, cold cells %d%n", javaGi, javaFull, full.length, bandMeters, hot, cold);
        System.out.printf("heap in use after GC: %.1f MB (max %.0f MB)%n", heapMb,
                memory.getHeapMemoryUsage().getMax() / 1e6);

        Path dir = Files.createTempDirectory("gistar-bench");
        Path gridCsv = dir.resolve("grid.csv");
        Path zCsv = dir.resolve("z.csv");
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(gridCsv, StandardCharsets.UTF_8))) {
            out.println("cell_id,x,y,count");
            for (int k = 0; k < gi.size(); k++) {
                int cell = gi.cellIds()[k];
                out.printf("%d,%.1f,%.1f,%d%n", cell, lattice.centreX(cell), lattice.centreY(cell), gi.counts()[k]);
            }
        }
        long r0 = System.nanoTime();
        String spdepLine = runR(rScript, gridCsv, bandMeters, zCsv);
        double rWall = (System.nanoTime() - r0) / 1e9;
        double rTotal = field(spdepLine, "total");
        double rLocalG = field(spdepLine, "localG");
        System.out.println("spdep: " + spdepLine + String.format(" (Rscript wall clock %.1f s incl. start-up and I/O)", rWall));

        double maxDiff = 0;
        try (BufferedReader in = Files.newBufferedReader(zCsv)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",");
                double rz = Double.parseDouble(f[1]);
                double jz = gi.zScoreOf(Integer.parseInt(f[0]));
                maxDiff = Math.max(maxDiff, Math.abs(rz - jz));
            }
        }
        System.out.printf("ratio spdep(weights + localG) / java(Gi* z): %.0fx; spdep(localG only) / java: %.0fx; "
                + "vs java with p/BH/classes: %.0fx%n", rTotal / javaGi, rLocalG / javaGi, rTotal / javaFull);
        System.out.printf("max |z_java - z_spdep| = %.3e over %,d cells%n", maxDiff, gi.size());
    }

    /** Ten busy places in central Stockholm (SWEREF 99 TM, approximate) plus 30 % background. */
    static SyntheticIncidentGenerator.Settings stockholm() {
        double[][] places = {
            {674300, 6580800, 150, 5}, {674500, 6578300, 120, 3}, {673600, 6581600, 200, 2},
            {671200, 6580000, 250, 2}, {676800, 6581900, 180, 1}, {668000, 6583500, 300, 2},
            {679500, 6576500, 300, 1}, {665500, 6576000, 350, 1}, {681500, 6590500, 400, 1},
            {672800, 6586800, 250, 2}};
        List<SyntheticIncidentGenerator.Cluster> clusters = new ArrayList<>();
        for (double[] p : places) {
            clusters.add(new SyntheticIncidentGenerator.Cluster(p[0], p[1], p[2], p[3]));
        }
        return new SyntheticIncidentGenerator.Settings(20261106L, 660000, 6570000, 685000, 6595000, clusters, 0.3,
                Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"),
                List.of("misshandel", "stöld", "skadegörelse", "rån"));
    }

    private static String runR(Path script, Path grid, double band, Path out) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("Rscript", script.toString(), grid.toString(),
                Double.toString(band), out.toString()).redirectErrorStream(true).start();
        String spdepLine = null;
        StringBuilder all = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                all.append(line).append('\n');
                if (line.startsWith("SPDEP_SECONDS")) {
                    spdepLine = line;
                }
            }
        }
        if (process.waitFor() != 0 || spdepLine == null) {
            throw new IllegalStateException("Rscript failed:\n" + all);
        }
        return spdepLine;
    }

    private static double field(String line, String name) {
        for (String part : line.split(" ")) {
            if (part.startsWith(name + "=")) {
                return Double.parseDouble(part.substring(name.length() + 1));
            }
        }
        throw new IllegalArgumentException(name + " missing in " + line);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private GiStarBenchmark() {
    }
}
