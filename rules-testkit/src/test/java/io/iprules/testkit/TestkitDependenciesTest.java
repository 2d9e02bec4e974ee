package io.iprules.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The testkit leaves JUnit's version to the project that uses it (README "Scenario files"): none of its JUnit
 * dependencies reaches that project's test class path, where it would stand beside the project's own JUnit engine
 * at another version (with JUnit 5.10, a NoSuchMethodError inside JUnit before any test ran).
 */
class TestkitDependenciesTest {

    @Test
    void noJunitDependencyIsPassedOnToTheTestkitsUsers() throws Exception {
        Element project;
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = Files.newInputStream(Path.of("pom.xml"))) { // Maven runs tests from the module's folder
            project = factory.newDocumentBuilder().parse(in).getDocumentElement();
        }
        assertThat(text(project, "artifactId")).isEqualTo("rules-testkit");

        List<String> passedOn = new ArrayList<>();
        List<String> junit = new ArrayList<>();
        Element dependencies = child(project, "dependencies");
        for (Element dependency : children(dependencies, "dependency")) {
            String groupId = text(dependency, "groupId");
            if (!groupId.startsWith("org.junit")) {
                continue;
            }
            String name = groupId + ":" + text(dependency, "artifactId");
            junit.add(name);
            String scope = text(dependency, "scope");
            boolean optional = "true".equals(text(dependency, "optional"));
            if (!optional && (scope == null || scope.equals("compile") || scope.equals("runtime"))) {
                passedOn.add(name + " (" + (scope == null ? "compile" : scope) + ")");
            }
        }
        assertThat(junit).as("the testkit is compiled against JUnit's API")
                .contains("org.junit.jupiter:junit-jupiter-api");
        assertThat(passedOn).as("JUnit dependencies that a project using the testkit would inherit").isEmpty();
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent().trim();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }
}
