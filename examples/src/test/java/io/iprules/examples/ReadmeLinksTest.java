package io.iprules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's contents list names every section, and each of its links within the page leads to a heading: a
 * renamed section must not leave a reader at a link that goes nowhere.
 */
class ReadmeLinksTest {
    private static final Path README = Path.of("../README.md");
    private static final Pattern SECTION = Pattern.compile("(?m)^## (.+)$");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} (.+)$");
    private static final Pattern ANCHOR_LINK = Pattern.compile("\\]\\(#([^)\\s]+)\\)");

    @Test
    void theContentsListNamesEverySection() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf("**Contents.**");
        assertThat(start).as("the README's contents list").isNotNegative();
        String contents = readme.substring(start, readme.indexOf("\n\n", start));
        Matcher m = SECTION.matcher(readme);
        List<String> missing = new ArrayList<>();
        while (m.find()) {
            if (!contents.contains("(#" + anchor(m.group(1)) + ")")) {
                missing.add(m.group(1));
            }
        }
        assertThat(missing).as("sections the contents list leaves out").isEmpty();
    }

    @Test
    void everyLinkWithinThePageLeadsToAHeading() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        List<String> anchors = new ArrayList<>();
        Matcher h = HEADING.matcher(readme);
        while (h.find()) {
            anchors.add(anchor(h.group(1)));
        }
        Matcher link = ANCHOR_LINK.matcher(readme);
        List<String> broken = new ArrayList<>();
        int links = 0;
        while (link.find()) {
            links++;
            if (!anchors.contains(link.group(1))) {
                broken.add(link.group(1));
            }
        }
        assertThat(links).as("links within the page").isGreaterThanOrEqualTo(25);
        assertThat(broken).as("links to no heading").isEmpty();
    }

    @Test
    void anAnchorIsTheHeadingAsGitHubWritesIt() {
        assertThat(anchor("Install / distribution")).isEqualTo("install--distribution");
        assertThat(anchor("How pilot-city-2017 is read")).isEqualTo("how-pilot-city-2017-is-read");
        assertThat(anchor("The `policies` command")).isEqualTo("the-policies-command");
    }

    /** GitHub's anchor of a heading: lower case, spaces as hyphens, other punctuation dropped. */
    static String anchor(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\- _]", "").replace(' ', '-');
    }
}
