package io.iprules.northeast;

/**
 * The unit assessed under northeast-2017 §2(2) (the {@code applicant} of a request):
 *
 * <pre>{@code
 * { "name": "辽宁省", "level": "PROVINCE", "province": "辽宁省",
 *   "period": { "from": 2016, "to": 2020 },
 *   "population": { "region": 42590000, "national": 1412120000 },
 *   "figures": { "PATENT": { "region": { "start": 60000, "end": 120000 },
 *                            "national": { "start": 1700000, "end": 3000000 } } } }
 * }</pre>
 *
 * Every figure is a whole number. Wrapper types let validation see a missing value ({@link NortheastValidation}).
 *
 * @param name       the unit's name as it should appear in the result, e.g. 辽宁省 or 东北地区
 * @param level      {@code NORTHEAST} (the four together) or {@code PROVINCE}
 * @param province   the province's full name (e.g. 辽宁省, 内蒙古自治区); required for {@code PROVINCE}, absent for
 *                   {@code NORTHEAST}; a province outside the Northeast is assessed with its scope not met
 * @param period     the years growth is averaged over
 * @param population resident population at the end year; optional
 * @param figures    the figures by kind of IP; required, possibly empty
 */
public record NortheastRegion(String name, Level level, String province, Period period, Population population,
                              NortheastFigures figures) {
}
