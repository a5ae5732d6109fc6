/**
 * Indicators, dashboards and periodic review reports (sơ kết / tổng kết) computed from the recorded
 * data. The root package is the API other capabilities implement: {@link vn.xomantoan.reporting.IndicatorSource}
 * (their figures), with {@link vn.xomantoan.reporting.FactCounter} as the shared set-based SQL helper.
 */
package vn.xomantoan.reporting;
