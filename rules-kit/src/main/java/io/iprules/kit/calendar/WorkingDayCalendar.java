package io.iprules.kit.calendar;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iprules.Text;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * China's working-day calendar (工作日历) as the State Council's notices make it. Immutable and thread-safe.
 *
 * <p>A date is a working day iff it is Monday to Friday and no loaded notice rests it, or a notice makes it a
 * make-up working day (调休上班). A notice for year Y+1 may move days of late December of Y (a New Year holiday and
 * its make-up Saturday), so the <b>coverage</b> rule is: a date d of year Y is covered iff the notice of Y is
 * loaded and (d is before 25 December of Y, or the notice of Y+1 is loaded). An uncovered date is
 * {@link DayKind#UNKNOWN}: no Monday-to-Friday guess, ever. A year file with no notice (a year not yet published)
 * covers nothing.
 *
 * <p>The library bundles the notices of 2007–2026 ({@link #china()}). A deployment adds a year's notice from a
 * file without a rebuild ({@link Builder#addYearFile(Path)}); a deployment's file for a bundled year replaces that
 * year (a later correcting notice goes into the year's file with the notice it corrects). The {@link #digest()}
 * covers exactly what decides a day, so a receipt that records it pins the calendar used.
 *
 * <p><b>Notices used</b> by a count: for every year the count needed (the year of each date it looked at, and for a
 * date from 25 December also the next year, whose notice could have moved it), the year's general notice — the
 * first of its file, whose silence leaves a day to the week as much as its words decide one — and any further
 * notice of the year (a special or correcting one) that set a date the count looked at.
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public final class WorkingDayCalendar {
    private static final String BUNDLED_DIR = "cn/";
    private static final String BUNDLED_INDEX = BUNDLED_DIR + "years.txt";
    private static volatile WorkingDayCalendar china;

    private final SortedMap<Integer, YearData> years;
    private final Map<LocalDate, AdjustedDay> days;
    private final String digest;

    /**
     * Every day from 1 January of the first year with a notice to 31 December of the last, by its epoch day minus
     * {@link #firstDay}: whether it is covered, working and set by a notice ({@link #COVERED}, {@link #WORKING},
     * {@link #ADJUSTED}), worked out once from
     * the coverage rule and the notices, so that a count looks each day up in an array (a count walks every day of
     * its period, and §2(4)'s are weeks long). A byte per day: 7 KB for the bundled years, at most 3 MB for files
     * from 1949 to 9998. A day outside is not covered.
     */
    private final long firstDay;
    private final byte[] dayState;
    private static final byte COVERED = 1;
    private static final byte WORKING = 2;
    /** A day a notice set (rest or make-up work): a count that met none needs only its years' general notices. */
    private static final byte ADJUSTED = 4;
    /** The days a notice set, by epoch day in order, and the notice that set each. */
    private final long[] adjustedDays;
    private final Notice[] adjustedBy;
    /** Each loaded year's notices, by year minus {@link #tableYear} (empty where none): read at every count. */
    private final int tableYear;
    private final List<List<Notice>> noticesByYear;
    /**
     * Each loaded year's general notice alone, by year minus {@link #tableYear} (empty where none): what most counts
     * needed (days of one year that no notice set), shared rather than built at every count.
     */
    private final List<List<Notice>> generalByYear;

    private WorkingDayCalendar(Map<Integer, YearData> years) {
        this.years = Collections.unmodifiableSortedMap(new TreeMap<>(years));
        Map<LocalDate, AdjustedDay> all = new HashMap<>();
        for (YearData y : this.years.values()) {
            for (AdjustedDay d : y.days()) {
                all.put(d.date(), d);
            }
        }
        this.days = Map.copyOf(all);
        this.digest = digestOf(this.years.values());
        TreeMap<LocalDate, AdjustedDay> adjusted = new TreeMap<>(all);
        adjustedDays = new long[adjusted.size()];
        adjustedBy = new Notice[adjusted.size()];
        int k = 0;
        for (AdjustedDay a : adjusted.values()) {
            adjustedDays[k] = a.date().toEpochDay();
            adjustedBy[k++] = a.notice();
        }
        tableYear = this.years.isEmpty() ? 0 : this.years.firstKey();
        List<List<Notice>> table = new ArrayList<>();
        for (int y = tableYear; !this.years.isEmpty() && y <= this.years.lastKey(); y++) {
            YearData data = this.years.get(y);
            table.add(data == null ? List.of() : data.notices());
        }
        noticesByYear = List.copyOf(table);
        generalByYear = table.stream().map(ns -> ns.isEmpty() ? List.<Notice>of() : List.of(ns.get(0))).toList();
        List<Integer> withNotice = this.years.values().stream().filter(YearData::hasNotice).map(YearData::year)
                .toList();
        if (withNotice.isEmpty()) {
            firstDay = 0;
            dayState = new byte[0];
        } else {
            LocalDate first = LocalDate.of(withNotice.get(0), 1, 1);
            LocalDate end = LocalDate.of(withNotice.get(withNotice.size() - 1) + 1, 1, 1);
            firstDay = first.toEpochDay();
            dayState = new byte[(int) (end.toEpochDay() - firstDay)];
            LocalDate d = first;
            for (int i = 0; i < dayState.length; i++, d = d.plusDays(1)) {
                if (uncoveredYear(d) == null) {
                    dayState[i] = (byte) (COVERED | (working(d) ? WORKING : 0) | (days.containsKey(d) ? ADJUSTED : 0));
                }
            }
        }
    }

    /** The calendar of the bundled notices, 2007–2026; read once. */
    public static WorkingDayCalendar china() {
        WorkingDayCalendar c = china;
        if (c == null) {
            synchronized (WorkingDayCalendar.class) {
                c = china;
                if (c == null) {
                    c = builder().build();
                    china = c;
                }
            }
        }
        return c;
    }

    /** A builder that starts from the bundled notices. */
    public static Builder builder() {
        return new Builder(true);
    }

    /** Builds a calendar from the bundled notices and a deployment's year files. Not thread-safe. */
    public static final class Builder {
        private final boolean bundled;
        private final List<YearData> added = new ArrayList<>();

        private Builder(boolean bundled) {
            this.bundled = bundled;
        }

        /** A builder without the bundled notices: only the years added (for tests and special deployments). */
        public Builder withoutBundledYears() {
            Builder b = new Builder(false);
            b.added.addAll(added);
            return b;
        }

        /**
         * Adds a year file (the format is documented in the README and on {@link WorkingDayCalendar}'s package).
         *
         * @throws CalendarFileException naming the file, the JSON path and the problem
         */
        public Builder addYearFile(Path file) {
            added.add(YearFiles.read(Objects.requireNonNull(file, "file")));
            return this;
        }

        /**
         * Adds a year file given as bytes; {@code source} names it in errors.
         *
         * @throws CalendarFileException naming the source, the JSON path and the problem
         */
        public Builder addYear(String source, byte[] json) {
            added.add(YearFiles.parse(Objects.requireNonNull(source, "source"), json, false));
            return this;
        }

        /**
         * The calendar.
         *
         * @throws CalendarFileException when two added files give one year, or two years' files set one date
         */
        public WorkingDayCalendar build() {
            Map<Integer, YearData> years = new TreeMap<>();
            if (bundled) {
                for (YearData y : bundledYears()) {
                    years.put(y.year(), y);
                }
            }
            for (YearData y : added) {
                YearData before = years.get(y.year());
                if (before != null && !before.bundled()) {
                    throw new CalendarFileException(y.source(), "year", Text.bilingual(
                            y.year() + " 年已由 " + before.source() + " 给出;一年只能有一个文件",
                            y.year() + " is already given by " + before.source() + "; one file per year"));
                }
                years.put(y.year(), y);
            }
            Map<LocalDate, YearData> setBy = new HashMap<>();
            for (YearData y : years.values()) {
                for (int i = 0; i < y.days().size(); i++) {
                    AdjustedDay d = y.days().get(i);
                    YearData other = setBy.putIfAbsent(d.date(), y);
                    if (other != null) {
                        YearData later = y.bundled() ? other : y;
                        throw new CalendarFileException(later.source(), "days", Text.bilingual(
                                d.date() + " 同时由 " + other.year() + " 年和 " + y.year() + " 年的文件设定",
                                d.date() + " is set by both the " + other.year() + " and the " + y.year()
                                        + " file"));
                    }
                }
            }
            return new WorkingDayCalendar(years);
        }
    }

    private static List<YearData> bundledYears() {
        List<YearData> out = new ArrayList<>();
        for (String name : bundledNames()) {
            String resource = BUNDLED_DIR + name;
            try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("bundled calendar file missing: " + resource);
                }
                YearData y = YearFiles.parse("bundled " + resource, in.readNBytes(YearFiles.MAX_BYTES + 1), true);
                if (!name.equals(y.year() + ".json")) {
                    throw new IllegalStateException(resource + " gives the year " + y.year());
                }
                out.add(y);
            } catch (IOException e) {
                throw new UncheckedIOException(resource, e);
            } catch (CalendarFileException e) {
                // the library's own data: a defect of the build, not the caller's input
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return out;
    }

    private static List<String> bundledNames() {
        try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(BUNDLED_INDEX)) {
            if (in == null) {
                throw new IllegalStateException("bundled calendar index missing: " + BUNDLED_INDEX);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(BUNDLED_INDEX, e);
        }
    }

    private boolean noticeLoaded(int year) {
        YearData y = years.get(year);
        return y != null && y.hasNotice();
    }

    /** The year whose missing notice leaves {@code date} uncovered, or {@code null} when it is covered. */
    private Integer uncoveredYear(LocalDate date) {
        int y = date.getYear();
        if (!noticeLoaded(y)) {
            return y;
        }
        if (inYearEndWindow(date) && !noticeLoaded(y + 1)) {
            return y + 1;
        }
        return null;
    }

    /** Whether the date is on or after 25 December of its year (the next year's notice is then needed too). */
    private static boolean inYearEndWindow(LocalDate d) {
        int m = d.getMonthValue();
        return m > YearFiles.WINDOW_START.getMonthValue()
                || m == YearFiles.WINDOW_START.getMonthValue() && d.getDayOfMonth() >= YearFiles.WINDOW_START.getDayOfMonth();
    }

    /** Whether a loaded notice covers the date (see the coverage rule above). */
    public boolean covers(LocalDate date) {
        return (state(Objects.requireNonNull(date, "date").toEpochDay()) & COVERED) != 0;
    }

    /** The years whose notice is loaded. */
    public SortedSet<Integer> coveredYears() {
        TreeSet<Integer> out = new TreeSet<>();
        years.values().stream().filter(YearData::hasNotice).forEach(y -> out.add(y.year()));
        return Collections.unmodifiableSortedSet(out);
    }

    /** The notices for a year, in their file's order; empty when none is loaded. */
    public List<Notice> notices(int year) {
        int i = year - tableYear;
        return i < 0 || i >= noticesByYear.size() ? List.of() : noticesByYear.get(i);
    }

    private static boolean containsSame(List<Notice> notices, Notice n) {
        for (int i = 0; i < notices.size(); i++) {
            if (notices.get(i) == n) {
                return true;
            }
        }
        return false;
    }

    /** Where a year's notices were read from ("bundled cn/2013.json" or a deployment's file), if loaded. */
    public Optional<String> source(int year) {
        return Optional.ofNullable(years.get(year)).map(YearData::source);
    }

    /** The day a notice sets on this date, if any (whether covered or not). */
    public Optional<AdjustedDay> adjustment(LocalDate date) {
        return Optional.ofNullable(days.get(Objects.requireNonNull(date, "date")));
    }

    /** What the date is: working, rest, or unknown when no loaded notice covers it. */
    public DayKind dayKind(LocalDate date) {
        int state = state(Objects.requireNonNull(date, "date").toEpochDay());
        return (state & COVERED) == 0 ? DayKind.UNKNOWN : (state & WORKING) != 0 ? DayKind.WORKING : DayKind.REST;
    }

    /** The {@link #dayState} of an epoch day; 0 (not covered) outside the years with a file. */
    private int state(long epochDay) {
        long i = epochDay - firstDay;
        return i < 0 || i >= dayState.length ? 0 : dayState[(int) i];
    }

    /** For a covered date; read once per day, when the calendar is built ({@link #dayState}). */
    private boolean working(LocalDate date) {
        AdjustedDay d = days.get(date);
        if (d != null) {
            return d.kind() == Adjustment.WORK;
        }
        DayOfWeek w = date.getDayOfWeek();
        return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY;
    }

    /**
     * The n-th working day after {@code start}, the day of {@code start} not counted (开始的当日不计入, 民法典 §201;
     * see {@link WorkingDayDeadline} for the earlier codes' wording).
     *
     * @param n at least 1
     * @return the date, or not covered with the first year whose notice is missing
     */
    public WorkingDayCount nthWorkingDayAfter(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        Needed needed = new Needed();
        int count = 0;
        long day = start.toEpochDay();
        while (count < n) {
            day++;
            int state = state(day);
            if ((state & COVERED) == 0) {
                return new WorkingDayCount(null, count, needed.notices(), uncoveredYear(LocalDate.ofEpochDay(day)));
            }
            needed.add(day, state);
            if ((state & WORKING) != 0) {
                count++;
            }
        }
        return new WorkingDayCount(LocalDate.ofEpochDay(day), count, needed.notices(), null);
    }

    /**
     * The working days after {@code start} up to and including {@code endInclusive}; zero when they are equal.
     *
     * @return the count, or not covered with the first year whose notice is missing
     */
    public WorkingDayCount workingDaysAfterUpTo(LocalDate start, LocalDate endInclusive) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(endInclusive, "endInclusive");
        if (endInclusive.isBefore(start)) {
            throw new IllegalArgumentException("the end " + endInclusive + " is before the start " + start);
        }
        Needed needed = new Needed();
        int count = 0;
        for (long day = start.toEpochDay() + 1, end = endInclusive.toEpochDay(); day <= end; day++) {
            int state = state(day);
            if ((state & COVERED) == 0) {
                return new WorkingDayCount(null, count, needed.notices(), uncoveredYear(LocalDate.ofEpochDay(day)));
            }
            needed.add(day, state);
            if ((state & WORKING) != 0) {
                count++;
            }
        }
        return new WorkingDayCount(endInclusive, count, needed.notices(), null);
    }

    /**
     * What a count relied on: the years of the dates it looked at (and the next year for a date from 25 December),
     * and the notices that set one of those dates.
     */
    private final class Needed {
        // a count looks at consecutive days: the years needed run from the first day's year to the last day's (or
        // the next, from 25 December); notices are compared by identity (each is one object of this calendar)
        private long first = Long.MIN_VALUE;
        private long last;
        private boolean adjusted;

        /**
         * A covered day, by its epoch day, with its {@link #dayState}: the days of a count are added in order, one
         * after the other.
         */
        void add(long day, int state) {
            if (first == Long.MIN_VALUE) {
                first = day;
            }
            last = day;
            adjusted |= (state & ADJUSTED) != 0;
        }

        /** Each needed year's general notice (its first), and any other notice of it that set a date looked at. */
        List<Notice> notices() {
            if (first == Long.MIN_VALUE) {
                return List.of();
            }
            int firstYear = LocalDate.ofEpochDay(first).getYear();
            LocalDate lastDay = LocalDate.ofEpochDay(last);
            int lastYear = inYearEndWindow(lastDay) ? lastDay.getYear() + 1 : lastDay.getYear();
            // the notices that set a day from first to last: a few at most, over a period of days
            List<Notice> setting = null;
            int from = adjusted ? java.util.Arrays.binarySearch(adjustedDays, first) : -adjustedDays.length - 1;
            for (int i = from < 0 ? -from - 1 : from; i < adjustedDays.length && adjustedDays[i] <= last; i++) {
                if (setting == null) {
                    setting = new ArrayList<>(2);
                }
                if (!containsSame(setting, adjustedBy[i])) {
                    setting.add(adjustedBy[i]);
                }
            }
            if (setting == null && firstYear == lastYear) {
                int i = firstYear - tableYear; // a covered day's year is loaded, so within the table
                return generalByYear.get(i);
            }
            List<Notice> out = new ArrayList<>();
            for (int y = firstYear; y <= lastYear; y++) {
                List<Notice> ns = WorkingDayCalendar.this.notices(y);
                for (int i = 0; i < ns.size(); i++) {
                    if (i == 0 || setting != null && containsSame(setting, ns.get(i))) {
                        out.add(ns.get(i));
                    }
                }
            }
            return out;
        }
    }

    /**
     * A digest of what decides a day ({@code sha256:} and 64 lowercase hex digits): for every year with a notice,
     * in order, its notices (id, title, number, url, issued) and its days by date (date, kind, name, notice id),
     * serialised as compact JSON in that order. Formatting, field order and empty years of the files do not change
     * it; the same content bundled or from a deployment's file gives the same digest.
     */
    public String digest() {
        return digest;
    }

    private static String digestOf(Iterable<YearData> years) {
        ObjectMapper json = JsonMapper.builder().build();
        ArrayNode all = json.createArrayNode();
        for (YearData y : years) {
            if (!y.hasNotice()) {
                continue;
            }
            ObjectNode o = all.addObject();
            o.put("year", y.year());
            ArrayNode ns = o.putArray("notices");
            for (Notice n : y.notices()) {
                ObjectNode e = ns.addObject();
                e.put("id", n.id());
                e.put("title", n.title());
                e.put("number", n.number());
                e.put("url", n.url());
                e.put("issued", n.issued() == null ? null : n.issued().toString());
            }
            ArrayNode ds = o.putArray("days");
            for (AdjustedDay d : y.days()) {
                ObjectNode e = ds.addObject();
                e.put("date", d.date().toString());
                e.put("kind", d.kind().name());
                e.put("name", d.name());
                e.put("notice", d.notice().id());
            }
        }
        try {
            byte[] bytes = json.writeValueAsBytes(all);
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot digest the calendar", e);
        }
    }

    /**
     * The years with a notice by where they came from (bundled, or the file as it was given), and the calendar's
     * digest, for logs:
     * {@code WorkingDayCalendar{bundled=[2007, …, 2026], holidays-2027.json=[2027]} sha256:…}.
     */
    @Override
    public String toString() {
        Map<String, List<Integer>> bySource = new LinkedHashMap<>();
        for (YearData y : years.values()) {
            if (y.hasNotice()) {
                bySource.computeIfAbsent(y.bundled() ? "bundled" : y.source(), k -> new ArrayList<>()).add(y.year());
            }
        }
        return "WorkingDayCalendar" + bySource + " " + digest;
    }
}
