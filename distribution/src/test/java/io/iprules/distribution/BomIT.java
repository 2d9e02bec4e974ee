package io.iprules.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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

    /**
     * The BOM has no parent, so the parent's pinned plugin versions do not reach it: it pins the plugins of its own
     * lifecycle (a pom's: clean, install, deploy, site) at the parent's versions. With Maven's defaults instead,
     * {@code ./mvnw clean package} of the whole build ran maven-clean-plugin 3.2.0 in the BOM alone, which an
     * offline build ({@code -o}, as {@code scripts/check-reproducible.sh -o}) that had the parent's 3.5.0 could not
     * resolve.
     */
    @Test
    void theBomPinsItsLifecyclePluginsAtTheParentsVersions() throws Exception {
        Path root = Path.of(System.getProperty("project.root"));
        Map<String, String> parent = pinnedPlugins(read(root.resolve("pom.xml")));
        Map<String, String> bom = pinnedPlugins(read(root.resolve("ip-rules-bom/pom.xml")));
        for (String plugin : List.of("maven-clean-plugin", "maven-install-plugin", "maven-deploy-plugin",
                "maven-site-plugin")) {
            assertThat(parent).as("the parent pins %s", plugin).containsKey(plugin);
            assertThat(bom.get(plugin)).as("%s in the BOM", plugin).isEqualTo(parent.get(plugin));
        }
    }

    /** The versions a pom's {@code build/pluginManagement} gives, by artifactId. */
    private static Map<String, String> pinnedPlugins(Element project) {
        Map<String, String> versions = new TreeMap<>();
        Element build = child(project, "build");
        Element management = build == null ? null : child(build, "pluginManagement");
        Element plugins = management == null ? null : child(management, "plugins");
        if (plugins != null) {
            for (Element plugin : children(plugins, "plugin")) {
                Element version = child(plugin, "version");
                if (version != null) {
                    versions.put(child(plugin, "artifactId").getTextContent().trim(), version.getTextContent().trim());
                }
            }
        }
        return versions;
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
