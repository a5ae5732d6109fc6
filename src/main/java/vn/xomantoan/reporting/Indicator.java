package vn.xomantoan.reporting;

/**
 * A named indicator, defined once. Its label is the message {@code indicator.<id>} of the reporting
 * bundle; the group is the section it belongs to ({@code indicator.group.<group>}).
 *
 * @param drillLink link to the records behind the number, with placeholders {unitId}, {unitCode},
 *                  {from}, {to} (dd/MM/yyyy) and {asOf}; null when there is no list to show
 * @param stock     a figure at a date (the end of the period), not a count of events in the period
 */
public record Indicator(String id, String group, Measure measure, String drillLink, boolean stock) {

    public static Indicator flow(String id, String group, Measure measure, String drillLink) {
        return new Indicator(id, group, measure, drillLink, false);
    }

    public static Indicator stock(String id, String group, Measure measure, String drillLink) {
        return new Indicator(id, group, measure, drillLink, true);
    }
}
