package se.platslage.analysis.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import se.platslage.analysis.emerging.EmergingCategory;
import se.platslage.analysis.emerging.EmergingHotSpotAnalysis;
import se.platslage.analysis.emerging.GlobalWindow;
import se.platslage.analysis.emerging.SpaceTimeCube;
import se.platslage.analysis.emerging.TimeStep;
import se.platslage.analysis.grid.SquareLattice;
import se.platslage.analysis.hotspot.CellInclusion;
import se.platslage.analysis.synthetic.SyntheticIncidentGenerator;

/**
 * Emerging hot spots on 1,000,000 synthetic incidents over Stockholm (the {@link GiStarBenchmark} city), 100 m
 * cells (250 x 250 = 62,500 locations), 36 monthly steps (2023-2025): 2.25 million bins. Java: the cube streamed,
 * then the whole analysis (Gi* per bin, p, BH over all bins, classes, Mann–Kendall per location, categories),
 * median of 5 after 2 warm-ups, with timeWindow 1 over the whole cube (the endpoint's default) and with
 * timeWindow 0 per slice (what R computes); R: spdep localG per slice with weights built once, base R
 * cor.test per location (spdep-emerging.R). Values compared: every z and every tau and p.
 *
 * <p>Usage: {@code EmergingBenchmark <path to spdep-emerging.R> [distanceBandMeters, default 300]}, or
 * {@code src/test/resources/analysis/bench/run-emerging-benchmark.sh}.
 */
public final class EmergingBenchmark {

    private static final int INCIDENTS = 1_000_000;

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        Path rScript = Path.of(args.length > 0 ? args[0] : "src/test/resources/analysis/bench/spdep-emerging.R");
        double band = args.length > 1 ? Double.parseDouble(args[1]) : 300;
        SquareLattice lattice = new SquareLattice(660000, 6570000, 100, 250, 250);
        SyntheticIncidentGenerator.Settings city = GiStarBenchmark.stockholm();
        SyntheticIncidentGenerator.Settings settings = new SyntheticIncidentGenerator.Settings(city.seed(),
                city.minX(), city.minY(), city.maxX(), city.maxY(), city.clusters(), city.backgroundShare(),
                TimeStep.instant(java.time.LocalDate.of(2023, 1, 1)), TimeStep.instant(java.time.LocalDate.of(2026, 1, 1)),
                city.types());

        long t0 = System.nanoTime();
        // the months of Stockholm local time: 36 steps from local midnight 1 January 2023
        SpaceTimeCube cube = SpaceTimeCube.covering(lattice, TimeStep.MONTH,
                TimeStep.instant(java.time.LocalDate.of(2023, 1, 1)), TimeStep.instant(java.time.LocalDate.of(2026, 1, 1)));
        SyntheticIncidentGenerator.generate(settings, INCIDENTS).forEachRemaining(cube);
        System.out.printf("incidents %,d streamed into %,d cells x %d steps in %.3f s (outside period %d, grid %d)%n",
                INCIDENTS, lattice.cellCount(), cube.steps(), (System.nanoTime() - t0) / 1e9, cube.outsidePeriod(),
                cube.outsideGrid());

        EmergingHotSpotAnalysis.Parameters defaults = EmergingHotSpotAnalysis.Parameters.of(band, 1);
        EmergingHotSpotAnalysis.Parameters slices = EmergingHotSpotAnalysis.Parameters.of(band, 0)
                .with(CellInclusion.ALL_CELLS, GlobalWindow.NEIGHBOURHOOD_TIME_STEP);
        double defaultSeconds = time(cube, defaults);
        EmergingHotSpotAnalysis.Result result = EmergingHotSpotAnalysis.run(cube, defaults);
        int[] byCategory = new int[EmergingCategory.values().length];
        for (EmergingCategory c : result.categories()) {
            byCategory[c.ordinal()]++;
        }
        System.gc();
        double heapMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6;
        System.out.printf("java, timeWindow 1, whole cube: %.3f s (median of 5); heap in use after GC holding "
                + "cube and result: %.1f MB (max %.0f MB)%n", defaultSeconds, heapMb,
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / 1e6);
        StringBuilder categories = new StringBuilder();
        for (EmergingCategory c : EmergingCategory.values()) {
            if (byCategory[c.ordinal()] > 0) {
                categories.append(' ').append(c.code()).append('=').append(byCategory[c.ordinal()]);
            }
        }
        System.out.println("categories:" + categories);
        result = null;
        double sliceSeconds = time(cube, slices);
        EmergingHotSpotAnalysis.Result perSlice = EmergingHotSpotAnalysis.run(cube, slices);
        System.out.printf("java, timeWindow 0, per slice (as R): %.3f s (median of 5)%n", sliceSeconds);

        Path dir = Files.createTempDirectory("emerging-bench");
        Path cubeCsv = dir.resolve("cube.csv");
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(cubeCsv, StandardCharsets.UTF_8))) {
            out.print("cell_id,x,y");
            for (int t = 0; t < cube.steps(); t++) {
                out.print(",s" + (t + 1));
            }
            out.println();
            for (int cell = 0; cell < lattice.cellCount(); cell++) {
                out.printf("%d,%.1f,%.1f", cell, lattice.centreX(cell), lattice.centreY(cell));
                for (int t = 0; t < cube.steps(); t++) {
                    out.print("," + cube.count(cell, t));
                }
                out.println();
            }
        }
        long r0 = System.nanoTime();
        String line = runR(rScript, cubeCsv, band, dir.resolve("r"));
        System.out.println("R: " + line + String.format(" (Rscript wall clock %.1f s)", (System.nanoTime() - r0) / 1e9));
        double rTotal = field(line, "total");
        System.out.printf("ratio R / java (per slice, the same computation): %.0fx; R / java default: %.0fx%n",
                rTotal / sliceSeconds, rTotal / defaultSeconds);

        double maxZ = 0;
        try (BufferedReader in = Files.newBufferedReader(dir.resolve("r-z.csv"))) {
            in.readLine();
            for (String row = in.readLine(); row != null; row = in.readLine()) {
                String[] f = row.split(",");
                int k = perSlice.giStar().indexOf(Integer.parseInt(f[0]));
                for (int t = 0; t < cube.steps(); t++) {
                    double rz = Double.parseDouble(f[1 + t]);
                    double jz = perSlice.giStar().zScores()[perSlice.giStar().bin(k, t)];
                    maxZ = Double.isNaN(rz) && Double.isNaN(jz) ? maxZ : Math.max(maxZ, Math.abs(rz - jz));
                }
            }
        }
        double maxTau = 0;
        double maxP = 0;
        try (BufferedReader in = Files.newBufferedReader(dir.resolve("r-mk.csv"))) {
            in.readLine();
            for (String row = in.readLine(); row != null; row = in.readLine()) {
                String[] f = row.split(",");
                int k = perSlice.giStar().indexOf(Integer.parseInt(f[0]));
                var mk = perSlice.trends()[k];
                if (mk != null && mk.computable()) {
                    maxTau = Math.max(maxTau, Math.abs(Double.parseDouble(f[1]) - mk.tau()));
                    maxP = Math.max(maxP, Math.abs(Double.parseDouble(f[2]) - mk.pValue()));
                }
            }
        }
        System.out.printf("max |z_java - z_R| = %.3e over %,d bins; max |tau diff| = %.3e, max |p diff| = %.3e "
                + "over %,d locations%n", maxZ, perSlice.giStar().zScores().length, maxTau, maxP,
                perSlice.locationCount());
    }

    private static double time(SpaceTimeCube cube, EmergingHotSpotAnalysis.Parameters parameters) {
        for (int i = 0; i < 2; i++) {
            EmergingHotSpotAnalysis.run(cube, parameters);
        }
        double[] seconds = new double[5];
        for (int i = 0; i < seconds.length; i++) {
            long a = System.nanoTime();
            EmergingHotSpotAnalysis.run(cube, parameters);
            seconds[i] = (System.nanoTime() - a) / 1e9;
        }
        Arrays.sort(seconds);
        return seconds[seconds.length / 2];
    }

    private static String runR(Path script, Path cube, double band, Path prefix) throws Exception {
        Process process = new ProcessBuilder("Rscript", script.toString(), cube.toString(), Double.toString(band),
                prefix.toString()).redirectErrorStream(true).start();
        String found = null;
        StringBuilder all = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                all.append(line).append('\n');
                if (line.startsWith("R_SECONDS")) {
                    found = line;
                }
            }
        }
        if (process.waitFor() != 0 || found == null) {
            throw new IllegalStateException("Rscript failed:\n" + all);
        }
        return found;
    }

    private static double field(String line, String name) {
        for (String part : line.split(" ")) {
            if (part.startsWith(name + "=")) {
                return Double.parseDouble(part.substring(name.length() + 1));
            }
        }
        throw new IllegalArgumentException(name + " missing in " + line);
    }

    private EmergingBenchmark() {
    }
}
