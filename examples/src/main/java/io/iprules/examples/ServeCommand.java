package io.iprules.examples;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import io.iprules.server.DecisionServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ip-rules serve}: the decision service over HTTP until stopped. SIGTERM (or Ctrl-C) stops it gracefully:
 * requests in flight finish, new ones are refused.
 */
@Command(name = "serve", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Serves the JSON contract over HTTP: POST /v1/evaluate, POST /v1/report (the officer's page, "
                + "or its text), POST /v1/batch, GET /v1/policies, /v1/policies/{id}, /v1/schema, /v1/schema/{id}, "
                + "/openapi.json, /health.",
                "One access-log line per request on stderr. SIGTERM lets requests in flight finish."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", paramLabel = "N",
            description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--max-batch-bytes", defaultValue = "1073741824", paramLabel = "BYTES",
            description = "Largest /v1/batch body (default: ${DEFAULT-VALUE}).")
    long maxBatchBytes;

    @Option(names = "--threads", defaultValue = "2", paramLabel = "N",
            description = "Threads evaluating one batch (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--max-batches", defaultValue = "" + DecisionServer.Settings.DEFAULT_MAX_BATCHES, paramLabel = "N",
            description = "Batches (/v1/batch) evaluated at once, each with its memory and threads (default: "
                    + "${DEFAULT-VALUE}); one more is answered 503 with Retry-After at once, but a small one (its "
                    + "length known, 64 KiB at most) waits its turn for up to --request-timeout first.")
    int maxBatches;

    @Option(names = "--request-timeout", defaultValue = "5", paramLabel = "SECONDS",
            description = {"Longest time one /v1/evaluate or /v1/report may take to evaluate (default: "
                    + "${DEFAULT-VALUE}); "
                    + "beyond it the answer is 503 and the evaluation is cancelled. Also the longest a POST waits "
                    + "for its turn, and a small batch for a batch place, before a 503.",
                    "A request body must arrive within 60 s, and a connection silent for 30 s mid-request "
                            + "(a batch too, sending or reading) is closed."})
    int requestTimeout;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN", split = ",",
            description = {"Lets web pages of ORIGIN (such as https://app.example.gov.cn; repeatable, or "
                    + "comma-separated; * for any) call the service from a browser (CORS).",
                    "By default none may: a page of another origin cannot read the answers."})
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en", converter = IpRules.LanguageConverter.class,
            description = {"Language of this command's own messages (a mistaken option, a wrong parameter file, a "
                    + "broken installation, the start line) and this help (default: ${DEFAULT-VALUE}).",
                    "Each HTTP answer is in the language its request asks for (Accept-Language)."})
    io.iprules.Language lang;

    @Mixin
    IpRules.EngineOptions options;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw Messages.invalid(lang, "port.range", port);
        }
        if (host.isBlank()) {
            throw Messages.invalid(lang, "host.blank");
        }
        if (threads < 1) {
            throw Messages.invalid(lang, "threads.min", threads);
        }
        if (maxBatchBytes < 1) {
            throw Messages.invalid(lang, "maxBatchBytes.min", maxBatchBytes);
        }
        if (maxBatches < 1) {
            throw Messages.invalid(lang, "maxBatches.min", maxBatches);
        }
        if (requestTimeout < 1) {
            throw Messages.invalid(lang, "requestTimeout.min", requestTimeout);
        }
        DecisionServer.Settings settings = settings();
        var engine = options.engine(lang);
        Logs.withoutEvaluationLines();
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger("io.iprules.server").setLevel(Level.INFO); // the access log and start/stop lines
        }
        DecisionServer server = new DecisionServer(engine, settings); // today in China, as evaluate takes it
        // Javalin logs "Failed to start Javalin" in English before throwing: the message below says it, in the run's
        // language
        ch.qos.logback.classic.Logger javalin = LoggerFactory.getILoggerFactory() instanceof LoggerContext c
                ? c.getLogger("io.javalin.Javalin") : null;
        Level javalinLevel = javalin == null ? null : javalin.getLevel();
        try {
            if (javalin != null) {
                javalin.setLevel(Level.OFF);
            }
            server.start(host, port);
        } catch (RuntimeException e) {
            String why = whyNot(e);
            if (why == null) {
                throw e;
            }
            // a port in use, or an address that is not this machine's: the user's to change. Javalin says "port
            // already in use" for both; the system's reason underneath tells them apart, when it gives one
            throw Messages.invalid(lang, "serve.bind" + why, host, String.valueOf(port));
        } finally {
            if (javalin != null) {
                javalin.setLevel(javalinLevel);
            }
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (javalin != null) {
                // Javalin logs an ERROR with a stack trace when the stop timeout passes with requests still in
                // flight; the server says it in one line, a warning: they were cut off, as the timeout is for
                javalin.setLevel(Level.OFF);
            }
            server.stop();
            stopped.countDown();
        }, "ip-rules-serve-stop"));
        Io.get().err().println(Messages.text(lang, "serve.started", server.url()));
        stopped.await();
        return IpRules.OK;
    }

    /** The server's settings from the options; an origin that is not one is the user's mistake, named. */
    DecisionServer.Settings settings() {
        java.util.Set<String> origins = new java.util.HashSet<>(); // as browsers send them: the same one once
        for (String origin : corsOrigins) {
            origins.add(DecisionServer.Settings.origin(origin)
                    .orElseThrow(() -> Messages.invalid(lang, "corsOrigin.invalid", origin)));
        }
        if (origins.size() > 1 && origins.contains("*")) {
            throw Messages.invalid(lang, "corsOrigin.anyBesideNamed", String.join(",", corsOrigins));
        }
        DecisionServer.Settings defaults = DecisionServer.Settings.defaults();
        return new DecisionServer.Settings(defaults.maxRequestBytes(), maxBatchBytes, threads, defaults.idleTimeout(),
                Duration.ofSeconds(30)).withRequestTimeout(Duration.ofSeconds(requestTimeout))
                .withCorsOrigins(corsOrigins).withMaxBatches(maxBatches);
    }

    /**
     * Why the service cannot listen, when {@code e} is that failure: {@code .inUse} for a port taken, {@code .notLocal}
     * for an address that is not this machine's or not an address at all, {@code .denied} for a port this user may
     * not open, {@code ""} when the system's words are not known (the message then names the first two); {@code null}
     * when no cause is a failure to listen (a bug, not the user's to change).
     */
    static String whyNot(Throwable e) {
        String why = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.UnknownHostException
                    || t instanceof java.nio.channels.UnresolvedAddressException) {
                return ".notLocal";
            }
            if (t instanceof java.net.BindException && t.getMessage() != null) {
                String m = t.getMessage().toLowerCase(java.util.Locale.ROOT);
                if (m.contains("address already in use")) { // EADDRINUSE, WSAEADDRINUSE
                    return ".inUse";
                }
                if (m.contains("cannot assign requested address")) { // EADDRNOTAVAIL, WSAEADDRNOTAVAIL
                    return ".notLocal";
                }
                if (m.contains("permission denied")) { // EACCES: a port below 1024 without the privilege
                    return ".denied";
                }
            }
            if (t instanceof io.javalin.util.JavalinBindException || t instanceof java.net.BindException) {
                why = "";
            }
        }
        return why;
    }
}
