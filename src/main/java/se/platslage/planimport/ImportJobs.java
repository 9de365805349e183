package se.platslage.planimport;

import jakarta.annotation.PreDestroy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import se.platslage.security.Actor;
import se.platslage.security.CurrentActor;
import se.platslage.system.InvalidInputException;

/**
 * Imports run in the background ({@code async=true}): the upload answers 202 at once and
 * {@code GET /api/plans/import/{jobId}} shows the phase, measures stored so far, elapsed time and in the end
 * the same result a synchronous import gives (or its problem). The job runs on the node that took the
 * upload, as the user who started it; its state is in the database ({@link ImportJobStore}), so any node
 * answers for it. Only its owner and admins see it.
 */
@Component
class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final PlanImportService service;
    private final ImportJobStore store;
    private final ImportUploads uploads;
    private final CurrentActor current;
    private final Clock clock;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "plan-import");
        t.setDaemon(true);
        return t;
    });

    ImportJobs(PlanImportService service, ImportJobStore store, ImportUploads uploads, CurrentActor current,
            Clock clock) {
        this.service = service;
        this.store = store;
        this.uploads = uploads;
        this.current = current;
        this.clock = clock;
    }

    /** Starts importing {@code file} (deleted when done) as the current user; returns the job's state. */
    Map<String, Object> start(Path file, String fileName, ImportRequest request, Actor actor) {
        String id = UUID.randomUUID().toString();
        store.create(id, actor.username(), uploads.node());
        SecurityContext security = SecurityContextHolder.getContext();
        executor.submit(() -> {
            SecurityContextHolder.setContext(security);
            Map<String, Object> result = null;
            Map<String, Object> problem = null;
            try {
                // as the actor read by the request that started the job: without a request, every audited row
                // would read the account again (what made the job 6-10x slower than the same import in a request)
                result = current.callAs(actor, () -> service.run(file, fileName, request, new Heartbeat(id)));
            } catch (InvalidInputException e) {
                problem = problem(400, e.field(), e.getMessage());
            } catch (AccessDeniedException e) {
                problem = problem(403, null, e.getMessage());
            } catch (RuntimeException e) {
                log.error("import job {} failed", id, e);
                problem = problem(500, null, "an unexpected error occurred; it has been logged");
            } finally {
                SecurityContextHolder.clearContext();
                deleteQuietly(file);
            }
            // outside the try: a result that could not be recorded must not turn a stored import into "failed"
            store.finish(id, result, problem);
        });
        return store.find(id).orElseThrow().json();
    }

    /** The job, if it exists and {@code actor} started it or is an admin. */
    Optional<Map<String, Object>> get(String id, Actor actor) {
        return store.find(id).filter(job -> actor.isAdmin() || job.owner().equals(actor.username()))
                .map(ImportJobStore.Found::json);
    }

    /** Progress to the store when the phase changes, otherwise at most every {@link ImportJobStore#HEARTBEAT_EVERY}. */
    private final class Heartbeat implements ImportProgress {
        private final String id;
        private String phase;
        private Instant written = Instant.MIN;

        Heartbeat(String id) {
            this.id = id;
        }

        @Override
        public void step(String phase, int done, int total) {
            Instant now = Instant.now(clock);
            if (!phase.equals(this.phase) || !now.isBefore(written.plus(ImportJobStore.HEARTBEAT_EVERY))) {
                store.progress(id, phase, done, total);
                this.phase = phase;
                written = now;
            }
        }
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
}
