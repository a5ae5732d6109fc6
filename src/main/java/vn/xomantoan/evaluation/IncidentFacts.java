package vn.xomantoan.evaluation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The security-situation facts the criteria count (KDC-3, KDC-4, XA-2, CQ-3, GD-3, GD-4), supplied
 * by the incidents and hotspots capabilities. One call covers any number of units and one window.
 */
public interface IncidentFacts {

    /**
     * Every record whose event date lies in [{@code from}, {@code to}] and whose place lay, on that
     * date, inside one of the units with the given codes (a residential area, an establishment or a
     * commune with everything under it). A record inside two requested units (a commune and one of
     * its areas) is returned once for each, with {@link Incident#unitCode()} telling which.
     * Sources that supply only some categories return only those; see {@link #categories()}.
     */
    List<Incident> incidents(Collection<String> unitCodes, LocalDate from, LocalDate to);

    /** The categories this source supplies; a criterion needing another category is "missing data". */
    java.util.Set<Category> categories();

    enum Category {
        /** A crime case (any class; see {@link Incident#crimeClass()}). */
        CRIME,
        /** A social-evil case (drugs, gambling, prostitution...). */
        SOCIAL_EVIL,
        /** Other law violations counted by KDC-4a. */
        OTHER_VIOLATION,
        /** A police-verified security event (KDC-3, CQ-3 a–e); see {@link Incident#event()}. */
        SECURITY_EVENT,
        /** A complex spot on social order first identified on the event date. */
        NEW_COMPLEX_SPOT,
        /** A person first recorded with a social evil on the event date. */
        NEW_SOCIAL_EVIL_PERSON,
        FIRE_EXPLOSION,
        LABOUR_ACCIDENT,
        TRAFFIC_ACCIDENT,
        SERIOUS_INCIDENT,
        ENVIRONMENT_FOOD,
        SCHOOL_VIOLENCE
    }

    /** Penal Code art. 9 classes; "serious or above" is the last three. */
    enum CrimeClass {
        LESS_SERIOUS, SERIOUS, VERY_SERIOUS, ESPECIALLY_SERIOUS;

        public boolean seriousOrAbove() {
            return this != LESS_SERIOUS;
        }
    }

    /** The security events the criteria name (Circular 124 Art. 4.3, 6.3; Circular 23). */
    enum SecurityEvent {
        ANTI_STATE, SABOTAGE, UNLAWFUL_RELIGION, EXPLOITATION, SEPARATISM, COMPLEX_DISPUTE, INCITEMENT,
        STRIKE, STATE_SECRET, MASS_COMPLAINT
    }

    /**
     * @param unitCode        which requested unit the record lies in
     * @param crimeClass      for crimes; null otherwise
     * @param event           for security events; null otherwise
     * @param serious         for fires, accidents, incidents, environment/food: counts as "serious" under the
     *                        source's reference data (fire level 3+, a fatal labour accident, ...)
     * @param forceMajeure    decided to be force majeure (excuses the record)
     * @param handledPromptly detected promptly, consequences limited and reported at once (KDC-4b, CQ-3đ)
     */
    record Incident(String unitCode, String id, LocalDate eventDate, Category category, CrimeClass crimeClass,
                    SecurityEvent event, boolean serious, boolean forceMajeure, boolean handledPromptly,
                    String label, String href) {

        public FactRef ref() {
            return new FactRef(id, label, href);
        }
    }
}
