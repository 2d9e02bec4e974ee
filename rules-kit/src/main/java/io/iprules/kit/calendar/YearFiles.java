package io.iprules.kit.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.iprules.Language;
import io.iprules.Text;
import io.iprules.json.WordLists;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a year file strictly, as strictly as a deployment's parameter file. The format:
 *
 * <pre>{@code
 * { "year": 2013,
 *   "source": "optional: where the data was taken from",
 *   "notices": [ { "id": "cn-2013", "title": "国务院办公厅关于2013年部分节假日安排的通知",
 *                  "number": "国办发明电〔2012〕33号 (optional, only if certain)",
 *                  "url": "http://www.gov.cn/…", "issued": "YYYY-MM-DD (optional, only if certain)" } ],
 *   "days": [ { "date": "2013-10-01", "kind": "REST | WORK", "name": "国庆节", "notice": "cn-2013" } ] }
 * }</pre>
 *
 * The first notice is the year's general arrangement (a count cites it whenever it relies on the year); a further
 * notice (special or correcting) is cited where it sets a date a count looked at. A day of year Y lies from 25 December
 * of Y−1 (a notice may move the New Year's days into late December) to 31 December of Y. A file with no notice and no
 * day is accepted and covers nothing.
 */
final class YearFiles {
    /** A year file is a few kilobytes; anything near this is not one. */
    static final int MAX_BYTES = 256 * 1024;
    /** The first day of year Y's window is this day of Y−1 (the year-end rule). */
    static final MonthDay WINDOW_START = MonthDay.of(12, 25);

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern URL = Pattern.compile("https?://[^\\s]+");
    private static final Set<String> TOP = Set.of("year", "source", "notices", "days");
    private static final Set<String> NOTICE = Set.of("id", "title", "number", "url", "issued");
    private static final Set<String> DAY = Set.of("date", "kind", "name", "notice");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxDocumentLength(MAX_BYTES).maxNestingDepth(8).maxStringLength(4096).build());
    }

    private YearFiles() {
    }

    /** Reads a deployment's file, bounded in bytes. */
    static YearData read(Path file) {
        String source = file.toString();
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) { // the common reasons in words in both languages, as for a parameter file
            throw new CalendarFileException(source, "", io.iprules.json.StrictJsonFile.readProblem(e), e);
        }
        return parse(source, bytes, false);
    }

    /** Reads the bytes of a year file; {@code source} names it in errors. */
    static YearData parse(String source, byte[] bytes, boolean bundled) {
        if (bytes.length > MAX_BYTES) {
            throw new CalendarFileException(source, "", Text.bilingual(
                    "文件超过 " + MAX_BYTES + " 字节,不是年度日历文件",
                    "larger than " + MAX_BYTES + " bytes, not a calendar year file"));
        }
        // the parameter files' strict check: the offset of the first bad byte, in words, where the parser alone says
        // "Invalid UTF-8 start byte" in English without an offset (and decodes some overlong forms); and a NUL byte
        // first (after a byte order mark, if any), for which it would name a character of UTF-16 instead
        Text utf8 = io.iprules.json.StrictUtf8.documentProblemText(bytes,
                io.iprules.json.StrictUtf8.byteOrderMarkLength(bytes, bytes.length), bytes.length);
        if (utf8 != null) {
            throw new CalendarFileException(source, "", utf8);
        }
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new CalendarFileException(source, io.iprules.json.StrictJsonFile.syntaxPath(e),
                    io.iprules.json.StrictJsonFile.syntaxProblem(e, bytes), e);
        } catch (IOException e) {
            throw new CalendarFileException(source, "", Text.bilingual("无法读取:" + e.getMessage(),
                    "cannot be read: " + e.getMessage()), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new CalendarFileException(source, "", Text.bilingual("文件为空", "the file is empty"));
        }
        return new Reader(source).year(root, bundled);
    }

    /** Walks the tree, naming the JSON path of the first wrong value. */
    private static final class Reader {
        private final String source;

        Reader(String source) {
            this.source = source;
        }

        private CalendarFileException bad(String path, String zh, String en) {
            return new CalendarFileException(source, path, Text.bilingual(zh, en));
        }

        private void object(JsonNode node, String path, Set<String> allowed) {
            if (!node.isObject()) {
                throw bad(path, "应为对象 {…}", "must be an object {…}");
            }
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!allowed.contains(f)) {
                    String shown = f.replaceAll("\\p{Cntrl}", "?");
                    List<String> names = allowed.stream().sorted().toList();
                    throw bad(join(path, shown), "未知字段;允许的字段:" + WordLists.or(names, Language.ZH),
                            "unknown field; allowed: " + WordLists.or(names, Language.EN));
                }
            }
        }

        private static String join(String path, String field) {
            return path.isEmpty() ? field : path + "." + field;
        }

        private JsonNode required(JsonNode node, String field, String path) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                throw bad(join(path, field), "缺少此字段", "is missing");
            }
            return v;
        }

        private String text(JsonNode node, String field, String path, boolean optional) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                if (optional) {
                    return null;
                }
                throw bad(join(path, field), "缺少此字段", "is missing");
            }
            if (!v.isTextual()) {
                throw bad(join(path, field), "应为字符串", "must be a string");
            }
            String s = v.textValue();
            if (s.isBlank()) {
                throw bad(join(path, field), "不能为空", "must not be blank");
            }
            if (s.chars().anyMatch(Character::isISOControl)) {
                throw bad(join(path, field), "含有控制字符", "contains a control character");
            }
            return s.strip();
        }

        private LocalDate date(JsonNode node, String field, String path, boolean optional) {
            String s = text(node, field, path, optional);
            if (s == null) {
                return null;
            }
            if (!DATE.matcher(s).matches()) {
                throw bad(join(path, field), "应为 YYYY-MM-DD 格式的日期,而不是 \"" + s + "\"",
                        "must be a date YYYY-MM-DD, not \"" + s + "\"");
            }
            try { // the digits by hand: java.time's formatter costs a cold start more than the twenty files it reads
                return LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10),
                        Integer.parseInt(s, 8, 10, 10));
            } catch (DateTimeException e) {
                throw bad(join(path, field), "不是存在的日期:" + s, "is not a real date: " + s);
            }
        }

        private JsonNode array(JsonNode node, String field, String path) {
            JsonNode v = required(node, field, path);
            if (!v.isArray()) {
                throw bad(join(path, field), "应为数组 […]", "must be an array […]");
            }
            return v;
        }

        YearData year(JsonNode root, boolean bundled) {
            if (root.isObject() && root.has("papers") && !root.has("notices")) {
                // the data set the bundled years were derived from, as published: its first field would otherwise be
                // refused as unknown, then the next, without saying why none of them is read
                throw bad("papers", "这是 holiday-cn 数据集的格式,不能直接读取:它不写通知的标题,也不写每一天依据哪份通知。"
                        + "请改写为本库的日历文件格式(notices 写明每份通知的 id、title 和 url,days 的每一天写 kind 和"
                        + " notice),见 README 的 “The working-day calendar” 一节",
                        "this is the holiday-cn data set's format, which is not read as it is: it gives neither a "
                        + "notice's title nor the notice that sets each day. Rewrite it in this library's calendar "
                        + "format (notices with each notice's id, title and url; each day with its kind and notice): "
                        + "see the README, \"The working-day calendar\"");
            }
            object(root, "", TOP);
            JsonNode y = required(root, "year", "");
            if (!y.isIntegralNumber() || !y.canConvertToInt() || y.intValue() < 1949 || y.intValue() > 9998) {
                throw bad("year", "应为 1949 至 9998 之间的年份", "must be a year from 1949 to 9998");
            }
            int year = y.intValue();
            text(root, "source", "", true);
            JsonNode ns = array(root, "notices", "");
            Map<String, Notice> notices = new LinkedHashMap<>();
            for (int i = 0; i < ns.size(); i++) {
                String p = "notices[" + i + "]";
                JsonNode n = ns.get(i);
                object(n, p, NOTICE);
                String id = text(n, "id", p, false);
                String url = text(n, "url", p, false);
                if (!URL.matcher(url).matches()) {
                    throw bad(p + ".url", "应为 http:// 或 https:// 地址", "must be an http:// or https:// address");
                }
                Notice notice = new Notice(year, id, text(n, "title", p, false), text(n, "number", p, true), url,
                        date(n, "issued", p, true));
                if (notices.putIfAbsent(id, notice) != null) {
                    throw bad(p + ".id", "通知 id \"" + id + "\" 重复", "notice id \"" + id + "\" is given twice");
                }
            }
            LocalDate first = WINDOW_START.atYear(year - 1);
            LocalDate last = LocalDate.of(year, 12, 31);
            JsonNode ds = array(root, "days", "");
            Map<LocalDate, Integer> seen = new HashMap<>();
            List<AdjustedDay> days = new ArrayList<>();
            for (int i = 0; i < ds.size(); i++) {
                String p = "days[" + i + "]";
                JsonNode d = ds.get(i);
                object(d, p, DAY);
                LocalDate date = date(d, "date", p, false);
                if (date.isBefore(first) || date.isAfter(last)) {
                    throw bad(p + ".date", date + " 不在 " + year + " 年通知可调整的范围(" + first + " 至 " + last + ")内",
                            date + " is outside what a notice for " + year + " can set (" + first + " to "
                                    + last + ")");
                }
                Integer before = seen.putIfAbsent(date, i);
                if (before != null) {
                    throw bad(p + ".date", date + " 重复(亦见 days[" + before + "])",
                            date + " is listed twice (also days[" + before + "])");
                }
                String kind = text(d, "kind", p, false);
                Adjustment adjustment;
                try {
                    adjustment = Adjustment.valueOf(kind);
                } catch (IllegalArgumentException e) {
                    throw bad(p + ".kind", "应为 REST 或 WORK,而不是 \"" + kind + "\"",
                            "must be REST or WORK, not \"" + kind + "\"");
                }
                String name = text(d, "name", p, false);
                String ref = text(d, "notice", p, false);
                Notice notice = notices.get(ref);
                if (notice == null) {
                    Text known = WordLists.and(notices.keySet());
                    throw bad(p + ".notice", "notices 中没有 id 为 \"" + ref + "\" 的通知;已有:" + known.in(Language.ZH),
                            "no notice with id \"" + ref + "\" in notices; there are " + known.in(Language.EN));
                }
                days.add(new AdjustedDay(date, adjustment, name, notice));
            }
            days.sort(Comparator.comparing(AdjustedDay::date));
            return new YearData(year, List.copyOf(notices.values()), days, source, bundled);
        }
    }
}
