package io.iprules.kit.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One-off converter from the holiday-cn data set (one file per year: {@code papers}, {@code days} with
 * {@code isOffDay}) to the project's year files (notices with their titles, days citing their notice). Run by
 * hand, not by the build:
 *
 * <pre>{@code
 * java … io.iprules.kit.calendar.HolidayCnConverter <holiday-cn folder> \
 *     rules-kit/src/main/resources/io/iprules/kit/calendar/cn
 * }</pre>
 *
 * What the data set does not say is written here once: each notice's official title, and in a year with several
 * notices which days each set. A document number is given only where known with certainty; none is guessed. A
 * year with no paper (not yet published) gets no file.
 */
public final class HolidayCnConverter {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** A notice beyond the yearly one, and the days it sets. */
    private record Extra(String id, String title, String number, BiPredicate<LocalDate, String> sets, int days) {
    }

    /** Document numbers known with certainty, by year of the yearly notice. */
    private static final Map<Integer, String> NUMBERS = Map.of(2013, "国办发明电〔2012〕33号");

    /** Years with a second paper: which notice it is and which days it sets. */
    private static final Map<Integer, Extra> EXTRAS = Map.of(
            2015, new Extra("cn-2015-victory-day",
                    "国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知", "国发明电〔2015〕1号",
                    (d, name) -> !d.isBefore(LocalDate.of(2015, 9, 3)) && !d.isAfter(LocalDate.of(2015, 9, 6)), 4),
            2019, new Extra("cn-2019-labour-day", "国务院办公厅关于调整2019年劳动节假期安排的通知", null,
                    (d, name) -> name.equals("劳动节"), 6),
            // the extension of 27 January 2020: 31 Jan to 2 Feb rest (1 Feb was a make-up Saturday), back on 3 Feb
            2020, new Extra("cn-2020-spring-festival-extension", "国务院办公厅关于延长2020年春节假期的通知", null,
                    (d, name) -> !d.isBefore(LocalDate.of(2020, 1, 31)) && !d.isAfter(LocalDate.of(2020, 2, 3)), 4));

    private HolidayCnConverter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: HolidayCnConverter <holiday-cn folder> <output folder>");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        String asOf = "";
        Matcher m = Pattern.compile("data as of (\\d{4}-\\d{2}-\\d{2})")
                .matcher(Files.readString(in.resolve("README.md")));
        if (m.find()) {
            asOf = ", data as of " + m.group(1);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(in)) {
            files = s.filter(p -> p.getFileName().toString().matches("\\d{4}\\.json")).sorted().toList();
        }
        List<String> written = new ArrayList<>();
        for (Path f : files) {
            JsonNode root = JSON.readTree(f.toFile());
            int year = root.get("year").intValue();
            JsonNode papers = root.get("papers");
            if (papers.isEmpty()) {
                System.err.println(f.getFileName() + ": no paper (not published), no file");
                continue;
            }
            Extra extra = EXTRAS.get(year);
            if (papers.size() != (extra == null ? 1 : 2)) {
                throw new IllegalStateException(f + ": " + papers.size() + " papers, the converter knows "
                        + (extra == null ? 1 : 2));
            }
            Map<String, Object> yearly = notice("cn-" + year, "国务院办公厅关于" + year + "年部分节假日安排的通知",
                    NUMBERS.get(year), papers.get(0).textValue());
            List<Map<String, Object>> notices = new ArrayList<>(List.of(yearly));
            if (extra != null) {
                notices.add(notice(extra.id(), extra.title(), extra.number(), papers.get(1).textValue()));
            }
            StringBuilder days = new StringBuilder();
            int extraDays = 0;
            for (JsonNode d : root.get("days")) {
                LocalDate date = LocalDate.parse(d.get("date").textValue());
                String name = d.get("name").textValue();
                String notice = "cn-" + year;
                if (extra != null && extra.sets().test(date, name)) {
                    notice = extra.id();
                    extraDays++;
                }
                Map<String, Object> day = new LinkedHashMap<>();
                day.put("date", date.toString());
                day.put("kind", d.get("isOffDay").booleanValue() ? "REST" : "WORK");
                day.put("name", name);
                day.put("notice", notice);
                days.append(days.length() == 0 ? "\n    " : ",\n    ").append(JSON.writeValueAsString(day));
            }
            if (extra != null && extraDays != extra.days()) {
                throw new IllegalStateException(f + ": " + extraDays + " days for " + extra.id() + ", expected "
                        + extra.days());
            }
            StringBuilder text = new StringBuilder("{\n  \"year\": ").append(year).append(",\n  \"source\": ")
                    .append(JSON.writeValueAsString("holiday-cn " + year + ".json (MIT licence, Copyright (c) 2019 "
                            + "NateScarlet, see LICENSE-holiday-cn.txt" + asOf + ")"))
                    .append(",\n  \"notices\": [");
            for (int i = 0; i < notices.size(); i++) {
                text.append(i == 0 ? "\n    " : ",\n    ").append(JSON.writeValueAsString(notices.get(i)));
            }
            text.append("\n  ],\n  \"days\": [").append(days).append("\n  ]\n}\n");
            String name = year + ".json";
            Files.writeString(out.resolve(name), text, StandardCharsets.UTF_8);
            written.add(name);
        }
        Files.writeString(out.resolve("years.txt"), "# the bundled year files, read by WorkingDayCalendar\n"
                + String.join("\n", written) + "\n", StandardCharsets.UTF_8);
        Files.copy(in.resolve("LICENSE"), out.resolve("LICENSE-holiday-cn.txt"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.err.println("wrote " + written.size() + " year files to " + out);
    }

    private static Map<String, Object> notice(String id, String title, String number, String url) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("id", id);
        n.put("title", title);
        if (number != null) {
            n.put("number", number);
        }
        n.put("url", url);
        return n;
    }
}
