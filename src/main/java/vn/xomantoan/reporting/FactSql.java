package vn.xomantoan.reporting;

import java.util.List;
import java.util.Map;

/**
 * One grouped count for {@link FactCounter}. {@code from} must join the published view
 * {@code unit_version} as alias {@code u} (the unit version the fact belongs to); {@code where} may
 * use the parameters :periodFrom, :periodTo, :asOf and :stockDate.
 *
 * @param group      an expression grouping the facts (e.g. the type column), or null
 * @param distinctId count distinct values of this expression instead of rows (when the join repeats a fact)
 * @param sums       expressions summed per group
 * @param carryAreas group residential-area facts by the same-code area version valid on asOf, so facts
 *                   recorded before a reform follow their area into today's commune (and back)
 */
public record FactSql(String from, String where, String group, String distinctId, List<String> sums,
                      Map<String, Object> params, boolean carryAreas) {

    public FactSql {
        sums = List.copyOf(sums);
        params = Map.copyOf(params);
    }

    public static FactSql of(String from, String where, String group, List<String> sums) {
        return new FactSql(from, where, group, null, sums, Map.of(), true);
    }

    public FactSql distinct(String idExpression) {
        return new FactSql(from, where, group, idExpression, sums, params, carryAreas);
    }

    public FactSql noCarry() {
        return new FactSql(from, where, group, distinctId, sums, params, false);
    }

    public FactSql with(Map<String, Object> extra) {
        return new FactSql(from, where, group, distinctId, sums, extra, carryAreas);
    }
}
