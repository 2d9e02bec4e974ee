package io.iprules.internal;

import io.iprules.ConfigurationException;
import io.iprules.Text;
import io.iprules.json.WordLists;
import io.iprules.spi.RuleBase;
import io.iprules.spi.RuleRecorder;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.nio.charset.StandardCharsets;
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
import java.util.SortedMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.conf.DeclarativeAgendaOption;
import org.kie.api.conf.EqualityBehaviorOption;
import org.kie.api.conf.EventProcessingOption;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.conf.KieBaseOption;
import org.kie.api.conf.RemoveIdentitiesOption;
import org.kie.api.conf.SequentialOption;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.AccumulateNullPropagationOption;
import org.kie.api.runtime.conf.DirectFiringOption;
import org.kie.api.runtime.conf.ThreadSafeOption;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.Match;
import org.kie.api.command.ExecutableCommand;
import org.kie.api.runtime.Context;
import org.kie.internal.command.RegistryContext;
import org.kie.internal.conf.ParallelExecutionOption;
import org.kie.internal.conf.SequentialAgendaOption;
import org.kie.internal.event.rule.RuleEventListener;
import org.kie.internal.event.rule.RuleEventManager;
import org.kie.internal.runtime.conf.ForceEagerActivationOption;
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

    private DroolsRuleBases() {
    }

    /**
     * A loaded rule base and the files it was compiled from.
     *
     * @param rules   the rule base
     * @param sources path in its jar → bytes: the kbase's {@code kmodule.xml} and every resource other than
     *                classes in the kbase's packages (its {@code .drl} files), for the receipt's rules digest
     */
    public record Built(RuleBase rules, SortedMap<String, byte[]> sources) {
    }

    /**
     * Loads the rule base of each policy id.
     *
     * @param loader the class loader holding the policy modules
     * @param owners policy id → where its module comes from (for messages)
     * @throws ConfigurationException when a rule base is missing, declared twice, not compiled to the executable
     *                                model, or has a rule without {@code @citation}
     */
    public static Map<String, Built> load(ClassLoader loader, Map<String, ?> owners) {
        Map<String, List<Declared>> declared = declaredKieBases(loader);
        for (Map.Entry<String, List<Declared>> e : declared.entrySet()) {
            if (e.getValue().size() > 1) {
                throw CoreMessages.cannotStart("start.rule-base-twice", null, e.getKey(), KMODULE,
                        WordLists.and(e.getValue().stream().map(Declared::toString).toList()));
            }
        }
        for (Map.Entry<String, ?> owner : owners.entrySet()) {
            String id = owner.getKey();
            if (!declared.containsKey(id)) {
                throw CoreMessages.cannotStart("start.no-rule-base", null, id, owner.getValue(), KMODULE,
                        declared.isEmpty() ? Text.bilingual("无", "none") : WordLists.and(declared.keySet()));
            }
        }
        // one rule base per module, built side by side
        Map<String, Built> built = new java.util.concurrent.ConcurrentHashMap<>();
        owners.keySet().parallelStream().forEach(id -> {
            Declared d = declared.get(id).get(0);
            built.put(id, new Built(open(loader, id, d), sources(d)));
        });
        Map<String, Built> out = new LinkedHashMap<>();
        owners.keySet().forEach(id -> out.put(id, built.get(id)));
        return out;
    }

    private static boolean isRuleFile(String path) {
        String p = path.toLowerCase(java.util.Locale.ROOT);
        return p.endsWith(".drl") || p.endsWith(".dslr") || p.endsWith(".dsl") || p.endsWith(".rdrl")
                || p.endsWith(".drl.xls") || p.endsWith(".drl.xlsx") || p.endsWith(".drl.csv") || p.endsWith(".dmn")
                || p.endsWith(".pmml");
    }

    /** The kmodule.xml and the rule files of the kbase's packages, from the jar (or folder) of the kmodule.xml. */
    private static SortedMap<String, byte[]> sources(Declared d) {
        SortedMap<String, byte[]> files = Fingerprints.files();
        try (InputStream in = d.kmodule().openStream()) {
            files.put(KMODULE, in.readAllBytes());
        } catch (IOException e) {
            throw CoreMessages.cannotStart("start.unreadable", e, d.kmodule(), e.getMessage());
        }
        if (d.packages().isEmpty()) {
            // a kbase of every package: every rule file of the jar
            Fingerprints.addResources(files, d.kmodule(), KMODULE, "", true, DroolsRuleBases::isRuleFile);
        }
        for (String p : d.packages()) {
            boolean all = p.endsWith(".*");
            String name = all ? p.substring(0, p.length() - 2) : p;
            Fingerprints.addResources(files, d.kmodule(), KMODULE, name.replace('.', '/') + "/", all, path -> true);
        }
        return files;
    }

    /** The {@link OutOfMemoryError} a reflective call or a class's initialiser wrapped, thrown as itself. */
    static void throwIfOutOfMemory(Throwable e) {
        Throwable c = e;
        for (int depth = 0; c != null && depth < 64; c = c.getCause(), depth++) { // a chain may loop
            if (c instanceof OutOfMemoryError oom) {
                throw oom;
            }
        }
    }

    /**
     * Builds the kbase straight from the executable model its jar carries (the model classes the kie-maven-plugin
     * listed in {@code META-INF/kie/…/drools-model}), keeping the rules of the kbase's packages. This skips the
     * KIE classpath container, whose start-up (kmodule XML binding, classpath scanning) cost more than building
     * the rule base itself.
     */
    private static RuleBase open(ClassLoader loader, String id, Declared declared) {
        List<String> modelClasses = modelClasses(id, declared.kmodule());
        List<Model> models = new ArrayList<>();
        for (String name : modelClasses) {
            Model m;
            try {
                m = (Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
                throwIfOutOfMemory(e); // a heap too small for the rules, not a broken build to rebuild
                throw CoreMessages.cannotStart("start.model-class", e, id, name, e);
            }
            if (declared.packages().isEmpty() || declared.packages().stream()
                    .anyMatch(p -> inPackage(m.getPackageName(), p))) {
                models.add(m);
            }
        }
        KieBase kieBase;
        try {
            kieBase = KieBaseBuilder.createKieBaseFromModel(models, ruleBaseOptions(declared.sequential()));
        } catch (RuntimeException e) {
            throw CoreMessages.cannotStart("start.rule-base-build", e, id, e.getMessage());
        }
        List<String> uncited = new ArrayList<>();
        int rules = 0;
        Map<Rule, String> citations = new java.util.IdentityHashMap<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                rules++;
                String c = citation(r);
                if (c == null) {
                    uncited.add(p.getName() + "." + r.getName());
                }
                // interned, as the kit's targets' citations are: a rule checking it cites a target's clause then
                // compares two references to one string, not its characters
                citations.put(r, c == null ? null : c.intern());
            }
        }
        if (!uncited.isEmpty()) {
            throw CoreMessages.cannotStart("start.uncited", null, id, uncited);
        }
        if (rules == 0) {
            throw CoreMessages.cannotStart("start.no-rules", null, id, KMODULE);
        }
        LOG.debug("rule base {} loaded: {} rules{}", id, rules, declared.sequential() ? ", sequential" : "");
        KieSessionsPool pool = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        KieSessionConfiguration sessions = sessionOptions();
        CitationTracker tracker = new CitationTracker(citations);
        if (declared.sequential()) {
            // Drools runs sequential mode in its stateless sessions only: a command run in one reaches the session
            // it borrows, where the per-match listener goes, as for the pooled sessions below
            StatelessKieSession session = pool.newStatelessKieSession(sessions);
            return facts -> session.execute(new Fire(facts, tracker));
        }
        return new PooledRuleBase(pool, sessions, tracker);
    }

    /*
     * The Drools options every rule was written and tested under are set here, on each rule base and each session,
     * so that no drools.* system property of the host JVM can change a decision: one set for another Drools
     * application in the same server, or as a tuning tip. Before they were set, four such properties changed what
     * 2,000 generated requests per policy gave (HostDroolsPropertiesTest): drools.threadSafe=false put one
     * applicant's candidates into another's result in a pooled session; drools.directFiring=true and
     * drools.forceEagerActivation=true changed results or the rules fired without an error;
     * drools.kieBaseMutability=DISABLED failed every rule that modifies a fact it reached through another. The
     * values set are Drools' own defaults. Options that only tune speed (node sharing, memory indexing, hashing
     * thresholds) stay with Drools.
     */

    /** The rule base's options: the defaults the rules rely on, and sequential mode where the kbase declares it. */
    private static KieBaseOption[] ruleBaseOptions(boolean sequential) {
        return new KieBaseOption[] {
            sequential ? SequentialOption.YES : SequentialOption.NO,
            EqualityBehaviorOption.IDENTITY, // two equal records are two facts
            RemoveIdentitiesOption.NO,
            KieBaseMutabilityOption.ALLOWED,
            EventProcessingOption.CLOUD,
            DeclarativeAgendaOption.DISABLED,
            ParallelExecutionOption.SEQUENTIAL,
            SequentialAgendaOption.SEQUENTIAL,
        };
    }

    /**
     * The sessions' options, one object per rule base (the pool keeps its sessions per configuration object).
     * Thread-safe although a session serves one thread at a time: pooled sessions that were not let one
     * applicant's candidates into another's result (see above).
     */
    private static KieSessionConfiguration sessionOptions() {
        KieSessionConfiguration conf = KieServices.get().newKieSessionConfiguration();
        conf.setOption(ThreadSafeOption.YES);
        conf.setOption(DirectFiringOption.NO);
        conf.setOption(ForceEagerActivationOption.NO);
        conf.setOption(AccumulateNullPropagationOption.NO);
        return conf;
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

    /**
     * A kbase as a kmodule.xml declares it: where, which rule packages it holds, and whether it runs in Drools'
     * sequential mode ({@code sequential="true"}: each rule fires at most once per match, in salience order, and a
     * {@code modify} does not re-evaluate other rules — a module declares it only where its rules never depend on
     * what another rule changed).
     */
    record Declared(URL kmodule, List<String> packages, boolean sequential) {
        @Override
        public String toString() {
            return kmodule.toString();
        }
    }

    /** kbase name → the kmodule.xml files declaring it. */
    static Map<String, List<Declared>> declaredKieBases(ClassLoader loader) {
        Map<String, List<Declared>> out = new LinkedHashMap<>();
        try {
            for (URL url : Collections.list(loader.getResources(KMODULE))) {
                kieBases(url).forEach((name, kbase) -> out.computeIfAbsent(name, k -> new ArrayList<>())
                        .add(new Declared(url, kbase.packages(), kbase.sequential())));
            }
        } catch (IOException e) {
            throw CoreMessages.cannotStart("start.kmodules-unlisted", e, KMODULE, e.getMessage());
        }
        return out;
    }

    private record KieBaseAttributes(List<String> packages, boolean sequential) {
    }

    private static Map<String, KieBaseAttributes> kieBases(URL url) {
        try (InputStream in = url.openStream()) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setNamespaceAware(true);
            NodeList kbases = f.newDocumentBuilder().parse(in).getElementsByTagNameNS("*", "kbase");
            Map<String, KieBaseAttributes> out = new LinkedHashMap<>();
            for (int i = 0; i < kbases.getLength(); i++) {
                Element e = (Element) kbases.item(i);
                List<String> packages = new ArrayList<>();
                for (String p : e.getAttribute("packages").split(",")) {
                    if (!p.isBlank()) {
                        packages.add(p.trim());
                    }
                }
                out.put(e.getAttribute("name"), new KieBaseAttributes(packages,
                        "true".equalsIgnoreCase(e.getAttribute("sequential").trim())));
            }
            return out;
        } catch (Exception e) {
            throw CoreMessages.cannotStart("start.unreadable", e, url, e.getMessage());
        }
    }

    private static boolean inPackage(String modelPackage, String declared) {
        if (declared.endsWith(".*")) {
            String prefix = declared.substring(0, declared.length() - 2);
            return modelPackage.equals(prefix) || modelPackage.startsWith(prefix + ".");
        }
        return modelPackage.equals(declared);
    }

    /**
     * The model classes listed by the drools-model index(es) in the same jar (or folder) as the kmodule.xml. The
     * kie-maven-plugin writes the index; without it the rules were not compiled to the executable model.
     */
    private static List<String> modelClasses(String id, URL kmodule) {
        List<String> indexes = new ArrayList<>();
        try {
            URLConnection c = kmodule.openConnection();
            if (c instanceof JarURLConnection jar) {
                c.setUseCaches(false);
                try (JarFile file = jar.getJarFile()) {
                    for (JarEntry e : Collections.list(file.entries())) {
                        if (e.getName().startsWith("META-INF/kie/") && e.getName().endsWith("/drools-model")) {
                            try (InputStream in = file.getInputStream(e)) {
                                indexes.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                            }
                        }
                    }
                }
            } else if ("file".equals(kmodule.getProtocol())) {
                Path root = Paths.get(kmodule.toURI()).getParent().resolve("kie");
                try (Stream<Path> files = Files.exists(root) ? Files.walk(root) : Stream.empty()) {
                    for (Path p : files.filter(p -> p.getFileName().toString().equals("drools-model")).toList()) {
                        indexes.add(Files.readString(p, StandardCharsets.UTF_8));
                    }
                }
            } else {
                throw CoreMessages.cannotStart("start.unusual-loader", null, id, kmodule);
            }
        } catch (IOException | URISyntaxException e) {
            throw CoreMessages.cannotStart("start.uninspectable", e, kmodule, e.getMessage());
        }
        if (indexes.isEmpty()) {
            throw CoreMessages.cannotStart("start.not-executable-model", null, id, kmodule);
        }
        List<String> classes = new ArrayList<>();
        for (String index : indexes) {
            for (String line : index.split("\\R")) {
                String l = line.trim();
                if (l.startsWith("Drools-Model-Version:")) {
                    String version = l.substring("Drools-Model-Version:".length()).trim();
                    if (DROOLS_VERSION != null && !version.equals(DROOLS_VERSION)) {
                        throw CoreMessages.cannotStart("start.drools-version", null, id, version, DROOLS_VERSION);
                    }
                } else if (!l.isEmpty()) {
                    classes.add(l);
                }
            }
        }
        return classes;
    }

    /**
     * The Drools version on the class path, which the modules' executable models must match; null when the jar does not
     * say.
     */
    private static final String DROOLS_VERSION = droolsVersion();

    private static String droolsVersion() {
        Package p = KieBaseBuilder.class.getPackage();
        return p == null ? null : p.getImplementationVersion();
    }

    /**
     * A rule base whose runs take a session from Drools' pool, insert the facts, fire, and give the session back
     * (reset). What {@code StatelessKieSession.execute} does, with the citations told through Drools' per-match
     * listener, which builds no event object per firing.
     */
    private static final class PooledRuleBase implements RuleBase {
        private final KieSessionsPool pool;
        private final KieSessionConfiguration sessions;
        private final CitationTracker tracker;

        PooledRuleBase(KieSessionsPool pool, KieSessionConfiguration sessions, CitationTracker tracker) {
            this.pool = pool;
            this.sessions = sessions;
            this.tracker = tracker;
        }

        @Override
        public void run(Collection<?> facts) {
            KieSession session = pool.newKieSession(sessions);
            try {
                fire(session, facts, tracker);
            } finally {
                session.dispose();
            }
        }
    }

    /** Inserts the facts and fires the rules, with the citation listener on the session for the time of the run. */
    private static void fire(KieSession session, Collection<?> facts, CitationTracker tracker) {
        RuleEventManager events = (RuleEventManager) session;
        events.addEventListener(tracker);
        try {
            for (Object f : facts) {
                session.insert(f);
            }
            session.fireAllRules();
        } finally {
            events.removeEventListener(tracker);
        }
    }

    /** {@link #fire} in the session a stateless session lends the command. */
    private record Fire(Collection<?> facts, CitationTracker tracker) implements ExecutableCommand<Void> {
        @Override
        public Void execute(Context context) {
            fire(((RegistryContext) context).lookup(KieSession.class), facts, tracker);
            return null;
        }

        @Override
        public boolean autoFireAllRules() {
            return false; // fired above, inside the listener's time
        }
    }

    /**
     * Tells the recorder bound by a firing rule which rule and clause it is acting for. One per rule base, shared by
     * its sessions; it keeps only the citations, read once from the rules' metadata when the rule base was built.
     * Drools tells it of each match through its per-match listener (no event object per firing), in the pooled
     * sessions and in those the stateless sessions of sequential mode lend ({@link Fire}).
     */
    private static final class CitationTracker implements RuleEventListener {
        private final Map<Rule, String> citations;

        CitationTracker(Map<Rule, String> citations) {
            this.citations = citations;
        }

        /**
         * The recorder of the consequence running on this thread: a session fires one consequence at a time on the
         * thread that runs it, so the recorder found before the firing is the one to tell after it (Drools builds
         * the match's object list anew at each call: it is read once per firing).
         */
        private static final ThreadLocal<RuleRecorder> FIRING = new ThreadLocal<>();

        @Override
        public void onBeforeMatchFire(Match match) {
            RuleRecorder d = recorderOf(match);
            FIRING.set(d);
            if (d != null) {
                Rule r = match.getRule();
                String c = citations.get(r);
                d.ruleStarted(r.getName(), c != null ? c : citation(r));
            }
        }

        @Override
        public void onAfterMatchFire(Match match) {
            RuleRecorder d = FIRING.get();
            if (d != null) {
                FIRING.set(null);
                d.ruleFinished();
            }
        }

        /**
         * The recorder of a firing: the fact of its rule's first pattern, where the rules bind it (a carrier, or the
         * recorder itself), read from the root of the match's tuple; else the first found among all the matched
         * objects, which Drools lists anew at each call.
         */
        private static RuleRecorder recorderOf(Match match) {
            if (match instanceof org.drools.core.reteoo.TupleImpl t) {
                org.drools.core.common.InternalFactHandle h = t.getRootTuple().getFactHandle();
                Object first = h == null ? null : h.getObject();
                if (first instanceof RuleRecorder.Carrier f) {
                    return f.recorder();
                }
                if (first instanceof RuleRecorder d) {
                    return d;
                }
            }
            return recorderOf(match.getObjects());
        }

        private static RuleRecorder recorderOf(List<Object> objects) {
            for (int i = 0, n = objects.size(); i < n; i++) {
                Object o = objects.get(i);
                // a carrier first: most rules match one first, and on Java 17 a failed test against one interface
                // then a passed one against another costs a scan of the class's interfaces each time
                if (o instanceof RuleRecorder.Carrier f) {
                    return f.recorder();
                }
                if (o instanceof RuleRecorder d) {
                    return d;
                }
            }
            return null;
        }
    }
}
