package vn.xomantoan.evaluation;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test implementations of the fact SPIs, as the adapters of the other capabilities will be: batch
 * calls over many units. Tests set the data and read how often and with what they were called.
 */
@TestConfiguration
public class FakeFacts {

    public static final List<IncidentFacts.Incident> INCIDENTS = new ArrayList<>();
    /** When true every area has complete household coverage, every unit its documents, a model and a good rating. */
    public static volatile boolean everythingInOrder = false;
    public static final AtomicInteger CALLS = new AtomicInteger();
    public static final Set<String> REQUESTED_INCIDENT_CODES = new HashSet<>();

    public static void reset() {
        INCIDENTS.clear();
        everythingInOrder = false;
        CALLS.set(0);
        REQUESTED_INCIDENT_CODES.clear();
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    IncidentFacts fakeIncidents() {
        return new IncidentFacts() {
            @Override
            public List<Incident> incidents(Collection<String> unitCodes, LocalDate from, LocalDate to) {
                CALLS.incrementAndGet();
                REQUESTED_INCIDENT_CODES.addAll(unitCodes);
                return INCIDENTS.stream().filter(i -> unitCodes.contains(i.unitCode()) && !i.eventDate().isBefore(from)
                        && !i.eventDate().isAfter(to)).toList();
            }

            @Override
            public Set<Category> categories() {
                return EnumSet.allOf(Category.class);
            }
        };
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    CoverageFacts fakeCoverage() {
        return (codes, year, snapshot, until, graceDays) -> {
            CALLS.incrementAndGet();
            Map<String, CoverageFacts.Coverage> map = new HashMap<>();
            if (everythingInOrder) {
                codes.forEach(c -> map.put(c, new CoverageFacts.Coverage(40, 40, List.of())));
            }
            return map;
        };
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    DocumentFacts fakeDocuments() {
        return (codes, year) -> {
            CALLS.incrementAndGet();
            Map<String, List<DocumentFacts.Document>> map = new HashMap<>();
            if (everythingInOrder) {
                codes.forEach(c -> map.put(c, List.of(
                        new DocumentFacts.Document(c + "-nq", DocumentFacts.Kind.RESOLUTION, "01-NQ/CB", LocalDate.of(year, 1, 15), "Chi bộ", null),
                        new DocumentFacts.Document(c + "-kh", DocumentFacts.Kind.PLAN, "02/KH", LocalDate.of(year, 2, 10), "UBND", null))));
            }
            return map;
        };
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ModelFacts fakeModels() {
        return (codes, year) -> {
            CALLS.incrementAndGet();
            Map<String, List<ModelFacts.Model>> map = new HashMap<>();
            if (everythingInOrder) {
                codes.forEach(c -> map.put(c, List.of(new ModelFacts.Model(c + "-m", "Camera an ninh", true, null))));
            }
            return map;
        };
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    StaffFacts fakeStaff() {
        return new StaffFacts() {
            @Override
            public Map<String, Staff> staff(Collection<String> unitCodes, int year) {
                CALLS.incrementAndGet();
                Map<String, Staff> map = new HashMap<>();
                if (everythingInOrder) {
                    unitCodes.forEach(c -> map.put(c, new Staff(30, 30, 30)));
                }
                return map;
            }

            @Override
            public Map<String, Subunits> subunits(Collection<String> unitCodes, int year) {
                CALLS.incrementAndGet();
                Map<String, Subunits> map = new HashMap<>();
                if (everythingInOrder) {
                    unitCodes.forEach(c -> map.put(c, new Subunits(5, 5, 0)));
                }
                return map;
            }
        };
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityForceFacts fakeForce() {
        return (codes, year) -> {
            CALLS.incrementAndGet();
            Map<String, SecurityForceFacts.ForceRating> map = new HashMap<>();
            if (everythingInOrder) {
                codes.forEach(c -> map.put(c, new SecurityForceFacts.ForceRating(SecurityForceFacts.Rating.GOOD, 0, null)));
            }
            return map;
        };
    }
}
