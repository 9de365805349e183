package se.platslage.planimport;

import jakarta.annotation.PreDestroy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import se.platslage.security.Actor;
import se.platslage.system.InvalidInputException;

/**
 * Imports run in the background ({@code async=true}): the upload answers 202 at once and
 * {@code GET /api/plans/import/{jobId}} shows the phase, measures stored so far, elapsed time and in the end
 * the same result a synchronous import gives (or its problem). The job runs as the user who started it;
 * only they and admins see it.
 *
 * IMPLEMENTATION NOTE: jobs live in this node's memory (two at a time, kept an hour after they end). Behind a
 * load balancer without sticky sessions, poll the node that answered or import synchronously.
 */
@Component
class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final Duration KEEP = Duration.ofHours(1);

    private final PlanImportService service;
    private final Clock clock;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "plan-import");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    ImportJobs(PlanImportService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    /** Starts importing {@code file} (deleted when done) as the current user; returns the job's state. */
    Map<String, Object> start(Path file, String fileName, ImportRequest request, Actor actor) {
        evictOld();
        Job job = new Job(UUID.randomUUID().toString(), actor.username(), Instant.now(clock));
        jobs.put(job.id, job);
        SecurityContext security = SecurityContextHolder.getContext();
        executor.submit(() -> {
            SecurityContextHolder.setContext(security);
            try {
                job.finish(service.run(file, fileName, request, job::step), null);
            } catch (InvalidInputException e) {
                job.finish(null, problem(400, e.field(), e.getMessage()));
            } catch (AccessDeniedException e) {
                job.finish(null, problem(403, null, e.getMessage()));
            } catch (RuntimeException e) {
                log.error("import job {} failed", job.id, e);
                job.finish(null, problem(500, null, "an unexpected error occurred; it has been logged"));
            } finally {
                SecurityContextHolder.clearContext();
                deleteQuietly(file);
            }
        });
        return job.json(clock);
    }

    /** The job, if it exists and {@code actor} started it or is an admin. */
    Optional<Map<String, Object>> get(String id, Actor actor) {
        Job job = jobs.get(id);
        if (job == null || !(actor.isAdmin() || job.owner.equals(actor.username()))) {
            return Optional.empty();
        }
        return Optional.of(job.json(clock));
    }

    private void evictOld() {
        Instant cutoff = Instant.now(clock).minus(KEEP);
        jobs.values().removeIf(j -> j.ended != null && j.ended.isBefore(cutoff));
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            log.warn("could not delete upload {}", file, e);
        }
    }

    private static Map<String, Object> problem(int status, String field, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("status", status);
        problem.put("field", field);
        problem.put("detail", field == null ? detail : field + ": " + detail);
        return problem;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    private static final class Job {
        final String id;
        final String owner;
        final Instant started;
        volatile String phase = "queued";
        volatile int done;
        volatile int total;
        volatile Instant ended;
        volatile Map<String, Object> result;
        volatile Map<String, Object> problem;

        Job(String id, String owner, Instant started) {
            this.id = id;
            this.owner = owner;
            this.started = started;
        }

        void step(String phase, int done, int total) {
            this.phase = phase;
            this.done = done;
            this.total = total;
        }

        void finish(Map<String, Object> result, Map<String, Object> problem) {
            this.result = result;
            this.problem = problem;
            this.phase = problem == null ? "done" : "failed";
            this.ended = Instant.now();
        }

        Map<String, Object> json(Clock clock) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", id);
            json.put("state", ended == null ? "running" : problem == null ? "done" : "failed");
            json.put("phase", phase);
            json.put("measuresStored", done);
            json.put("measuresTotal", total);
            json.put("startedAt", started);
            json.put("elapsedMs", Duration.between(started, ended == null ? Instant.now(clock) : ended).toMillis());
            json.put("result", result);
            json.put("problem", problem);
            return json;
        }
    }
}
