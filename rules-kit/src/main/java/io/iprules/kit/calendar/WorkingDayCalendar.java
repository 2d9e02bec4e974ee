package io.iprules.kit.calendar;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iprules.DataDescription;
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
import java.util.IdentityHashMap;
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
    private static final Text TITLE = Text.bilingual("中国工作日历(国务院办公厅节假日安排通知)",
            "China's working-day calendar (the State Council's holiday notices)");

    private final SortedMap<Integer, YearData> years;
    private final Map<LocalDate, AdjustedDay> days;
    private final String digest;

    /**
     * Every day from 1 January of the first year with a notice to 31 December of the last, by its epoch day minus
     * {@link #firstDay}: whether it is covered and working ({@link #COVERED}, {@link #WORKING}), worked out once from
     * the coverage rule and the notices, so that a day is looked up in an array. A byte per day: 7 KB for the bundled
     * years, at most 3 MB for files from 1949 to 9998. A day outside is not covered.
     */
    private final long firstDay;
    private final byte[] dayState;
    private static final byte COVERED = 1;
    private static final byte WORKING = 2;
    /**
     * The same two facts as bits, 64 days to a word, each with a running count by word ({@link DayBits}): a count of
     * a period's working days is a subtraction and two masked words, not a walk of every day (an overdue deadline
     * counts years). An eighth of {@link #dayState} each, and an int per 64 days.
     */
    private final DayBits coveredBits;
    private final DayBits workingBits;
    /**
     * 1 January and 25 December ({@link YearFiles#WINDOW_START}) of each year from {@link #tableYear} on, by epoch
     * day: a count's years and its year-end window without a {@link LocalDate} per count.
     */
    private final long[] yearStarts;
    private final long[] windowStarts;
    /** Each loaded year's notices, by year minus {@link #tableYear} (empty where none): read at every count. */
    private final int tableYear;
    private final List<List<Notice>> noticesByYear;
    /**
     * Each loaded year's general notice alone, by year minus {@link #tableYear} (empty where none): what most counts
     * needed (days of one year that no notice set), shared rather than built at every count.
     */
    private final List<List<Notice>> generalByYear;
    /**
     * The days each notice set, by epoch day in order, by year minus {@link #tableYear} and the notice's place in its
     * year's list: whether a count met a day a further notice (a special or correcting one) set is then a search of
     * that notice's days alone.
     */
    private final long[][][] daysSetBy;

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
        tableYear = this.years.isEmpty() ? 0 : this.years.firstKey();
        List<List<Notice>> table = new ArrayList<>();
        for (int y = tableYear; !this.years.isEmpty() && y <= this.years.lastKey(); y++) {
            YearData data = this.years.get(y);
            table.add(data == null ? List.of() : data.notices());
        }
        noticesByYear = List.copyOf(table);
        generalByYear = table.stream().map(ns -> ns.isEmpty() ? List.<Notice>of() : List.of(ns.get(0))).toList();
        Map<Notice, List<LocalDate>> setBy = new IdentityHashMap<>();
        for (AdjustedDay a : all.values()) {
            setBy.computeIfAbsent(a.notice(), n -> new ArrayList<>()).add(a.date());
        }
        daysSetBy = new long[table.size()][][];
        for (int y = 0; y < table.size(); y++) {
            List<Notice> ns = table.get(y);
            daysSetBy[y] = new long[ns.size()][];
            for (int i = 0; i < ns.size(); i++) {
                daysSetBy[y][i] = setBy.getOrDefault(ns.get(i), List.of()).stream().mapToLong(LocalDate::toEpochDay)
                        .sorted().toArray();
            }
        }
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
                    dayState[i] = (byte) (COVERED | (working(d) ? WORKING : 0));
                }
            }
        }
        coveredBits = new DayBits(dayState, COVERED);
        workingBits = new DayBits(dayState, WORKING);
        int yearCount = noticesByYear.size() + 1;
        yearStarts = new long[yearCount];
        windowStarts = new long[yearCount];
        for (int i = 0; i < yearCount; i++) {
            yearStarts[i] = LocalDate.of(tableYear + i, 1, 1).toEpochDay();
            windowStarts[i] = YearFiles.WINDOW_START.atYear(tableYear + i).toEpochDay();
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
            WorkingDayCalendar built = new WorkingDayCalendar(years);
            remember(built);
            return built;
        }
    }

    /**
     * The calendars built in this JVM, by digest, held weakly: an engine's module holds the one it decides with for
     * as long as the engine lives. Two calendars of one digest decide every day alike ({@link #digest()}).
     */
    private static final Map<String, java.lang.ref.WeakReference<WorkingDayCalendar>> BUILT =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static void remember(WorkingDayCalendar c) {
        BUILT.values().removeIf(r -> r.get() == null);
        // a live calendar of the same digest keeps its place: were the newer one to take it and die first (a
        // short-lived engine beside a long-lived one), the older engine's pages would lose their timelines
        BUILT.compute(c.digest, (digest, old) -> old != null && old.get() != null ? old
                : new java.lang.ref.WeakReference<>(c));
    }

    /** For tests: the calendar this registry holds for a digest, the very object, if still alive. */
    static WorkingDayCalendar rememberedFor(String digest) {
        java.lang.ref.WeakReference<WorkingDayCalendar> ref = BUILT.get(digest);
        return ref == null ? null : ref.get();
    }

    /**
     * The calendar of this digest, as a receipt records it ({@code "data": {"calendar": …}}), if one was built in this
     * JVM and is still in use (the bundled notices' always is): what a page drawing a result's deadlines day by day
     * shades its days from, so that it shows the days the count was made on, a deployment's added or replaced years
     * included, and not the bundled notices alone.
     *
     * @param digest a {@link #digest()}
     */
    public static Optional<WorkingDayCalendar> withDigest(String digest) {
        Objects.requireNonNull(digest, "digest");
        WorkingDayCalendar bundled = china();
        if (bundled.digest.equals(digest)) {
            return Optional.of(bundled);
        }
        java.lang.ref.WeakReference<WorkingDayCalendar> ref = BUILT.get(digest);
        return Optional.ofNullable(ref == null ? null : ref.get());
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
                || m == YearFiles.WINDOW_START.getMonthValue()
                && d.getDayOfMonth() >= YearFiles.WINDOW_START.getDayOfMonth();
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

    /**
     * What this calendar holds, as a policy's description shows it: the periods it covers (by the coverage rule
     * above; years with a notice in a row cover 1 January of the first to 24 December of the last) and every loaded
     * notice, with the name of the deployment's file it came from (none: bundled). The digest is left to the engine,
     * which records {@link #digest()}.
     *
     * @param kind the kind of data file the module reads it from (the kit's {@code KitModule.CALENDAR})
     */
    public DataDescription description(String kind) {
        List<DataDescription.DateRange> covers = new ArrayList<>();
        for (int i = 0; i < dayState.length; i++) { // once per engine: a walk of the table is cheap enough
            if ((dayState[i] & COVERED) != 0) {
                int last = i;
                while (last + 1 < dayState.length && (dayState[last + 1] & COVERED) != 0) {
                    last++;
                }
                covers.add(new DataDescription.DateRange(LocalDate.ofEpochDay(firstDay + i),
                        LocalDate.ofEpochDay(firstDay + last)));
                i = last;
            }
        }
        List<DataDescription.Source> sources = new ArrayList<>();
        for (YearData y : years.values()) {
            String file = y.bundled() ? null : fileName(y.source());
            for (Notice n : y.notices()) {
                sources.add(new DataDescription.Source(
                        n.number() == null ? n.title() : n.title() + "(" + n.number() + ")", file));
            }
        }
        return new DataDescription(kind, null, TITLE, covers, sources);
    }

    /** The last part of a deployment's path: a description answers clients that need not see its folders. */
    private static String fileName(String path) {
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }

    /** The notices for a year, in their file's order; empty when none is loaded. */
    public List<Notice> notices(int year) {
        int i = year - tableYear;
        return i < 0 || i >= noticesByYear.size() ? List.of() : noticesByYear.get(i);
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
        int i = dayIndex(epochDay);
        return i < 0 ? 0 : dayState[i];
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
        long after = start.toEpochDay() + 1;
        int from = dayIndex(after);
        if (from < 0) {
            return notCovered(after, from, from);
        }
        int nth = workingBits.nth(from, n);
        // fewer than n working days left in the table: the count runs past its end
        int stop = firstUncovered(from, nth < 0 ? dayState.length + 1L : nth + 1);
        if (stop >= 0) {
            return notCovered(after, from, stop);
        }
        long day = firstDay + nth;
        return new WorkingDayCount(LocalDate.ofEpochDay(day), n, needed(after, day), null);
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
        long after = start.toEpochDay() + 1;
        long end = endInclusive.toEpochDay();
        if (after > end) {
            return new WorkingDayCount(endInclusive, 0, List.of(), null);
        }
        int from = dayIndex(after);
        if (from < 0) {
            return notCovered(after, from, from);
        }
        long to = end + 1 - firstDay;
        int stop = firstUncovered(from, to);
        if (stop >= 0) {
            return notCovered(after, from, stop);
        }
        return new WorkingDayCount(endInclusive, workingBits.count(from, (int) to),
                needed(after, end), null);
    }

    /** The index of an epoch day in {@link #dayState}, or -1 when the day is outside it (not covered). */
    private int dayIndex(long epochDay) {
        long i = epochDay - firstDay;
        return i < 0 || i >= dayState.length ? -1 : (int) i;
    }

    /**
     * The first index from {@code from} (in the table) before {@code to} whose day is not covered, or -1 when all
     * are; the day after the table's last when {@code to} runs past it (not met with files as they are: the last
     * year's days from 25 December wait for the next year's notice, so coverage ends inside the table).
     */
    private int firstUncovered(int from, long to) {
        int stop = coveredBits.nextClear(from);
        return stop < Math.min(to, dayState.length) ? stop : to > dayState.length ? dayState.length : -1;
    }

    /**
     * A count from the epoch day {@code after} (index {@code from}, or -1 outside the table) that met the uncovered
     * day of index {@code stop} (the day after the table when {@code stop} is its length): the working days and
     * notices before it, and the year whose notice it lacks.
     */
    private WorkingDayCount notCovered(long after, int from, int stop) {
        long uncovered = from < 0 ? after : firstDay + stop;
        Integer year = uncoveredYear(LocalDate.ofEpochDay(uncovered));
        if (from < 0 || stop == from) {
            return new WorkingDayCount(null, 0, List.of(), year);
        }
        return new WorkingDayCount(null, workingBits.count(from, stop), needed(after, uncovered - 1), year);
    }

    /**
     * What a count of the covered days {@code first} to {@code last} (epoch days) relied on: each needed year's
     * general notice (its first), and any further notice of it that set one of those days. The years needed run from
     * the first day's year to the last day's, or the next from 25 December.
     */
    private List<Notice> needed(long first, long last) {
        int firstYear = yearOf(first);
        int lastYear = yearOf(last);
        if (last >= windowStarts[lastYear - tableYear]) {
            lastYear++;
        }
        if (firstYear == lastYear && !aFurtherNoticeSetADay(firstYear - tableYear, first, last)) {
            return generalByYear.get(firstYear - tableYear); // a covered day's year is loaded, so within the table
        }
        List<Notice> out = new ArrayList<>();
        for (int y = firstYear; y <= lastYear; y++) {
            List<Notice> ns = notices(y);
            for (int i = 0; i < ns.size(); i++) {
                if (i == 0 || setADay(daysSetBy[y - tableYear][i], first, last)) {
                    out.add(ns.get(i));
                }
            }
        }
        return out;
    }

    private boolean aFurtherNoticeSetADay(int yearIndex, long first, long last) {
        for (int i = 1; i < daysSetBy[yearIndex].length; i++) {
            if (setADay(daysSetBy[yearIndex][i], first, last)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the (ordered) epoch days falls from {@code first} to {@code last}. */
    private static boolean setADay(long[] days, long first, long last) {
        int i = java.util.Arrays.binarySearch(days, first);
        int at = i < 0 ? -i - 1 : i;
        return at < days.length && days[at] <= last;
    }

    /** The year of a covered day (within the years of {@link #yearStarts}). */
    private int yearOf(long epochDay) {
        int i = (int) ((epochDay - yearStarts[0]) / 366); // at or before the year: no year is longer
        while (i + 1 < yearStarts.length && yearStarts[i + 1] <= epochDay) {
            i++;
        }
        return tableYear + i;
    }

    /**
     * One of the day facts ({@link #COVERED}, {@link #WORKING}) as bits, 64 days to a word (bit {@code i & 63} of
     * word {@code i >>> 6} is day {@code firstDay + i}), with the number of bits set in the words before each: counts
     * over any run of days in constant time.
     */
    private static final class DayBits {
        private final long[] bits;
        /** Bits set in the words before word {@code w}. */
        private final int[] before;

        DayBits(byte[] dayState, int flag) {
            bits = new long[(dayState.length + 63) >>> 6];
            for (int i = 0; i < dayState.length; i++) {
                if ((dayState[i] & flag) != 0) {
                    bits[i >>> 6] |= 1L << i;
                }
            }
            before = new int[bits.length + 1];
            for (int w = 0; w < bits.length; w++) {
                before[w + 1] = before[w] + Long.bitCount(bits[w]);
            }
        }

        /** Bits set from day index {@code from} to {@code to}, exclusive ({@code 0 <= from <= to <= days}). */
        int count(int from, int to) {
            if (from == to) {
                return 0;
            }
            int first = from >>> 6;
            int last = (to - 1) >>> 6;
            long head = bits[first] & (-1L << from); // a shift counts its distance modulo 64
            long tailMask = -1L >>> (63 - ((to - 1) & 63));
            if (first == last) {
                return Long.bitCount(head & tailMask);
            }
            return Long.bitCount(head) + before[last] - before[first + 1] + Long.bitCount(bits[last] & tailMask);
        }

        /**
         * The first index from {@code from} on whose bit is clear; at most the number of days (a day past the table
         * is clear: the bits after the last day are).
         */
        int nextClear(int from) {
            int w = from >>> 6;
            long word = ~bits[w] & (-1L << from);
            while (word == 0) {
                if (++w == bits.length) {
                    return w << 6;
                }
                word = ~bits[w];
            }
            return (w << 6) + Long.numberOfTrailingZeros(word);
        }

        /** The index of the n-th bit set from {@code from} on ({@code n >= 1}), or -1 when there are fewer. */
        int nth(int from, int n) {
            int w = from >>> 6;
            if (w >= bits.length) {
                return -1;
            }
            long word = bits[w] & (-1L << from);
            int left = n;
            while (true) {
                int inWord = Long.bitCount(word);
                if (inWord >= left) {
                    for (int k = 1; k < left; k++) {
                        word &= word - 1; // the lowest bit set, cleared
                    }
                    return (w << 6) + Long.numberOfTrailingZeros(word);
                }
                left -= inWord;
                if (++w == bits.length) {
                    return -1;
                }
                word = bits[w];
            }
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
