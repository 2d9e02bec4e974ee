package io.iprules.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The BOM names every library module of the build at the build's version, so that a new module cannot be left
 * out of it (README "Use it from Maven"). A library module is one with jar packaging that is not the command
 * ({@code examples}) or the benchmarks.
 */
class BomIT {

    private static final Set<String> NOT_LIBRARIES = Set.of("examples", "benchmarks");

    @Test
    void theBomManagesEveryLibraryModuleAtTheParentsVersion() throws Exception {
        Path root = Path.of(System.getProperty("project.root"));
        Element parent = read(root.resolve("pom.xml"));
        String version = child(parent, "version").getTextContent().trim();

        Set<String> libraries = new TreeSet<>();
        for (Element module : children(child(parent, "modules"), "module")) {
            Path pom = root.resolve(module.getTextContent().trim()).resolve("pom.xml");
            Element project = read(pom);
            Element packaging = child(project, "packaging");
            String artifactId = child(project, "artifactId").getTextContent().trim();
            if ((packaging == null || packaging.getTextContent().trim().equals("jar"))
                    && !NOT_LIBRARIES.contains(artifactId)) {
                libraries.add(artifactId);
            }
        }
        assertThat(libraries).contains("rules-core", "rules-jiaxing");

        Element bom = read(root.resolve("ip-rules-bom/pom.xml"));
        assertThat(child(bom, "version").getTextContent().trim()).as("the BOM's version").isEqualTo(version);
        Set<String> managed = new TreeSet<>();
        for (Element dependency : children(child(child(bom, "dependencyManagement"), "dependencies"), "dependency")) {
            assertThat(child(dependency, "groupId").getTextContent().trim()).isEqualTo("io.iprules");
            assertThat(child(dependency, "version").getTextContent().trim()).isEqualTo("${project.version}");
            managed.add(child(dependency, "artifactId").getTextContent().trim());
        }
        assertThat(managed).as("the BOM's artifacts").isEqualTo(libraries);
    }

    private static Element read(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (var in = Files.newInputStream(pom)) {
            return factory.newDocumentBuilder().parse(in).getDocumentElement();
        }
    }

    /** The first direct child element named {@code name}, or null. */
    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }
}
