package io.iprules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.RulesEngine;
import io.iprules.schema.ContractSchemas;
import io.iprules.server.DecisionServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code ip-rules schema} and {@code ip-rules serve}: the schema printed, and the service's bytes are the CLI's. */
class ServeAndSchemaCommandTest {

    @Test
    void schemaPrintsEveryPolicysOrOne() {
        ContractSchemas schemas = new ContractSchemas(RulesEngine.builder().build());
        CliTest.Run all = CliTest.run("schema");
        assertThat(all.exit()).isEqualTo(0);
        assertThat(all.out()).isEqualTo(ContractSchemas.write(schemas.all()));
        for (var p : schemas.policies()) {
            CliTest.Run one = CliTest.run("schema", p.id());
            assertThat(one.exit()).isEqualTo(0);
            assertThat(one.out()).isEqualTo(ContractSchemas.write(schemas.request(p.id())));
        }
        assertThat(CliTest.run("schema", "result").out()).isEqualTo(ContractSchemas.write(schemas.result()));
        assertThat(CliTest.run("schema", "policies").out()).isEqualTo(ContractSchemas.write(schemas.policyList()))
                .contains("\"$id\" : \"urn:ip-rules:schema:policies\"");
        CliTest.Run unknown = CliTest.run("schema", "no-such");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err()).isEqualTo("policy: 未知政策或 schema“no-such”;已有:anning-2022, beijing-2012, "
                + "jiaxing-2012, northeast-2017, pilot-city-2017, result, error, policies\n"); // Chinese by default
        // --lang as for every command: the message in English, the schemas the same
        CliTest.Run unknownEn = CliTest.run("schema", "no-such", "--lang", "en");
        assertThat(unknownEn.exit()).isEqualTo(2);
        assertThat(unknownEn.out()).isEmpty();
        assertThat(unknownEn.err()).isEqualTo("policy: unknown policy or schema 'no-such'; known: anning-2022, "
                + "beijing-2012, jiaxing-2012, northeast-2017, pilot-city-2017, result, error, policies\n");
        CliTest.Run resultEn = CliTest.run("schema", "result", "--lang", "en");
        assertThat(resultEn.exit()).isZero();
        assertThat(resultEn.out()).isEqualTo(ContractSchemas.write(schemas.result()));
    }

    @Test
    void serveRefusesACalendarFileItCannotRead() {
        CliTest.Run r = CliTest.run("serve", "--port", "0", "--calendar", "no-such-holidays.json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no-such-holidays.json: 无法读取日历数据文件:文件不存在");
        assertThat(CliTest.run("serve", "--port", "70000").exit()).isEqualTo(2);
    }

    @Test
    void aPortInUseOrAnAddressNotOfThisMachineIsTheUsersMistake() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            String port = String.valueOf(taken.getLocalPort());
            CliTest.Run inUse = CliTest.run("serve", "--host", "127.0.0.1", "--port", port);
            assertThat(inUse.exit()).isEqualTo(2);
            assertThat(inUse.err()).isEqualTo("--host 127.0.0.1 --port " + port
                    + ": 无法在此监听:端口 " + port + " 已被其他程序占用\n");
        }
        CliTest.Run notAnAddress = CliTest.run("serve", "--host", "999.1.1.1", "--port", "0", "--lang", "en");
        assertThat(notAnAddress.exit()).isEqualTo(2);
        assertThat(notAnAddress.err()).isEqualTo("--host 999.1.1.1 --port 0: cannot listen there: 999.1.1.1 is not an "
                + "address of this machine\n");
        // an address, but another machine's (TEST-NET-1, RFC 5737): the system says it cannot be assigned here
        CliTest.Run notOurs = CliTest.run("serve", "--host", "192.0.2.1", "--port", "0");
        assertThat(notOurs.exit()).isEqualTo(2);
        assertThat(notOurs.err()).isEqualTo("--host 192.0.2.1 --port 0: 无法在此监听:192.0.2.1 不是本机的地址\n");
    }

    /** A system whose words for the failure are not known: the message names both causes. */
    @Test
    void aBindFailureOfUnknownWordsNamesBothCauses() {
        assertThat(ServeCommand.whyNot(new RuntimeException(new java.net.BindException("Network is down"))))
                .isEmpty();
        assertThat(ServeCommand.whyNot(new RuntimeException(new java.net.BindException("Permission denied"))))
                .isEqualTo(".denied");
        assertThat(ServeCommand.whyNot(new RuntimeException(new java.io.IOException("Failed to bind",
                new java.net.BindException("Address already in use"))))).isEqualTo(".inUse");
        assertThat(ServeCommand.whyNot(new java.net.BindException("Cannot assign requested address: bind")))
                .isEqualTo(".notLocal");
    }

    /** {@code --host=$UNSET}: Jetty would listen on every interface; refused before anything listens. */
    @Test
    @org.junit.jupiter.api.Timeout(60) // were it taken, the command would serve until stopped
    void anEmptyHostIsRefusedNotTakenAsEveryInterface() {
        CliTest.Run empty = CliTest.run("serve", "--host=", "--port", "0");
        assertThat(empty.exit()).isEqualTo(2);
        assertThat(empty.err()).isEqualTo("--host: 不能为空:请给出本机的一个地址(0.0.0.0 表示所有网络接口;默认为 127.0.0.1)\n");
        CliTest.Run blank = CliTest.run("serve", "--host", " ", "--port", "0", "--lang", "en");
        assertThat(blank.exit()).isEqualTo(2);
        assertThat(blank.err()).isEqualTo("--host: must not be empty: give an address of this machine (0.0.0.0 for "
                + "every interface; 127.0.0.1 by default)\n");
    }

    /** What {@code serve}'s options say reaches the server's settings: the origins as browsers send them. */
    @Test
    void serveOptionsBecomeTheServersSettings() {
        ServeCommand serve = new ServeCommand();
        new picocli.CommandLine(serve).parseArgs("--cors-origin", "https://App.Example.gov.cn/,http://localhost:5173",
                "--cors-origin", "https://例子.中国", "--threads", "3", "--request-timeout", "7",
                "--max-batch-bytes", "1000", "--max-batches", "3");
        DecisionServer.Settings settings = serve.settings();
        assertThat(settings.corsOrigins()).containsExactly("https://app.example.gov.cn", "http://localhost:5173",
                "https://xn--fsqu00a.xn--fiqs8s");
        assertThat(settings.batchThreads()).isEqualTo(3);
        assertThat(settings.requestTimeout()).isEqualTo(java.time.Duration.ofSeconds(7));
        assertThat(settings.maxBatchBytes()).isEqualTo(1000);
        assertThat(settings.maxBatches()).isEqualTo(3);
        ServeCommand plain = new ServeCommand();
        new picocli.CommandLine(plain).parseArgs();
        assertThat(plain.settings().corsOrigins()).isEmpty();
        ServeCommand anyTwice = new ServeCommand();
        new picocli.CommandLine(anyTwice).parseArgs("--cors-origin", "*", "--cors-origin", " * ");
        assertThat(anyTwice.settings().corsOrigins()).containsExactly("*");
        assertThat(plain.settings()).isEqualTo(DecisionServer.Settings.defaults());
    }

    @Test
    void serveTellsAMistakenOptionInTheLanguageAskedChineseByDefault() {
        CliTest.Run port = CliTest.run("serve", "--port", "70000");
        assertThat(port.exit()).isEqualTo(2);
        assertThat(port.err()).isEqualTo("--port: 必须在 0 到 65535 之间,现为 70000\n");
        CliTest.Run portEn = CliTest.run("serve", "--port", "70000", "--lang", "en");
        assertThat(portEn.err()).isEqualTo("--port: must be between 0 and 65535, not 70000\n");
        CliTest.Run threads = CliTest.run("serve", "--threads", "0");
        assertThat(threads.exit()).isEqualTo(2);
        assertThat(threads.err()).isEqualTo("--threads: 至少为 1,现为 0\n");
        CliTest.Run bytes = CliTest.run("serve", "--max-batch-bytes", "0", "--lang", "en");
        assertThat(bytes.exit()).isEqualTo(2);
        assertThat(bytes.err()).isEqualTo("--max-batch-bytes: must be at least 1, not 0\n");
        CliTest.Run batches = CliTest.run("serve", "--max-batches", "0");
        assertThat(batches.exit()).isEqualTo(2);
        assertThat(batches.err()).isEqualTo("--max-batches: 至少为 1,现为 0\n");
        CliTest.Run timeout = CliTest.run("serve", "--request-timeout", "0");
        assertThat(timeout.exit()).isEqualTo(2);
        assertThat(timeout.err()).isEqualTo("--request-timeout: 至少为 1 秒,现为 0\n");
        CliTest.Run origin = CliTest.run("serve", "--cors-origin", "https://app.example.gov.cn,app.example.gov.cn");
        assertThat(origin.exit()).isEqualTo(2);
        assertThat(origin.err()).isEqualTo("--cors-origin: 须为网页来源(origin),即 协议://主机[:端口],如 "
                + "https://app.example.gov.cn,或用 * 表示任意来源,而不是“app.example.gov.cn”\n");
        CliTest.Run path = CliTest.run("serve", "--cors-origin", "https://app.example.gov.cn/evaluate", "--lang", "en");
        assertThat(path.exit()).isEqualTo(2);
        assertThat(path.err()).isEqualTo("--cors-origin: must be a web origin, scheme://host[:port] such as "
                + "https://app.example.gov.cn, or * for any origin, not \"https://app.example.gov.cn/evaluate\"\n");
        // "*" beside a named origin would read as a restriction and allow every page
        CliTest.Run any = CliTest.run("serve", "--cors-origin", "https://app.example.gov.cn", "--cors-origin", "*");
        assertThat(any.exit()).isEqualTo(2);
        assertThat(any.err()).isEqualTo("--cors-origin: * 允许任意来源的网页调用本服务,不能与具体来源并列"
                + "(“https://app.example.gov.cn,*”):只给 *,或只列出具体来源\n");
        CliTest.Run anyEn = CliTest.run("serve", "--cors-origin", "*,http://localhost:5173", "--lang", "en");
        assertThat(anyEn.exit()).isEqualTo(2);
        assertThat(anyEn.err()).isEqualTo("--cors-origin: * lets pages of every origin call the service, so it cannot "
                + "stand beside named origins (\"*,http://localhost:5173\"): give * alone, or the origins without "
                + "it\n");
        CliTest.Run empty = CliTest.run("serve", "--cors-origin", "", "--lang", "en");
        assertThat(empty.exit()).isEqualTo(2);
        assertThat(empty.err()).endsWith(", not \"\"\n");
        CliTest.Run huge = CliTest.run("serve", "--threads", "99999999999");
        assertThat(huge.exit()).isEqualTo(2);
        assertThat(huge.err()).startsWith("选项 --threads 的取值无效:“99999999999”超出可用范围(数值太大)");
        CliTest.Run word = CliTest.run("serve", "--threads", "two");
        assertThat(word.err()).startsWith("选项 --threads 的取值无效:“two”不是整数");
        CliTest.Run lang = CliTest.run("serve", "--lang", "fr");
        assertThat(lang.exit()).isEqualTo(2);
        assertThat(lang.err()).startsWith("选项 --lang 的取值无效:未知语言“fr”,请用 zh 或 en");
        CliTest.Run calendar = CliTest.run("serve", "--port", "0", "--calendar", "no-such-holidays.json", "--lang",
                "en");
        assertThat(calendar.exit()).isEqualTo(2);
        assertThat(calendar.err()).contains("no-such-holidays.json").doesNotContain("无法读取");
    }

    @Test
    void theServiceAnswersWithTheBytesOfEvaluateFormatJson() throws Exception {
        List<Path> examples;
        try (Stream<Path> s = Files.list(Path.of("requests"))) {
            examples = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(examples).isNotEmpty();
        HttpClient http = HttpClient.newHttpClient();
        try (DecisionServer server = new DecisionServer(RulesEngine.builder().build()).start("127.0.0.1", 0)) {
            for (Path p : examples) {
                for (String lang : new String[] {"zh", "en"}) {
                    CliTest.Run cli = CliTest.run("evaluate", p.toString(), "--format", "json", "--lang", lang);
                    assertThat(cli.exit()).as(p + " " + lang + ": " + cli.err()).isEqualTo(0);
                    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                                    + server.port() + "/v1/evaluate")).header("Content-Type", "application/json")
                            .header("Accept-Language", lang)
                            .POST(HttpRequest.BodyPublishers.ofFile(p)).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    assertThat(r.statusCode()).isEqualTo(200);
                    assertThat(new String(r.body(), StandardCharsets.UTF_8)).as(p + " " + lang).isEqualTo(cli.out());
                }
            }
        }
    }

    /**
     * {@code serve --help} names every path the service answers, in both languages: the list is written by hand in
     * the command's description and its Chinese, so it is held to the paths of the service's own OpenAPI document
     * ({@code /v1/schema}, every policy's schemas at once, was missing from both).
     */
    @Test
    void serveHelpNamesEveryPathTheServiceAnswers() throws Exception {
        List<String> paths = new java.util.ArrayList<>();
        try (DecisionServer server = new DecisionServer(RulesEngine.builder().build()).start("127.0.0.1", 0)) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + server.port() + "/openapi.json")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()).path("paths").fieldNames()
                    .forEachRemaining(paths::add);
        }
        assertThat(paths).contains("/v1/evaluate", "/v1/schema", "/health");
        for (String lang : new String[] {"zh", "en"}) {
            CliTest.Run help = CliTest.run("serve", "--help", "--lang", lang);
            assertThat(help.exit()).isEqualTo(0);
            // picocli wraps the description: a path may be split at its line's end only after a separator
            String text = help.out().replaceAll("\\s*\\n\\s*", "");
            for (String path : paths) {
                assertThat(text).as(lang + ": " + path).containsPattern(java.util.regex.Pattern.quote(path) + "(?![/"
                        + "A-Za-z{])");
            }
        }
    }
}
