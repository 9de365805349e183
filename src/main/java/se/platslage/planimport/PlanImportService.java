package se.platslage.planimport;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.platslage.audit.AuditLog;
import se.platslage.district.Area;
import se.platslage.district.District;
import se.platslage.district.DistrictRepository;
import se.platslage.measure.Measure;
import se.platslage.place.Place;
import se.platslage.plan.Plan;
import se.platslage.plan.PlanPolicy;
import se.platslage.plan.PlanRepository;
import se.platslage.planfile.PlanFileException;
import se.platslage.planfile.PlanFileReader;
import se.platslage.planfile.PlanFollowUp;
import se.platslage.planfile.PlanReadResult;
import se.platslage.security.Action;
import se.platslage.security.CurrentActor;
import se.platslage.security.Permissions;
import se.platslage.system.InvalidInputException;
import se.platslage.vocabulary.MeasureStatus;

/**
 * Imports an action plan workbook: a new plan (district and year from the request), or a follow-up file
 * whose statuses become dated follow-ups of an existing plan's measures. The file is read first, outside any
 * transaction; then everything is decided and, unless it is a dry run, stored in ONE transaction: any
 * failure (a bad row, a cancelled job, the database) stores nothing.
 */
@Service
public class PlanImportService {

    private static final Logger log = LoggerFactory.getLogger(PlanImportService.class);
    private static final int LOG_EVERY = 1000;

    private final PlanFileReader reader = new PlanFileReader();
    private final EntityManager em;
    private final DistrictRepository districts;
    private final PlanRepository plans;
    private final NewPlanWriter writer;
    private final AuditLog audit;
    private final CurrentActor current;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final TransactionTemplate readOnlyTx;

    PlanImportService(EntityManager em, DistrictRepository districts, PlanRepository plans, NewPlanWriter writer,
            AuditLog audit, CurrentActor current, Clock clock, PlatformTransactionManager transactions) {
        this.em = em;
        this.districts = districts;
        this.plans = plans;
        this.writer = writer;
        this.audit = audit;
        this.current = current;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.readOnlyTx = new TransactionTemplate(transactions);
        this.readOnlyTx.setReadOnly(true);
    }

    /** Checks the request and the caller's right before the file is even read (and before a job is started). */
    void authorise(ImportRequest request) {
        if (request.isFollowUp()) {
            PlanPolicy.POLICY.require(current.get(), existingPlan(request.plan()), Action.FOLLOW_UP);
        } else {
            Permissions.requireDistrict(current.get(), district(request.district()).getCode());
        }
    }

    Map<String, Object> run(Path file, String fileName, ImportRequest request, ImportProgress progress) {
        long started = System.nanoTime();
        authorise(request);
        TransactionTemplate transaction = request.dryRun() ? readOnlyTx : tx;
        if (request.isFollowUp()) {
            Plan found = existingPlan(request.plan());
            PlanReadResult read = read(file, found.getYear(), progress);
            return transaction.execute(s -> followUps(found.getId(), read, request.dryRun(), started, progress));
        }
        District district = district(request.district());
        PlanReadResult read = read(file, request.year(), progress);
        return transaction.execute(s -> newPlan(district, request, fileName, read, started, progress));
    }

    private PlanReadResult read(Path file, int year, ImportProgress progress) {
        progress.step("reading", 0, 0);
        try {
            return reader.read(file, year);
        } catch (PlanFileException e) {
            throw new InvalidInputException("file", e.getMessage());
        }
    }

    private Map<String, Object> newPlan(District district, ImportRequest request, String fileName, PlanReadResult read,
            long started, ImportProgress progress) {
        List<Place> existing = em.createQuery("select p from Place p", Place.class).getResultList();
        Set<String> placeCodes = new HashSet<>(em.createQuery("select p.code from Place p where p.code is not null",
                String.class).getResultList());
        List<PlaceResolver.AreaChoice> areas = em.createQuery("select a from Area a where a.district.code = :district"
                + " and a.kind = 'platssamverkan' order by a.code", Area.class)
                .setParameter("district", district.getCode()).getResultList().stream()
                .map(a -> new PlaceResolver.AreaChoice(a.getId(), a.getCode(), a.getName())).toList();
        ImportDraft draft = new NewPlanPlanner(new PlaceResolver(existing, areas, placeCodes), plans::existsByCode)
                .plan(read, em.merge(district), request.year(), safeName(fileName));
        ImportResults.ExistingPlan sameYear = sameYear(district, request.year(), read);
        if (request.dryRun()) {
            return ImportResults.newPlan(draft, null, true, elapsedMs(started), sameYear);
        }
        int total = draft.measures().size();
        long planId = writer.write(draft, (phase, done, all) -> {
            progress.step(phase, done, all);
            if (done % LOG_EVERY == 0 && done > 0) {
                log.info("import {}: {} of {} measures stored, {} ms", draft.head().code(), done, all, elapsedMs(started));
            }
        });
        log.info("import {}: plan {} with {} measures stored by {} in {} ms", fileName, draft.head().code(), total,
                current.get().username(), elapsedMs(started));
        return ImportResults.newPlan(draft, planId, false, elapsedMs(started), sameYear);
    }

    /** The district's plan for the year, if it has one, with how the file's rows match its measures. */
    private ImportResults.ExistingPlan sameYear(District district, int year, PlanReadResult read) {
        List<Plan> found = em.createQuery("select p from Plan p where p.district.code = :district and p.year = :year"
                + " order by p.id", Plan.class).setParameter("district", district.getCode()).setParameter("year", year)
                .setMaxResults(1).getResultList();
        if (found.isEmpty()) {
            return null;
        }
        Plan plan = found.get(0);
        List<Measure> measures = measuresOf(plan);
        FollowUpPlanner.Draft match = new FollowUpPlanner(measures).plan(read, plan.getYear());
        return new ImportResults.ExistingPlan(plan.getId(), plan.getCode(), plan.getTitle(), measures.size(),
                match.additions().size(), match.rows(),
                match.additions().stream().mapToInt(a -> a.followUps().size()).sum());
    }

    private List<Measure> measuresOf(Plan plan) {
        return em.createQuery("select m from Measure m where m.problem.priorityArea.plan = :plan", Measure.class)
                .setParameter("plan", plan).getResultList();
    }

    private Map<String, Object> followUps(long planId, PlanReadResult read, boolean dryRun, long started,
            ImportProgress progress) {
        Plan plan = em.find(Plan.class, planId);
        List<Measure> measures = measuresOf(plan);
        FollowUpPlanner.Draft draft = new FollowUpPlanner(measures).plan(read, plan.getYear());
        if (!dryRun) {
            Instant now = Instant.now(clock);
            String who = current.get().username();
            int done = 0;
            for (FollowUpPlanner.Addition addition : draft.additions()) {
                if (!addition.followUps().isEmpty()) {
                    Measure measure = em.find(Measure.class, addition.measureId());
                    Map<String, Object> before = Map.of("status", measure.getStatus().code(),
                            "followUps", measure.getFollowUps().size());
                    for (PlanFollowUp f : addition.followUps()) {
                        MeasureStatus status = f.status() == null ? measure.getStatus() : MeasureStatus.fromCode(f.status());
                        measure.addFollowUp(f.date(), status, f.statusAsWritten(), f.text(), now, who, false);
                    }
                    audit.record("measure", measure.getId(), AuditLog.Action.FOLLOW_UP, before, Map.of("status",
                            measure.getStatus().code(), "followUps", measure.getFollowUps().size(), "source", "import"));
                }
                progress.step("storing", ++done, draft.additions().size());
            }
            em.flush();
        }
        return ImportResults.followUps(plan, draft, dryRun, elapsedMs(started));
    }

    private District district(String code) {
        return districts.findByCode(code).orElseThrow(() -> new InvalidInputException("district",
                "unknown district '" + code + "'; one of " + districts.findAllByOrderByName().stream()
                        .map(District::getCode).toList()));
    }

    private Plan existingPlan(String ref) {
        return (ref.matches("\\d{1,18}") ? plans.findById(Long.parseLong(ref)) : plans.findByCode(ref))
                .orElseThrow(() -> new InvalidInputException("plan", "no plan '" + ref + "'"));
    }

    /** The upload's name as the plan's source document: no path, at most 200 characters. */
    static String safeName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "uppladdad fil " + LocalDate.now();
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "");
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static long elapsedMs(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
