package vn.xomantoan.reporting;

import java.util.List;
import java.util.Map;

/**
 * A capability's contribution to reporting: the indicators it defines and their values for a query.
 * Implementations live in the capability that owns the data (e.g. {@code activities.reporting}) and
 * compute all their indicators with a few set-based statements ({@link FactCounter}), never one query
 * per record or per child unit.
 */
public interface IndicatorSource {

    List<Indicator> indicators();

    /** Values by indicator id; an indicator left out has no data for this query. */
    Map<String, Breakdown> compute(IndicatorQuery query);
}
