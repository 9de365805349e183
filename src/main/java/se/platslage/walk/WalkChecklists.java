package se.platslage.walk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.audit.AuditLog;
import se.platslage.district.District;
import se.platslage.district.DistrictRepository;
import se.platslage.security.Actor;
import se.platslage.security.CurrentActor;
import se.platslage.system.InvalidInputException;
import se.platslage.system.NotFoundException;

/**
 * Each district's checklist for its walks: its own when it has saved one (strateg of the district, admin),
 * else {@link SafetipinChecklist}. A walk keeps the checklist it was planned with, so editing the district's
 * list never changes what an earlier walk's ratings meant.
 */
@Service
public class WalkChecklists {

    static final String AUDIT_TYPE = "walk-checklist";
    private static final TypeReference<List<ChecklistItem>> ITEMS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final DistrictRepository districts;
    private final CurrentActor current;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final Clock clock;

    WalkChecklists(JdbcTemplate jdbc, DistrictRepository districts, CurrentActor current, ObjectMapper json,
            AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.districts = districts;
        this.current = current;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Map<String, Object> get(String districtCode) {
        District district = district(districtCode);
        return view(district, items(district));
    }

    @Transactional
    public Map<String, Object> replace(String districtCode, List<ChecklistItem> items) {
        District district = district(districtCode);
        Actor actor = current.get();
        se.platslage.security.Permissions.requireDistrict(actor, district.getCode());
        if (items.isEmpty()) {
            throw new InvalidInputException("items", "a checklist needs at least one item");
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!codes.add(items.get(i).code())) {
                throw new InvalidInputException("items[" + i + "].code", "'" + items.get(i).code() + "' appears twice");
            }
        }
        List<ChecklistItem> before = items(district);
        String text = write(items);
        int updated = jdbc.update("update walk_checklist set items_json = ?, updated_by = ?, updated_at = ?, "
                + "version = version + 1 where district_id = ?", text, actor.username(),
                java.sql.Timestamp.from(Instant.now(clock)), district.getId());
        if (updated == 0) {
            jdbc.update("insert into walk_checklist (district_id, items_json, updated_by, updated_at) values (?, ?, ?, ?)",
                    district.getId(), text, actor.username(), java.sql.Timestamp.from(Instant.now(clock)));
        }
        audit.record(AUDIT_TYPE, district.getId(), AuditLog.Action.UPDATE, Map.of("items", before),
                Map.of("items", items));
        return view(district, items);
    }

    /** The district's checklist as it is now. */
    List<ChecklistItem> items(District district) {
        List<String> stored = jdbc.queryForList("select items_json from walk_checklist where district_id = ?",
                String.class, district.getId());
        return stored.isEmpty() ? SafetipinChecklist.ITEMS : read(stored.get(0));
    }

    List<ChecklistItem> read(String text) {
        try {
            return json.readValue(text, ITEMS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored checklist is not readable", e);
        }
    }

    String write(List<ChecklistItem> items) {
        try {
            return json.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> view(District district, List<ChecklistItem> items) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("district", district.getCode());
        view.put("items", items);
        view.put("isDefault", items == SafetipinChecklist.ITEMS);
        view.put("scale", Map.of("min", 0, "max", 3, "meaning", "0 = dåligt/otryggt, 3 = bra/tryggt"));
        view.put("actions", current.get().editsDistrict(district.getCode()) ? List.of("edit") : List.of());
        return view;
    }

    private District district(String code) {
        return districts.findByCode(code).orElseThrow(() -> new NotFoundException("district", code));
    }
}
