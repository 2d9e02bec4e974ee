package io.iprules.internal;

import io.iprules.ConfigurationException;
import io.iprules.spi.Decision;
import io.iprules.spi.RuleBase;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.StatelessKieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The only place that knows Drools: finds the KIE bases declared by the {@code META-INF/kmodule.xml} files on a
 * class loader, checks them (each declared once, compiled to the executable model, every rule citing its
 * clause), and wraps each in a thread-safe {@link RuleBase}. Not API: public only so the engine can reach it.
 */
public final class DroolsRuleBases {
    private static final Logger LOG = LoggerFactory.getLogger(DroolsRuleBases.class);
    private static final String KMODULE = "META-INF/kmodule.xml";
    private static final Map<ClassLoader, KieContainer> CONTAINERS = new ConcurrentHashMap<>();

    private DroolsRuleBases() {
    }

    /**
     * Loads the rule base of each policy id.
     *
     * @param loader the class loader holding the policy modules
     * @param owners policy id → where its module comes from (for messages)
     * @throws ConfigurationException when a rule base is missing, declared twice, not compiled to the executable
     *                                model, or has a rule without {@code @citation}
     */
    public static Map<String, RuleBase> load(ClassLoader loader, Map<String, String> owners) {
        Map<String, List<URL>> declared = declaredKieBases(loader);
        for (Map.Entry<String, List<URL>> e : declared.entrySet()) {
            if (e.getValue().size() > 1) {
                throw new ConfigurationException("rule base '" + e.getKey() + "' is declared by more than one "
                        + KMODULE + " " + e.getValue() + "; Drools would silently use only the first. "
                        + "Keep one copy of the module on the classpath, or give each kbase a unique name.");
            }
        }
        Map<String, RuleBase> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> owner : owners.entrySet()) {
            String id = owner.getKey();
            List<URL> where = declared.get(id);
            if (where == null) {
                throw new ConfigurationException("policy module '" + id + "' (" + owner.getValue() + ") has no rule "
                        + "base: its " + KMODULE + " must declare <kbase name=\"" + id + "\" packages=\"…\"/>. "
                        + "Rule bases found: " + declared.keySet());
            }
            requireExecutableModel(id, where.get(0));
            out.put(id, open(loader, id));
        }
        return out;
    }

    private static RuleBase open(ClassLoader loader, String id) {
        KieContainer container = CONTAINERS.computeIfAbsent(loader, l -> KieServices.get().newKieClasspathContainer(l));
        KieBase kieBase;
        try {
            kieBase = container.getKieBase(id);
        } catch (RuntimeException e) {
            throw new ConfigurationException("rule base '" + id + "' cannot be loaded: " + e.getMessage(), e);
        }
        List<String> uncited = new ArrayList<>();
        int rules = 0;
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                rules++;
                if (citation(r) == null) {
                    uncited.add(p.getName() + "." + r.getName());
                }
            }
        }
        if (!uncited.isEmpty()) {
            throw new ConfigurationException("rule base '" + id + "' has rules without @citation(\"…\"): " + uncited
                    + ". Every rule cites the clause it implements.");
        }
        if (rules == 0) {
            throw new ConfigurationException("rule base '" + id + "' has no rules: check the packages attribute "
                    + "of its kbase in " + KMODULE + " matches the folder of its rule files");
        }
        LOG.debug("rule base {} loaded: {} rules", id, rules);
        StatelessKieSession session = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors())
                .newStatelessKieSession();
        session.addEventListener(CitationTracker.INSTANCE);
        return new PooledRuleBase(session);
    }

    static String citation(Rule r) {
        Object c = r.getMetaData().get("citation");
        if (c == null) {
            return null;
        }
        String s = c.toString().trim();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1); // rules built at run time come back quoted
        }
        return s.isEmpty() ? null : s;
    }

    /** kbase name → the kmodule.xml files declaring it. */
    static Map<String, List<URL>> declaredKieBases(ClassLoader loader) {
        Map<String, List<URL>> out = new LinkedHashMap<>();
        try {
            for (URL url : Collections.list(loader.getResources(KMODULE))) {
                for (String name : kieBaseNames(url)) {
                    out.computeIfAbsent(name, k -> new ArrayList<>()).add(url);
                }
            }
        } catch (IOException e) {
            throw new ConfigurationException("cannot list " + KMODULE + " files: " + e.getMessage(), e);
        }
        return out;
    }

    private static List<String> kieBaseNames(URL url) {
        try (InputStream in = url.openStream()) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setNamespaceAware(true);
            NodeList kbases = f.newDocumentBuilder().parse(in).getElementsByTagNameNS("*", "kbase");
            List<String> names = new ArrayList<>();
            for (int i = 0; i < kbases.getLength(); i++) {
                names.add(((Element) kbases.item(i)).getAttribute("name"));
            }
            return names;
        } catch (Exception e) {
            throw new ConfigurationException("cannot read " + url + ": " + e.getMessage(), e);
        }
    }

    /** The kie-maven-plugin writes a drools-model index next to the classes; without it rules would be compiled at run time, or fail. */
    private static void requireExecutableModel(String id, URL kmodule) {
        boolean found;
        try {
            URLConnection c = kmodule.openConnection();
            if (c instanceof JarURLConnection jar) {
                c.setUseCaches(false);
                try (JarFile file = jar.getJarFile()) {
                    found = file.stream().anyMatch(e -> e.getName().startsWith("META-INF/kie/")
                            && e.getName().endsWith("/drools-model"));
                }
            } else if ("file".equals(kmodule.getProtocol())) {
                Path root = Paths.get(kmodule.toURI()).getParent().resolve("kie");
                try (Stream<Path> files = Files.exists(root) ? Files.walk(root) : Stream.empty()) {
                    found = files.anyMatch(p -> p.getFileName().toString().equals("drools-model"));
                }
            } else {
                return; // an unusual class loader: trust it
            }
        } catch (IOException | URISyntaxException e) {
            throw new ConfigurationException("cannot inspect " + kmodule + ": " + e.getMessage(), e);
        }
        if (!found) {
            throw new ConfigurationException("rule base '" + id + "' (" + kmodule + ") was not compiled to the "
                    + "executable model at build time: its module needs the kie-maven-plugin and a direct "
                    + "drools-engine dependency, then a clean build");
        }
    }

    private static final class PooledRuleBase implements RuleBase {
        private final StatelessKieSession session;

        PooledRuleBase(StatelessKieSession session) {
            this.session = session;
        }

        @Override
        public void run(Decision decision, Collection<?> facts) {
            List<Object> all = new ArrayList<>(facts.size() + 1);
            all.add(decision);
            all.addAll(facts);
            session.execute(all);
        }
    }

    /** Tells the decision bound by a firing rule which rule and clause it is acting for. Stateless; shared. */
    private static final class CitationTracker extends DefaultAgendaEventListener {
        static final CitationTracker INSTANCE = new CitationTracker();

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            Decision d = decisionOf(event.getMatch().getObjects());
            if (d != null) {
                Rule r = event.getMatch().getRule();
                d.ruleStarted(r.getName(), citation(r));
            }
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            Decision d = decisionOf(event.getMatch().getObjects());
            if (d != null) {
                d.ruleFinished();
            }
        }

        private static Decision decisionOf(List<Object> objects) {
            for (Object o : objects) {
                if (o instanceof Decision d) {
                    return d;
                }
            }
            return null;
        }
    }
}
