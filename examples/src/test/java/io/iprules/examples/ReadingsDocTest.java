package io.iprules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Language;
import io.iprules.PolicyDescription;
import io.iprules.Provision;
import io.iprules.ProvisionStatus;
import io.iprules.Reading;
import io.iprules.RulesEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each reading is written once, in its module's {@code readings.json} (zh and en, with its clause); everything else
 * shows it from there. The README's "How X is read" section carries the block generated from the module between
 * {@code <!-- readings:X -->} and {@code <!-- /readings:X -->} and no reading of its own; a rule file refers to
 * readings by id ({@code // reading: id, id}) and restates none.
 *
 * <p>To regenerate the README's blocks after changing a module's readings:
 * {@code ./mvnw -B -q -pl examples -am test -Dtest=ReadingsDocTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dreadings.write=true}.
 */
class ReadingsDocTest {
    private static final Path README = Path.of("../README.md");
    private static final Pattern REFERENCE = Pattern.compile("^// readings?: ([a-z0-9-]+(?:, [a-z0-9-]+)*)$");
    private static final Pattern MENTION = Pattern.compile("(?i)^//.*\\breadings?\\b");

    /** The generated block for one policy: its readings, then the provisions not formalised. */
    static String block(PolicyDescription d) {
        StringBuilder b = new StringBuilder("<!-- readings:" + d.id() + " -->\n");
        b.append("<!-- generated from ").append(d.id()).append("'s readings.json by ReadingsDocTest: edit the module, "
                + "not this block -->\n");
        for (Reading r : d.readings()) {
            b.append("- **`").append(r.id()).append("`** (").append(r.citation()).append("): ")
                    .append(r.text().in(Language.EN)).append("\n  ").append(r.text().in(Language.ZH)).append('\n');
        }
        // each by its title too: a clause formalised in part (beijing-2012 §1(1): its scope is a rule, its
        // principles are not) must not read as if none of it were
        List<String> open = d.provisions().stream().filter(p -> p.status() == ProvisionStatus.NOT_FORMALISED)
                .map(p -> p.citation() + " (" + p.title().in(Language.EN) + ")").distinct().toList();
        if (!open.isEmpty()) {
            b.append("- Not formalised, with the reason in `ip-rules policies`: ").append(String.join("; ", open))
                    .append(".\n");
        }
        return b.append("<!-- /readings:").append(d.id()).append(" -->").toString();
    }

    private static List<PolicyDescription> withReadings() {
        return RulesEngine.builder().build().policies().stream().filter(d -> !d.readings().isEmpty()).toList();
    }

    @Test
    void theReadmeShowsEachModulesReadingsAndNoneOfItsOwn() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String updated = readme;
        for (PolicyDescription d : withReadings()) {
            Pattern block = Pattern.compile("<!-- readings:" + Pattern.quote(d.id()) + " -->.*?<!-- /readings:"
                    + Pattern.quote(d.id()) + " -->", Pattern.DOTALL);
            Matcher m = block.matcher(updated);
            assertThat(m.find()).as("README has a readings block for %s", d.id()).isTrue();
            updated = m.replaceFirst(Matcher.quoteReplacement(block(d)));
        }
        if (Boolean.getBoolean("readings.write") && !updated.equals(readme)) {
            Files.writeString(README, updated, StandardCharsets.UTF_8);
            readme = updated;
        }
        assertThat(readme).as("the README's readings blocks, generated from the modules (-Dreadings.write=true)")
                .isEqualTo(updated);
        for (PolicyDescription d : withReadings()) {
            String section = section(readme, "## How " + d.id() + " is read");
            String outside = section.replaceAll("(?s)<!-- readings:.*?<!-- /readings:[^>]*-->", "")
                    .replaceAll("(?s)```.*?```", "");
            assertThat(outside.lines().filter(l -> l.startsWith("- ") || l.startsWith("* ")).toList())
                    .as("readings written in the README outside the generated block of %s", d.id()).isEmpty();
        }
    }

    private static String section(String readme, String heading) {
        int start = readme.indexOf(heading + "\n");
        assertThat(start).as(heading).isGreaterThanOrEqualTo(0);
        int end = readme.indexOf("\n## ", start + heading.length());
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    /** A provision's note in {@code policy.json} names its readings ({@code Readings: id, id}), each a known one. */
    @Test
    void provisionNotesReferToKnownReadings() {
        Pattern named = Pattern.compile("Readings: ([a-z0-9-]+(?:, [a-z0-9-]+)*)");
        List<String> wrong = new ArrayList<>();
        int references = 0;
        for (PolicyDescription d : RulesEngine.builder().build().policies()) {
            Set<String> ids = d.readings().stream().map(Reading::id).collect(Collectors.toSet());
            for (Provision p : d.provisions()) {
                Matcher m = named.matcher(p.note().in(Language.EN));
                while (m.find()) {
                    for (String ref : m.group(1).split(", ")) {
                        references++;
                        if (!ids.contains(ref)) {
                            wrong.add(d.id() + " " + p.citation() + ": unknown reading '" + ref + "'");
                        }
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(references).isPositive();
    }

    @Test
    void ruleFilesReferToReadingsByIdAndRestateNone() throws IOException {
        Map<String, Set<String>> known = new TreeMap<>();
        for (PolicyDescription d : RulesEngine.builder().build().policies()) {
            known.put(d.id(), d.readings().stream().map(Reading::id).collect(Collectors.toSet()));
        }
        List<String> wrong = new ArrayList<>();
        int references = 0;
        List<Path> policyFiles;
        try (Stream<Path> s = Files.walk(Path.of(".."), 8)) {
            policyFiles = s.filter(p -> p.getFileName().toString().equals("policy.json")
                    && p.toString().contains("src" + java.io.File.separator + "main")).toList();
        }
        for (Path policyFile : policyFiles) {
            String id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(policyFile.toFile()).get("id")
                    .asText();
            Set<String> ids = known.get(id);
            if (ids == null) {
                continue; // a module not on this classpath
            }
            List<Path> drls;
            try (Stream<Path> s = Files.walk(policyFile.getParent())) {
                drls = s.filter(p -> p.toString().endsWith(".drl")).toList();
            }
            for (Path drl : drls) {
                for (String line : Files.readAllLines(drl, StandardCharsets.UTF_8)) {
                    Matcher m = REFERENCE.matcher(line);
                    if (m.matches()) {
                        references++;
                        for (String ref : new LinkedHashSet<>(List.of(m.group(1).split(", ")))) {
                            if (!ids.contains(ref)) {
                                wrong.add(drl.getFileName() + ": unknown reading '" + ref + "' of " + id);
                            }
                        }
                    } else if (MENTION.matcher(line).find()) {
                        wrong.add(drl.getFileName() + ": a reading written in the rule file: " + line);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(references).as("rule files refer to readings").isPositive();
    }
}
