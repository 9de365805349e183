package se.platslage.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether PostgreSQL changes its plan for the measures' bbox query once the statement has been executed
 * repeatedly (issue 16: after five executions a pooled connection may switch to a generic plan).
 *
 * <p>Prepares the statement the application sends for {@code /api/measures?bbox=} (the page query Hibernate
 * generates from {@code MeasureQueries}, with the same parameters: the box four times as a geometry, offset and
 * limit), and prints {@code EXPLAIN ANALYZE} of its first execution (a custom plan), of the tenth (what the plan
 * cache settled on), and of one with {@code plan_cache_mode = force_generic_plan} (the plan a flip would give),
 * each as its shape (the plan nodes without costs and timings) and its execution time.
 */
final class PlanCheck {

    /** As Hibernate generates it from MeasureQueries.find (copied from the SQL log, 2026-12-07). */
    static final String PAGE = "select m1_0.id,m1_0.assignee,m1_0.category,m1_0.cause_id,m1_0.deleted_at,"
            + "m1_0.deleted_by,m1_0.description,m1_0.geom,m1_0.geom_digitised,m1_0.operational_goal,m1_0.physical_type,"
            + "m1_0.police_note,m1_0.position,m1_0.problem_id,m1_0.progress_note,m1_0.progress_percent,m1_0.ref,"
            + "m1_0.responsible,m1_0.status,m1_0.timing_text,m1_0.timing_start,m1_0.timing_end,m1_0.version"
            + " from measure m1_0 join problem p1_0 on p1_0.id=m1_0.problem_id and (p1_0.deleted_at is null)"
            + " join priority_area pa1_0 on pa1_0.id=p1_0.priority_area_id join plan p2_0 on p2_0.id=pa1_0.plan_id"
            + " where (m1_0.deleted_at is null) and m1_0.id in (select m2_0.id from measure m2_0"
            + " where (m2_0.deleted_at is null) and (m2_0.geom && $1) and st_intersects(m2_0.geom,$2)"
            + " union select m3_0.id from measure m3_0 join measure_place p3_0 on m3_0.id=p3_0.measure_id"
            + " join place p3_1 on p3_1.id=p3_0.place_id and ( p3_1.deleted_at is null)"
            + " where (m3_0.deleted_at is null) and (p3_1.geom && $3) and st_intersects(p3_1.geom,$4))"
            + " order by p2_0.code,pa1_0.area_number,p1_0.position,m1_0.position,m1_0.id"
            + " offset $5 rows fetch first $6 rows only";

    private final String db;
    private final String user;

    PlanCheck(String db, String user) {
        this.db = db;
        this.user = user;
    }

    /** On its own, against the benchmark database: {@code java -cp … se.platslage.bench.PlanCheck}. */
    public static void main(String[] args) throws SQLException {
        PlanCheck check = new PlanCheck(System.getProperty("bench.db",
                "jdbc:postgresql://127.0.0.1:5432/platslage_bench"), System.getProperty("bench.user", "postgres"));
        check.print(CityBenchmark.VIEW);
        check.print(CityBenchmark.CITY);
    }

    void print(double[] box) throws SQLException {
        String g = String.format(Locale.ROOT, "ST_Transform(ST_MakeEnvelope(%s, %s, %s, %s, 4326), 3006)",
                box[0], box[1], box[2], box[3]);
        String args = "(" + g + ", " + g + ", " + g + ", " + g + ", 0, 1000)";
        try (Connection c = DriverManager.getConnection(db, user, ""); Statement s = c.createStatement()) {
            s.execute("PREPARE bench_page(geometry, geometry, geometry, geometry, bigint, integer) AS " + PAGE);
            Explained first = explain(s, "EXECUTE bench_page" + args);
            for (int i = 2; i < 10; i++) {
                s.execute("EXECUTE bench_page" + args);
            }
            Explained tenth = explain(s, "EXECUTE bench_page" + args);
            s.execute("SET plan_cache_mode = force_generic_plan");
            Explained generic = explain(s, "EXECUTE bench_page" + args);
            s.execute("RESET plan_cache_mode");
            System.out.printf(Locale.ROOT, "%nbbox %s,%s,%s,%s: first execution %.1f ms, tenth %.1f ms, forced generic"
                    + " %.1f ms; tenth against first: plan %s, table access %s; forced generic against first: plan %s,"
                    + " table access %s%n", box[0], box[1], box[2], box[3], first.ms, tenth.ms, generic.ms,
                    same(tenth.shape, first.shape), same(tenth.scans(), first.scans()),
                    same(generic.shape, first.shape), same(generic.scans(), first.scans()));
            System.out.println("table access, first: " + first.scans());
            System.out.println("table access, tenth: " + tenth.scans());
            System.out.println("first execution:");
            first.lines.forEach(l -> System.out.println("    " + l));
            if (!tenth.shape.equals(first.shape)) {
                System.out.println("tenth execution:");
                tenth.lines.forEach(l -> System.out.println("    " + l));
            }
            if (!generic.shape.equals(first.shape)) {
                System.out.println("forced generic plan:");
                generic.lines.forEach(l -> System.out.println("    " + l));
            }
        }
    }

    private record Explained(List<String> lines, List<String> shape, double ms) {

        /** How each table is read (index or sequential scan): where a plan flip would make a box slow. */
        List<String> scans() {
            return shape.stream().filter(l -> l.contains(" Scan ")).map(String::trim).toList();
        }
    }

    private static String same(List<String> a, List<String> b) {
        return a.equals(b) ? "same" : "DIFFERENT";
    }

    private static Explained explain(Statement s, String execute) throws SQLException {
        List<String> lines = new ArrayList<>();
        List<String> shape = new ArrayList<>();
        double ms = Double.NaN;
        try (ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS OFF) " + execute)) {
            while (rs.next()) {
                String line = rs.getString(1);
                lines.add(line);
                if (line.startsWith("Execution Time:")) {
                    ms = Double.parseDouble(line.replaceAll("[^0-9.]", ""));
                } else if (!line.startsWith("Planning Time:")) {
                    // the node and what it scans, without estimates, timings, row counts and the box itself (a
                    // custom plan shows it as a constant, a generic plan as $n)
                    shape.add(line.replaceAll("\\s*\\(cost=.*", "").replaceAll("\\s*\\(actual.*", "")
                            .replaceAll("'[0-9A-F]+'::geometry|\\$\\d+", "?")
                            .replaceAll("(Rows Removed|Heap Blocks|Sort Method|Memory Usage|Worker|Batches|Full-sort).*", "$1"));
                }
            }
        }
        return new Explained(lines, shape, ms);
    }
}
