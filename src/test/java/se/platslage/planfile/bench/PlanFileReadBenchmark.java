package se.platslage.planfile.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import se.platslage.planfile.ActionPlan;
import se.platslage.planfile.PlanArea;
import se.platslage.planfile.PlanCause;
import se.platslage.planfile.PlanFileReader;
import se.platslage.planfile.PlanFileWriter;
import se.platslage.planfile.PlanMeasure;
import se.platslage.planfile.PlanProblem;
import se.platslage.planfile.PlanReadResult;

/**
 * How long reading a 10,000-row plan takes and how much heap it needs (issue 5: "a 10,000-row file must import
 * in seconds with bounded memory").
 *
 * Builds a workbook from the Hässelby-Vällingby plan's real rows repeated to 10,000 measure rows over five
 * sheets (2,000 each), writes it with {@link PlanFileWriter}, then reads it five times and reports the best
 * time and the peak heap above the baseline, sampled every 2 ms. Run from the project root:
 * <pre>
 * ./mvnw -q test-compile &amp;&amp; java -Xmx128m -cp target/test-classes:target/classes:$(cat cp.txt) \
 *     se.platslage.planfile.bench.PlanFileReadBenchmark
 * </pre>
 * (cp.txt from {@code ./mvnw dependency:build-classpath -Dmdep.outputFile=cp.txt}). A small -Xmx shows the
 * memory is bounded: the whole plan fits, the file's XML is never held.
 */
public final class PlanFileReadBenchmark {

    static final int ROWS = 10_000;

    public static void main(String[] args) throws Exception {
        ActionPlan real = new ObjectMapper().findAndRegisterModules()
                .readValue(Path.of("geodata/plans/hasselby-vallingby-2025.json").toFile(), ActionPlan.class);
        ActionPlan big = repeat(real, ROWS);
        Path file = Files.createTempFile("platslage-bench", ".xlsx");
        long writeStart = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(file)) {
            new PlanFileWriter().writePlan(big, out);
        }
        double writeSeconds = (System.nanoTime() - writeStart) / 1e9;

        PlanFileReader reader = new PlanFileReader();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        double best = Double.MAX_VALUE;
        long peakAbove = 0;
        int measures = 0;
        for (int run = 0; run < 5; run++) {
            System.gc();
            long baseline = memory.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong(baseline);
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.start();
            long start = System.nanoTime();
            PlanReadResult result = reader.read(file, 2025);
            double seconds = (System.nanoTime() - start) / 1e9;
            sampler.interrupt();
            sampler.join();
            best = Math.min(best, seconds);
            peakAbove = Math.max(peakAbove, peak.get() - baseline);
            measures = count(result.plan());
        }
        System.out.printf("rows=%d measures read=%d file=%.1f MB write=%.2f s read(best of 5)=%.2f s "
                        + "peak heap above baseline=%.0f MB max heap=%.0f MB%n",
                ROWS, measures, Files.size(file) / 1e6, writeSeconds, best, peakAbove / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
        Files.delete(file);
    }

    /** The plan's problems repeated over areas 1-5 until there are {@code rows} measure rows. */
    static ActionPlan repeat(ActionPlan real, int rows) {
        List<PlanProblem> source = real.priorityAreas().stream().flatMap(a -> a.problems().stream())
                .filter(p -> !p.causes().isEmpty()).toList();
        List<PlanArea> areas = new ArrayList<>();
        int perArea = rows / 5;
        for (int area = 1; area <= 5; area++) {
            List<PlanProblem> problems = new ArrayList<>();
            int made = 0;
            for (int i = 0; made < perArea; i++) {
                PlanProblem p = source.get(i % source.size());
                PlanCause c = p.causes().get(0);
                PlanMeasure m = c.measures().get(0);
                problems.add(new PlanProblem("bench-" + area + "-" + i, p.description(), p.places(), p.targetGroup(),
                        p.timePattern(), List.of(new PlanCause(c.description(), List.of(m)))));
                made++;
            }
            areas.add(new PlanArea(area, real.priorityAreas().get(area - 1).name(), problems));
        }
        return new ActionPlan(real.id(), real.district(), real.year(), real.kind(), real.title(),
                real.sourceDocument(), real.adopted(), real.summaryAsPrinted(), real.targets(), areas);
    }

    private static int count(ActionPlan plan) {
        return (int) plan.priorityAreas().stream().flatMap(a -> a.problems().stream())
                .flatMap(p -> p.causes().stream()).mapToLong(c -> c.measures().size()).sum();
    }
}
