package se.platslage.target;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.system.InvalidInputException;

/**
 * The county's way of reporting ÖDS: how many, and how large, per year, for each district and the city.
 *
 * <p>Rule: a target counts in year Y when its latest police assessment whose period overlaps Y (latest by the
 * period's end, then by when it was written) classifies it (ÖDS, utsatt område ...). Its area is that
 * assessment's extent; a counted target without a drawn extent adds to {@code withoutExtent}, not to the area,
 * so an area is never silently a sum of fewer scenes than the count says. A target not assessed in Y is not
 * counted in Y: no assessment is carried forward.
 */
@Service
class TargetSummary {

    private final EntityManager em;

    TargetSummary(EntityManager em) {
        this.em = em;
    }

    @Transactional(readOnly = true)
    Map<String, Object> byYear(String by, TargetKind kind, String district) {
        if (by != null && !by.equals("year")) {
            throw new InvalidInputException("by", "only by=year is offered");
        }
        TargetKind k = kind == null ? TargetKind.ODS : kind;
        if (!k.isPoliceClassification()) {
            throw new InvalidInputException("kind", "a plan's own goals are not counted as classifications");
        }
        List<TargetAssessment> all = em.createQuery("select a from TargetAssessment a join a.target t"
                + " where t.kind = :kind and t.deletedAt is null and a.basis = :basis"
                + " order by a.periodEnd, a.id", TargetAssessment.class)
                .setParameter("kind", k).setParameter("basis", TargetAssessment.Basis.POLICE).getResultList();
        TreeSet<Integer> years = new TreeSet<>();
        all.forEach(a -> {
            for (int y = a.getPeriodStart().getYear(); y <= a.getPeriodEnd().getYear(); y++) {
                years.add(y);
            }
        });
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int year : years) {
            LocalDate first = LocalDate.of(year, 1, 1);
            LocalDate last = LocalDate.of(year, 12, 31);
            Map<Long, TargetAssessment> latest = new HashMap<>();
            for (TargetAssessment a : all) {
                if (!a.getPeriodStart().isAfter(last) && !a.getPeriodEnd().isBefore(first)) {
                    latest.put(a.getTarget().getId(), a); // ordered oldest first: the last one wins
                }
            }
            Tally city = new Tally();
            TreeMap<String, Tally> districts = new TreeMap<>();
            for (TargetAssessment a : latest.values()) {
                String code = a.getTarget().districtCode();
                city.add(a);
                districts.computeIfAbsent(code, c -> new Tally()).add(a);
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("year", year);
            row.put("city", city.json());
            List<Map<String, Object>> perDistrict = new ArrayList<>();
            districts.forEach((code, tally) -> {
                if (district == null || district.equals(code)) {
                    Map<String, Object> d = new LinkedHashMap<>();
                    d.put("district", code);
                    d.putAll(tally.json());
                    perDistrict.add(d);
                }
            });
            row.put("districts", perDistrict);
            rows.add(row);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("by", "year");
        answer.put("kind", k.code());
        answer.put("rule", "latest police assessment overlapping the year; not assessed that year: not counted");
        answer.put("years", rows);
        return answer;
    }

    /** Counts for one district or the city in one year. */
    private static final class Tally {
        int assessed;
        int count;
        int withoutExtent;
        double areaM2;

        void add(TargetAssessment a) {
            assessed++;
            if (a.getClassification() != null && a.getClassification().classified()) {
                count++;
                if (a.getExtentAreaM2() == null) {
                    withoutExtent++;
                } else {
                    areaM2 += a.getExtentAreaM2();
                }
            }
        }

        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("count", count);
            m.put("areaM2", Math.round(areaM2 * 10) / 10.0);
            m.put("withoutExtent", withoutExtent);
            m.put("assessedTargets", assessed);
            return m;
        }
    }
}
