package io.iprules.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.iprules.ConfigurationException;
import io.iprules.EvaluationRequest;
import io.iprules.ParameterInfo;
import io.iprules.ParameterValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The digests of a decision receipt ({@link io.iprules.Receipt}): SHA-256 over canonical bytes. Not API: public
 * only so the engine and the JSON contract can reach it. Thread-safe.
 */
public final class Fingerprints {
    /** The prefix of every digest. */
    public static final String SHA256 = "sha256:";

    /**
     * Writes a bound request canonically: object fields sorted by name at every level, map entries sorted by key,
     * no whitespace, dates as {@code YYYY-MM-DD}, decimals as plain strings with their scale ({@code "12345.60"}
     * stays so; a figure given as {@code 0.31} or {@code "0.31"} is the same), nulls written; only the fields a
     * request can carry (a record's components, a property with a setter or a creator parameter), not a value a
     * request type derives from them (a derived getter had been written, last, after the sorted fields, where no one
     * recomputing a digest from the request could have put it). Made on first use:
     * an engine that is never asked for a receipt does not pay for it at start-up.
     */
    private static final class Canonical {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule().addSerializer(BigDecimal.class, new PlainDecimal())
                        // dates as YYYY-MM-DD: LocalDate.toString is that (IsoDates writes it without a builder)
                        .addSerializer(LocalDate.class, new IsoDate()))
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(MapperFeature.REQUIRE_SETTERS_FOR_GETTERS) // a derived getter is no field of the request
                .disable(MapperFeature.USE_GETTERS_AS_SETTERS) // nor is a derived list, read as its own setter
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .build();
    }

    /** For the parameters, written field by field: no mapper needed. */
    private static final JsonFactory PLAIN = new JsonFactory();

    private static final String LIBRARY_VERSION = readLibraryVersion();

    private Fingerprints() {
    }

    /** The version of rules-core, from its filtered {@code io/iprules/rules-core.properties}. */
    public static String libraryVersion() {
        return LIBRARY_VERSION;
    }

    private static String readLibraryVersion() {
        try (InputStream in = Fingerprints.class.getResourceAsStream("/io/iprules/rules-core.properties")) {
            if (in == null) {
                throw new IllegalStateException("io/iprules/rules-core.properties is missing from rules-core");
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version");
            if (v == null || v.isBlank() || v.startsWith("${")) {
                throw new IllegalStateException("rules-core.properties has no version (was it filtered by the build?)");
            }
            return v.trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code sha256:} and the lowercase hex SHA-256 of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        return SHA256 + HexFormat.of().formatHex(digest(bytes));
    }

    private static byte[] digest(byte[] bytes) {
        return sha256().digest(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    // ------------------------------------------------------------------ request

    /**
     * The canonical bytes of a request as evaluated: {@code {"asOf":…,"policy":…,"<subjectKey>":<subject>}}, the
     * subject written as described for {@link Canonical}.
     */
    public static byte[] canonicalRequest(EvaluationRequest request, String subjectKey) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        writeCanonical(request, subjectKey, out);
        return out.toByteArray();
    }

    /**
     * The digest of {@link #canonicalRequest}, hashed as it is written, by a generator and a digest this thread
     * keeps (a batch asks for a million: a generator and its buffers made per request cost more than the hashing).
     */
    public static String request(EvaluationRequest request, String subjectKey) {
        RequestDigest d = REQUEST_DIGESTS.get();
        try {
            writeCanonical(request, subjectKey, d.generator);
            d.generator.flush();
        } catch (IOException e) {
            REQUEST_DIGESTS.remove(); // stopped in the middle of a document: the next request gets a new one
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            REQUEST_DIGESTS.remove();
            throw e;
        }
        return SHA256 + HexFormat.of().formatHex(d.sha.digest()); // digest() also resets it for the next request
    }

    private static final ThreadLocal<RequestDigest> REQUEST_DIGESTS = ThreadLocal.withInitial(RequestDigest::new);

    /**
     * A SHA-256 fed by a canonical generator that stays open, one document after another with nothing between
     * them: the same bytes as a generator made for each request and closed after it.
     */
    private static final class RequestDigest extends OutputStream {
        final MessageDigest sha = sha256();
        final JsonGenerator generator;

        RequestDigest() {
            try {
                generator = Canonical.MAPPER.getFactory().createGenerator(this);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            generator.setRootValueSeparator(null);
        }

        @Override
        public void write(int b) {
            sha.update((byte) b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            sha.update(b, off, len);
        }
    }

    private static void writeCanonical(EvaluationRequest request, String subjectKey, OutputStream out) {
        try (JsonGenerator g = Canonical.MAPPER.getFactory().createGenerator(out)) {
            writeCanonical(request, subjectKey, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The three keys in sorted order, as everywhere below. */
    private static void writeCanonical(EvaluationRequest request, String subjectKey, JsonGenerator g)
            throws IOException {
        String first;
        String second;
        String third;
        // "asOf" < "policy" always; the subject's key goes where it sorts
        if (subjectKey.compareTo("asOf") < 0) {
            first = subjectKey;
            second = "asOf";
            third = "policy";
        } else if (subjectKey.compareTo("policy") < 0) {
            first = "asOf";
            second = subjectKey;
            third = "policy";
        } else {
            first = "asOf";
            second = "policy";
            third = subjectKey;
        }
        g.writeStartObject();
        writeCanonicalField(request, first, g);
        writeCanonicalField(request, second, g);
        writeCanonicalField(request, third, g);
        g.writeEndObject();
    }

    private static void writeCanonicalField(EvaluationRequest request, String k, JsonGenerator g) throws IOException {
        g.writeFieldName(k);
        switch (k) {
            case "asOf" -> g.writeString(IsoDates.format(request.asOf()));
            case "policy" -> g.writeString(request.policy());
            default -> WRITERS.get(request.subject().getClass()).writeValue(g, request.subject());
        }
    }

    /** A writer per subject type, its serializer found once. */
    private static final ClassValue<ObjectWriter> WRITERS = new ClassValue<>() {
        @Override
        protected ObjectWriter computeValue(Class<?> type) {
            return Canonical.MAPPER.writerFor(type);
        }
    };

    // ------------------------------------------------------------------ parameters

    /**
     * The canonical bytes of a policy's parameter values in force: a JSON list sorted by parameter name of
     * {@code {"name","open","unit","values":[{"from","source","value"}]}}, values as written, oldest first.
     */
    public static byte[] canonicalParameters(List<ParameterInfo> parameters) {
        List<ParameterInfo> sorted = new ArrayList<>(parameters);
        sorted.sort(Comparator.comparing(ParameterInfo::name));
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (JsonGenerator g = PLAIN.createGenerator(out)) {
            g.writeStartArray();
            for (ParameterInfo p : sorted) {
                g.writeStartObject();
                g.writeStringField("name", p.name());
                g.writeBooleanField("open", p.open());
                g.writeStringField("unit", p.unit().name());
                g.writeArrayFieldStart("values");
                for (ParameterValue v : p.values()) {
                    g.writeStartObject();
                    g.writeStringField("from", v.from().toString());
                    g.writeStringField("source", v.source());
                    g.writeStringField("value", v.value());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The digest of {@link #canonicalParameters}. */
    public static String parameters(List<ParameterInfo> parameters) {
        return sha256(canonicalParameters(parameters));
    }

    // ------------------------------------------------------------------ rule material

    /**
     * A module's rule material as {@code sha256sum} would list it: one line {@code <hex>  <path>} per file, sorted
     * by path, so that the rules digest ({@link #material}) can be recomputed with standard tools from the jars.
     *
     * @param files path in its jar → bytes
     */
    public static String manifest(SortedMap<String, byte[]> files) {
        return manifest(files, new java.util.IdentityHashMap<>());
    }

    /**
     * The {@link #manifest(SortedMap)} of {@code files}, each file's hex SHA-256 taken from {@code hashed} where
     * that holds its bytes (the same array), and put there otherwise: the files of rules-core and of the policy
     * kit, which every module's material holds, are hashed once per engine, not once per module.
     *
     * @param hashed an identity map of bytes to their hex SHA-256, confined to the caller's thread
     */
    public static String manifest(SortedMap<String, byte[]> files, Map<byte[], String> hashed) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            b.append(hex(e.getValue(), hashed)).append("  ").append(e.getKey()).append('\n');
        }
        return b.toString();
    }

    /** The hex SHA-256 of {@code bytes}, from {@code hashed} or put there: see {@link #manifest(SortedMap, Map)}. */
    public static String hex(byte[] bytes, Map<byte[], String> hashed) {
        String hex = hashed.get(bytes);
        if (hex == null) {
            hex = HexFormat.of().formatHex(digest(bytes));
            hashed.put(bytes, hex);
        }
        return hex;
    }

    /** The digest of the {@link #manifest} of {@code files}. */
    public static String material(SortedMap<String, byte[]> files) {
        return sha256(manifest(files).getBytes(StandardCharsets.UTF_8));
    }

    /** The digest of the {@link #manifest(SortedMap, Map)} of {@code files}, with its memory of hashed files. */
    public static String material(SortedMap<String, byte[]> files, Map<byte[], String> hashed) {
        return sha256(manifest(files, hashed).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Adds to {@code into} the resources under {@code folder} (a path such as {@code io/iprules/example/}) in the
     * jar or class folder that holds {@code anchor}, a resource whose path is {@code anchorPath}. A path already
     * present is kept. Compiled classes count too (the module's Java and the executable model of its rules): the
     * build is reproducible, so the same sources give the same class bytes.
     *
     * @param recursive also the sub-folders
     * @param also      a further condition on the path
     * @throws ConfigurationException when the jar or folder cannot be read, or the class loader is unusual
     */
    public static void addResources(SortedMap<String, byte[]> into, URL anchor, String anchorPath, String folder,
                                    boolean recursive, Predicate<String> also) {
        Predicate<String> wanted = path -> path.startsWith(folder) && !path.endsWith("/")
                && (recursive || path.indexOf('/', folder.length()) < 0) && also.test(path);
        try {
            URLConnection c = anchor.openConnection();
            if (c instanceof JarURLConnection jar) {
                c.setUseCaches(false);
                try (JarFile file = jar.getJarFile()) {
                    for (JarEntry e : Collections.list(file.entries())) {
                        if (!e.isDirectory() && wanted.test(e.getName()) && !into.containsKey(e.getName())) {
                            try (InputStream in = file.getInputStream(e)) {
                                into.put(e.getName(), in.readAllBytes());
                            }
                        }
                    }
                }
            } else if ("file".equals(anchor.getProtocol())) {
                Path resource = Paths.get(anchor.toURI());
                Path root = resource;
                for (int i = 0; i < anchorPath.split("/").length; i++) {
                    root = root.getParent();
                }
                Path start = root.resolve(folder);
                if (!Files.isDirectory(start)) {
                    return;
                }
                Path base = root;
                try (Stream<Path> files = recursive ? Files.walk(start) : Files.list(start)) {
                    for (Path p : files.filter(Files::isRegularFile).toList()) {
                        String path = base.relativize(p).toString().replace('\\', '/');
                        if (wanted.test(path) && !into.containsKey(path)) {
                            into.put(path, Files.readAllBytes(p));
                        }
                    }
                }
            } else {
                throw CoreMessages.cannotStart("start.material-unusual-loader", null, anchor);
            }
        } catch (IOException | URISyntaxException e) {
            throw CoreMessages.cannotStart("start.material-unreadable", e, anchor, e.getMessage());
        }
    }

    /** A new map for {@link #addResources}, sorted by path as {@code LC_ALL=C sort} sorts ASCII paths. */
    public static SortedMap<String, byte[]> files() {
        return new TreeMap<>();
    }

    /** Dates as {@link LocalDate#toString} writes them. */
    private static final class IsoDate extends StdSerializer<LocalDate> {
        IsoDate() {
            super(LocalDate.class);
        }

        @Override
        public void serialize(LocalDate value, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeString(IsoDates.format(value));
        }
    }

    /** Decimals as plain strings with their scale, never in exponent form. */
    private static final class PlainDecimal extends StdSerializer<BigDecimal> {
        PlainDecimal() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeString(value.toPlainString());
        }
    }
}
