package io.iprules.examples;

import static io.iprules.examples.CliTest.run;
import static io.iprules.examples.CliTest.withInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iprules.Language;
import io.iprules.kit.Yuan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #10, as an attacker and a careless user would try it: no input destroyed, no failure reported as success,
 * nothing from input printed raw, every mistake of the user exit 2 in plain words.
 */
class NothingDestroyedTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PILOT = "requests/jiaxing-pilot-and-provincial-demo.json";

    /** How a checkpoint this version does not write is refused, after its name. */
    private static final String NOT_A_CHECKPOINT_EN = ": not a checkpoint this version of ip-rules batch writes "
            + "(another version's, or no checkpoint at all): start again without --resume\n";
    private static final String NOT_A_CHECKPOINT_ZH = ": 不是本版本 ip-rules batch 写的检查点(是另一版本的,或根本不是检查点):"
            + "请不带 --resume 重新运行\n";

    private static Path population(Path tmp, int count) throws IOException {
        Path in = tmp.resolve("a.jsonl");
        assertThat(run("generate", "jiaxing-2012", "--count", String.valueOf(count), "--seed", "7", "--invalid-rate",
                "0.05", "--out", in.toString()).exit()).isZero();
        return in;
    }

    // ---------------------------------------------------------------- 1. batch safety

    @Test
    void anOutputThatIsTheInputIsRefusedBeforeAnyWork(@TempDir Path tmp) throws Exception {
        Path in = population(tmp, 50);
        byte[] before = Files.readAllBytes(in);
        Path link = tmp.resolve("link.jsonl");
        Files.createSymbolicLink(link, in);
        Path results = tmp.resolve("r.jsonl");
        Files.createDirectory(tmp.resolve("dir"));
        List<String[]> refused = List.of(
                new String[] {"batch", in.toString(), "--out", in.toString()},
                new String[] {"batch", in.toString(), "--out", link.toString()},
                new String[] {"batch", in.toString(), "--out", results.toString(), "--summary", in.toString()},
                new String[] {"batch", in.toString(), "--out", results.toString(), "--summary", results.toString()},
                new String[] {"batch", in.toString(), "--out", tmp.resolve("nodir/x.jsonl").toString()},
                new String[] {"batch", in.toString(), "--out", tmp.resolve("dir").toString()},
                new String[] {"batch", tmp.resolve("dir").toString(), "--out", results.toString()},
                new String[] {"batch", in.toString(), "--out", results.toString(), "--summary",
                        tmp.resolve("nodir/s.json").toString()},
                new String[] {"batch", in.toString(), "--resume"});
        for (String[] args : refused) {
            String[] en = java.util.Arrays.copyOf(args, args.length + 2);
            en[args.length] = "--lang";
            en[args.length + 1] = "en";
            CliTest.Run r = run(en);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).as(String.join(" ", args)).doesNotContain("internal error").doesNotContain("Exception")
                    .hasLineCount(1);
            assertThat(Files.readAllBytes(in)).isEqualTo(before);
            assertThat(results).doesNotExist(); // refused before any work
        }
        assertThat(run("batch", in.toString(), "--out", in.toString(), "--lang", "en").err())
                .contains("is the input file");
        assertThat(run("batch", in.toString(), "--out", tmp.resolve("nodir/x.jsonl").toString(), "--lang", "en").err())
                .contains("the folder").contains("does not exist");
        CliTest.Run generate = run("generate", "jiaxing-2012", "--out", tmp.resolve("nodir/g.jsonl").toString());
        assertThat(generate.exit()).isEqualTo(2);
        assertThat(generate.err()).contains("不存在").doesNotContain("internal error");
        CliTest.Run generateEn = run("generate", "jiaxing-2012", "--out", tmp.resolve("nodir/g.jsonl").toString(),
                "--lang", "en");
        assertThat(generateEn.exit()).isEqualTo(2);
        assertThat(generateEn.err()).contains("does not exist").doesNotContain("internal error");
    }

    /**
     * A character device for a test to write through: one of its own in {@code tmp} where it may make one (as root),
     * else the system's {@code /dev/NAME}. Under mutation testing a mutant that takes a device for a regular file
     * renames a file over the device it is given: as root, that was the machine's {@code /dev/null}, left a regular
     * file for every program on it. A user who cannot make a device cannot replace the system's either.
     */
    static Path device(Path tmp, String name, int major, int minor) throws Exception {
        Path own = tmp.resolve(name);
        try {
            Process mknod = new ProcessBuilder("mknod", own.toString(), "c", String.valueOf(major),
                    String.valueOf(minor)).redirectErrorStream(true).start();
            mknod.getInputStream().readAllBytes();
            if (mknod.waitFor() == 0) {
                Files.newOutputStream(own, java.nio.file.StandardOpenOption.WRITE).close(); // a nodev mount refuses it
                return own;
            }
        } catch (IOException e) {
            Files.deleteIfExists(own); // no mknod, or devices cannot be opened there: the system's
        }
        Path system = Path.of("/dev", name);
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(system) && !Files.isRegularFile(system),
                "no " + system + " device here");
        return system;
    }

    @Test
    void resultsWrittenThroughADeviceStillHaveTheirSummaryChecked(@TempDir Path tmp) throws Exception {
        Path device = device(tmp, "null", 1, 3);
        Path in = population(tmp, 20);
        byte[] before = Files.readAllBytes(in);
        Path summary = tmp.resolve("s.json");
        // the summary is written through s.json.partial, which is the requests here
        Path partialIsInput = tmp.resolve("s2.json");
        Files.write(tmp.resolve("s2.json.partial"), before);
        String[][] refused = {
            {in.toString(), "--summary", in.toString()},
            {tmp.resolve("s2.json.partial").toString(), "--summary", partialIsInput.toString()},
            {in.toString(), "--summary", device.toString()},
            {in.toString(), "--summary", tmp.toString()}};
        String[] told = {"is the input file", "is the input file", "is also the --out file", "is a folder"};
        for (int i = 0; i < refused.length; i++) {
            CliTest.Run r = run("batch", refused[i][0], "--out", device.toString(), refused[i][1], refused[i][2],
                    "--lang", "en");
            assertThat(r.exit()).as(String.join(" ", refused[i])).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", refused[i])).contains(told[i]).hasLineCount(1);
        }
        assertThat(Files.readAllBytes(in)).isEqualTo(before);
        assertThat(Files.readAllBytes(tmp.resolve("s2.json.partial"))).isEqualTo(before);
        assertThat(summary).doesNotExist();
        CliTest.Run ok = run("batch", in.toString(), "--out", device.toString(), "--summary", summary.toString(),
                "--lang", "en");
        assertThat(ok.exit()).as(ok.err()).isZero(); // invalid lines are answered, not a failure of the run
        assertThat(summary).isRegularFile();
    }

    @Test
    void noFileWrittenBesideAnOutputMayBeTheInput(@TempDir Path tmp) throws Exception {
        byte[] requests = Files.readAllBytes(population(tmp, 20));
        Path results = tmp.resolve("r.jsonl");
        Path summary = tmp.resolve("s.json");
        // the run writes r.jsonl.partial, its checkpoint (through a .tmp) and s.json.partial before renaming them
        for (String name : List.of("r.jsonl.partial", "r.jsonl.partial.checkpoint", "r.jsonl.partial.checkpoint.tmp",
                "s.json.partial")) {
            Path in = tmp.resolve(name);
            Files.write(in, requests);
            CliTest.Run r = run("batch", in.toString(), "--out", results.toString(), "--summary", summary.toString(),
                    "--lang", "en");
            assertThat(r.exit()).as(name).isEqualTo(2);
            assertThat(r.err()).as(name).isEqualTo(in + ": is the input file; writing there would destroy the requests "
                    + "before they are read. Name another file\n");
            assertThat(Files.readAllBytes(in)).as(name).isEqualTo(requests);
            assertThat(results).doesNotExist();
            assertThat(summary).doesNotExist();
            Files.delete(in);
        }
        Path in = tmp.resolve("requests.jsonl");
        Files.write(in, requests);
        Path checkpoint = tmp.resolve("r.jsonl.partial.checkpoint");
        CliTest.Run both = run("batch", in.toString(), "--out", results.toString(), "--summary", checkpoint.toString());
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).isEqualTo(checkpoint + ": 同时也是 --out 文件;请指定两个不同的文件\n");
        assertThat(results).doesNotExist();
    }

    /**
     * {@code --out} and {@code --summary} naming one file through a link to its folder ({@code d/r.jsonl} and
     * {@code ld/r.jsonl}, {@code ld} leading to {@code d}) are the other output, through a link, before either file
     * exists too: the summary was written into the results' {@code .partial} (the same file under the other name)
     * and renamed over {@code r.jsonl}, the results lost (exit 1, {@code r.jsonl} holding the summary). Refused
     * before any work, as two names of a file that is there are.
     */
    @Test
    void twoOutputsThatAreOneFileThroughALinkedFolderAreRefusedBeforeTheyExist(@TempDir Path tmp) throws Exception {
        String in = population(tmp, 20).toString();
        Path folder = Files.createDirectory(tmp.resolve("d"));
        Path linked = Files.createSymbolicLink(tmp.resolve("ld"), folder);
        Path results = folder.resolve("r.jsonl");
        Path summary = linked.resolve("r.jsonl");
        CliTest.Run r = run("batch", in, "--out", results.toString(), "--summary", summary.toString(), "--lang", "en");
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(summary + ": is also the --out file; name two different files\n");
        try (var left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
        // the summary beside the results' checkpoint, under the other name
        Path checkpoint = linked.resolve("r.jsonl.partial.checkpoint");
        CliTest.Run zh = run("batch", in, "--out", results.toString(), "--summary", checkpoint.toString());
        assertThat(zh.exit()).isEqualTo(2);
        assertThat(zh.err()).isEqualTo(checkpoint + ": 同时也是 --out 文件;请指定两个不同的文件\n");
        try (var left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }

    /**
     * A name through a link to a folder and back ({@code L/../r.jsonl}) is where the system puts it, beside the
     * folder {@code L} leads to: not the input {@code r.jsonl} beside {@code L}, which the two names are once
     * {@code ..} is taken away by hand. Such an {@code --out} was refused as the input (exit 2).
     */
    @Test
    void anOutputThroughALinkedFolderAndBackIsWhereTheSystemPutsIt(@TempDir Path tmp) throws Exception {
        Path in = population(tmp, 20);
        Path requests = Files.move(in, tmp.resolve("r.jsonl"));
        byte[] before = Files.readAllBytes(requests);
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere/inner"));
        Path linked = Files.createSymbolicLink(tmp.resolve("L"), elsewhere);
        Path out = linked.resolve("../r.jsonl");
        CliTest.Run r = run("batch", requests.toString(), "--out", out.toString(), "--lang", "en");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readAllLines(tmp.resolve("elsewhere/r.jsonl"))).hasSize(20);
        assertThat(Files.readAllBytes(requests)).isEqualTo(before);
    }

    /**
     * {@code report} writes its page to {@code OUT.html.partial} and renames it over {@code OUT.html}: a request or a
     * data file of that name would be written over and renamed away. Refused before any work, as the page itself is.
     */
    @Test
    void noPageWrittenBesideItsTargetMayBeTheRequestOrADataFile(@TempDir Path tmp) throws Exception {
        Path page = tmp.resolve("p.html");
        Path partial = tmp.resolve("p.html.partial");
        byte[] request = Files.readAllBytes(Path.of(PILOT));
        Files.write(partial, request);
        CliTest.Run en = run("report", partial.toString(), "--html", page.toString(), "--lang", "en");
        assertThat(en.exit()).isEqualTo(2);
        assertThat(en.out()).isEmpty();
        assertThat(en.err()).isEqualTo(partial + ": is the request file; the page written there would replace the "
                + "request. Name another file\n");
        CliTest.Run zh = run("report", partial.toString(), "--html", page.toString());
        assertThat(zh.exit()).isEqualTo(2);
        assertThat(zh.err()).isEqualTo(partial + ": 就是请求文件;页面写入后会取代请求。请另选文件\n");
        assertThat(Files.readAllBytes(partial)).isEqualTo(request);
        assertThat(page).doesNotExist();

        Files.copy(Path.of("params/jiaxing-implementing-rules.example.json"), partial,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        byte[] params = Files.readAllBytes(partial);
        CliTest.Run data = run("report", PILOT, "--params", partial.toString(), "--html", page.toString(), "--lang",
                "en");
        assertThat(data.exit()).isEqualTo(2);
        assertThat(data.err()).isEqualTo(partial + ": is a data file the engine reads (--params or --calendar); "
                + "writing there would destroy it. Name another file\n");
        assertThat(Files.readAllBytes(partial)).isEqualTo(params);
        assertThat(page).doesNotExist();
    }

    /** Each file a command writes beside its target in {@link #writingBeside}'s runs, with that target. */
    private static final String[][] BESIDE = {
        {"r.jsonl.partial", "r.jsonl"},
        {"r.jsonl.partial.checkpoint", "r.jsonl"},
        {"r.jsonl.partial.checkpoint.tmp", "r.jsonl"},
        {"s.json.partial", "s.json"},
        {"p.html.partial", "p.html"},
        {"g.jsonl.partial", "g.jsonl"}};

    /**
     * The command, in English, that writes {@code target} in {@code tmp}: a batch of {@code in} with its results in
     * {@code r.jsonl} and its summary in {@code s.json}, a report's page {@code p.html}, or {@code generate}'s
     * {@code g.jsonl}.
     */
    private static String[] writingBeside(String target, Path tmp, String in) {
        return switch (target) {
            case "p.html" -> new String[] {"report", PILOT, "--html", tmp.resolve("p.html").toString(), "--lang", "en"};
            case "g.jsonl" -> new String[] {"generate", "jiaxing-2012", "--out", tmp.resolve("g.jsonl").toString(),
                "--lang", "en"};
            default -> new String[] {"batch", in, "--out", tmp.resolve("r.jsonl").toString(), "--summary",
                tmp.resolve("s.json").toString(), "--lang", "en"};
        };
    }

    /**
     * A folder where a command writes a file beside its target (the {@code .partial} renamed over it, a batch's
     * checkpoint and the checkpoint's temporary file) is refused before any work, exit 2, as a folder named as the
     * target is. Before, the run failed with exit 1 only when it came to write there (for {@code --summary}, after
     * every line was evaluated and the results were in place), and an empty folder where the checkpoint goes was
     * deleted.
     */
    @Test
    void aFolderWhereAFileIsWrittenBesideATargetIsRefusedBeforeAnyWork(@TempDir Path tmp) throws Exception {
        String in = population(tmp, 20).toString();
        Path results = tmp.resolve("r.jsonl");
        Path summary = tmp.resolve("s.json");
        Path page = tmp.resolve("p.html");
        Path generated = tmp.resolve("g.jsonl");
        String[] batch = writingBeside("r.jsonl", tmp, in);
        for (String[] c : BESIDE) {
            Path folder = Files.createDirectory(tmp.resolve(c[0]));
            CliTest.Run r = run(writingBeside(c[1], tmp, in));
            assertThat(r.exit()).as(c[0]).isEqualTo(2);
            assertThat(r.out()).as(c[0]).isEmpty();
            assertThat(r.err()).as(c[0]).isEqualTo(folder + ": is a folder, where the run writes a file of its own "
                    + "beside " + tmp.resolve(c[1]) + "; move the folder away or name another file\n");
            assertThat(folder).as(c[0]).isDirectory();
            for (Path target : List.of(results, summary, page, generated)) {
                assertThat(target).as(c[0]).doesNotExist();
            }
            Files.delete(folder);
        }
        Path folder = Files.createDirectory(tmp.resolve("s.json.partial"));
        CliTest.Run zh = run(java.util.Arrays.copyOf(batch, batch.length - 2));
        assertThat(zh.exit()).isEqualTo(2);
        assertThat(zh.err()).isEqualTo(folder + ": 是文件夹,而运行时要在 " + summary + " 旁边以此名写入自己的文件;"
                + "请移走该文件夹或另选文件\n");
        assertThat(results).doesNotExist();
    }

    /**
     * A target named inside a file ({@code a.jsonl/r.jsonl}): refused, exit 2, saying that the file is no folder. It
     * said "the folder a.jsonl does not exist", of a file the user can see there.
     */
    @Test
    void aTargetInsideAFileIsToldThatTheFileIsNoFolder(@TempDir Path tmp) throws Exception {
        Path in = population(tmp, 5);
        byte[] before = Files.readAllBytes(in);
        Path results = tmp.resolve("r.jsonl");
        String[][] commands = {
            {"batch", in.toString(), "--out", in.resolve("r.jsonl").toString(), "--lang", "en"},
            {"batch", in.toString(), "--out", results.toString(), "--summary", in.resolve("s.json").toString(),
                "--lang", "en"},
            {"report", PILOT, "--html", in.resolve("p.html").toString(), "--lang", "en"},
            {"generate", "jiaxing-2012", "--out", in.resolve("g.jsonl").toString(), "--lang", "en"}};
        String[] targets = {"r.jsonl", "s.json", "p.html", "g.jsonl"};
        for (int i = 0; i < commands.length; i++) {
            CliTest.Run r = run(commands[i]);
            assertThat(r.exit()).as(targets[i]).isEqualTo(2);
            assertThat(r.out()).as(targets[i]).isEmpty();
            assertThat(r.err()).as(targets[i]).isEqualTo(in.resolve(targets[i]) + ": cannot write there: " + in
                    + " is a file, not a folder\n");
        }
        CliTest.Run zh = run("batch", in.toString(), "--out", in.resolve("r.jsonl").toString());
        assertThat(zh.exit()).isEqualTo(2);
        assertThat(zh.err()).isEqualTo(in.resolve("r.jsonl") + ": 无法写入:" + in + " 是文件,不是文件夹\n");
        assertThat(results).doesNotExist();
        assertThat(Files.readAllBytes(in)).isEqualTo(before);
        // a folder that is not there is still told so
        Path nowhere = tmp.resolve("no-such-folder").resolve("r.jsonl");
        assertThat(run("batch", in.toString(), "--out", nowhere.toString(), "--lang", "en").err())
                .isEqualTo(nowhere + ": cannot write there: the folder " + nowhere.getParent() + " does not exist\n");
    }

    /**
     * A target whose path goes through a folder that does not exist and back out of it ({@code nodir/../r.jsonl}):
     * the system resolves {@code nodir} before the {@code ..}, so nothing can be written there, and every command
     * refuses it before any work (exit 2), naming that folder. The check had normalised the path ({@code r.jsonl} in
     * a folder that exists) and the write failed with exit 1, for {@code --summary} once every line was evaluated
     * and the results were in place.
     */
    @Test
    void aTargetThroughAFolderThatDoesNotExistIsRefusedBeforeAnyWork(@TempDir Path tmp) throws Exception {
        Path in = population(tmp, 5);
        Path nodir = tmp.resolve("nodir");
        Path through = nodir.resolve("..");
        Path results = tmp.resolve("r.jsonl");
        String[][] commands = {
            {"batch", in.toString(), "--out", through.resolve("r.jsonl").toString(), "--lang", "en"},
            {"batch", in.toString(), "--out", results.toString(), "--summary", through.resolve("s.json").toString(),
                "--lang", "en"},
            {"report", PILOT, "--html", through.resolve("p.html").toString(), "--lang", "en"},
            {"generate", "jiaxing-2012", "--out", through.resolve("g.jsonl").toString(), "--lang", "en"}};
        String[] targets = {"r.jsonl", "s.json", "p.html", "g.jsonl"};
        for (int i = 0; i < commands.length; i++) {
            CliTest.Run r = run(commands[i]);
            assertThat(r.exit()).as(targets[i]).isEqualTo(2);
            assertThat(r.out()).as(targets[i]).isEmpty();
            assertThat(r.err()).as(targets[i]).isEqualTo(through.resolve(targets[i]) + ": cannot write there: the "
                    + "folder " + nodir + " does not exist\n");
            try (var left = Files.list(tmp)) {
                assertThat(left.map(p -> p.getFileName().toString())).as(targets[i]).containsExactly("a.jsonl");
            }
        }
        CliTest.Run zh = run("batch", in.toString(), "--out", results.toString(), "--summary",
                through.resolve("s.json").toString());
        assertThat(zh.exit()).isEqualTo(2);
        assertThat(zh.err()).isEqualTo(through.resolve("s.json") + ": 无法写入:文件夹 " + nodir + " 不存在\n");
        assertThat(results).doesNotExist();
        // through a file named as a folder, the file is named
        CliTest.Run file = run("batch", in.toString(), "--out", in.resolve("..").resolve("r.jsonl").toString(),
                "--lang", "en");
        assertThat(file.exit()).isEqualTo(2);
        assertThat(file.err()).isEqualTo(in.resolve("..").resolve("r.jsonl") + ": cannot write there: " + in
                + " is a file, not a folder\n");
        assertThat(results).doesNotExist();
    }

    /**
     * A target that is a symbolic link into a folder that does not exist: every command refuses it before any work,
     * exit 2, naming the file the link leads to. {@code generate --out} checked only the link's own folder and failed
     * at the write, exit 1, once the work was done.
     */
    @Test
    void aTargetLinkedIntoAMissingFolderIsRefusedBeforeAnyWork(@TempDir Path tmp) throws Exception {
        String in = population(tmp, 5).toString();
        Path nowhere = tmp.resolve("no-such-folder");
        for (String target : new String[] {"r.jsonl", "s.json", "p.html", "g.jsonl"}) {
            Path link = Files.createSymbolicLink(tmp.resolve(target), nowhere.resolve(target));
            CliTest.Run r = run(writingBeside(target, tmp, in));
            assertThat(r.exit()).as(target).isEqualTo(2);
            assertThat(r.out()).as(target).isEmpty();
            assertThat(r.err()).as(target).isEqualTo(nowhere.resolve(target) + ": cannot write there: the folder "
                    + nowhere + " does not exist\n");
            assertThat(link).as(target).isSymbolicLink();
            assertThat(nowhere).as(target).doesNotExist();
            try (var left = Files.list(tmp)) {
                assertThat(left.map(p -> p.getFileName().toString())).as(target).noneMatch(n -> n.contains("partial"));
            }
            Files.delete(link);
        }
    }

    /**
     * A symbolic link where a command writes a file of its own beside its target is refused before any work, exit 2,
     * and the file it leads to is left as it was: written through, that file (neither input nor target: anyone's, a
     * link left in a shared folder) was emptied and filled with results, and the link renamed over the target.
     */
    @Test
    void aLinkWhereAFileIsWrittenBesideATargetIsRefusedAndWhatItLeadsToIsKept(@TempDir Path tmp) throws Exception {
        String in = population(tmp, 20).toString();
        Path precious = tmp.resolve("precious.txt");
        Path results = tmp.resolve("r.jsonl");
        Path summary = tmp.resolve("s.json");
        Path page = tmp.resolve("p.html");
        Path generated = tmp.resolve("g.jsonl");
        String[] batch = writingBeside("r.jsonl", tmp, in);
        for (String[] c : BESIDE) {
            Files.writeString(precious, "a year's work\n");
            Path link = Files.createSymbolicLink(tmp.resolve(c[0]), precious);
            CliTest.Run r = run(writingBeside(c[1], tmp, in));
            assertThat(r.exit()).as(c[0]).isEqualTo(2);
            assertThat(r.out()).as(c[0]).isEmpty();
            assertThat(r.err()).as(c[0]).isEqualTo(link + ": is a symbolic link, where the run writes a file of its "
                    + "own beside " + tmp.resolve(c[1]) + "; writing through it would empty the file it leads to. "
                    + "Remove the link or name another file\n");
            assertThat(precious).as(c[0]).hasContent("a year's work");
            assertThat(link).as(c[0]).isSymbolicLink();
            for (Path target : List.of(results, summary, page, generated)) {
                assertThat(target).as(c[0]).doesNotExist();
            }
            Files.delete(link);
        }
        Path link = Files.createSymbolicLink(tmp.resolve("r.jsonl.partial"), precious);
        CliTest.Run zh = run(java.util.Arrays.copyOf(batch, batch.length - 2));
        assertThat(zh.exit()).isEqualTo(2);
        assertThat(zh.err()).isEqualTo(link + ": 是符号链接,而运行时要在 " + results + " 旁边以此名写入自己的文件;"
                + "经由它写入会清空它指向的文件。请删除该链接或另选文件\n");
        assertThat(precious).hasContent("a year's work");
        // a resume continues the run's own .partial, never a link's file
        CliTest.Run resume = run("batch", in, "--out", results.toString(), "--resume", "--lang", "en");
        assertThat(resume.exit()).isEqualTo(2);
        assertThat(resume.err()).startsWith(link + ": is a symbolic link");
        assertThat(precious).hasContent("a year's work");
    }

    /**
     * A file with other names (a hard link, as {@code cp -al} or a backup tool's snapshot leaves) where a command
     * writes a file of its own in place is refused before any work, exit 2, and the file is left as it was under
     * every name: written into, it was emptied and filled with results under its other name too (shown before the
     * check: {@code precious.txt} held the batch's results). The checkpoint is only ever renamed over, which leaves
     * its other names as they were: a hard link there is no harm, and is not refused.
     */
    @Test
    void aHardLinkWhereAFileIsWrittenBesideATargetIsRefusedAndItsOtherNamesKept(@TempDir Path tmp) throws Exception {
        String in = population(tmp, 20).toString();
        Path precious = tmp.resolve("precious.txt");
        Path results = tmp.resolve("r.jsonl");
        for (String[] c : BESIDE) {
            if (c[0].endsWith(".checkpoint")) {
                continue;
            }
            Files.writeString(precious, "a year's work\n");
            Path other = Files.createLink(tmp.resolve(c[0]), precious);
            CliTest.Run r = run(writingBeside(c[1], tmp, in));
            assertThat(r.exit()).as(c[0]).isEqualTo(2);
            assertThat(r.out()).as(c[0]).isEmpty();
            assertThat(r.err()).as(c[0]).isEqualTo(other + ": has other names too (a hard link: 2 names in all), "
                    + "where the run writes a file of its own beside " + tmp.resolve(c[1]) + "; writing into it "
                    + "would change the file under its other names. Remove this name (the file stays under the "
                    + "others) or name another file\n");
            assertThat(precious).as(c[0]).hasContent("a year's work");
            assertThat(other).as(c[0]).hasContent("a year's work");
            assertThat(tmp.resolve(c[1])).as(c[0]).doesNotExist();
            Files.delete(other);
        }
        Path other = Files.createLink(tmp.resolve("r.jsonl.partial"), precious);
        CliTest.Run zh = run("batch", in, "--out", results.toString());
        assertThat(zh.exit()).isEqualTo(2);
        assertThat(zh.err()).isEqualTo(other + ": 还有其他名称(硬链接:共 2 个名称),而运行时要在 " + results
                + " 旁边以此名写入自己的文件;写入它会改变其他名称下的同一文件。请删除此名称(文件仍保留在其他名称下)或另选文件\n");
        // a resume would append to it
        CliTest.Run resume = run("batch", in, "--out", results.toString(), "--resume", "--lang", "en");
        assertThat(resume.exit()).isEqualTo(2);
        assertThat(resume.err()).startsWith(other + ": has other names too");
        assertThat(precious).hasContent("a year's work");
        Files.delete(other);
        // the checkpoint: replaced by a rename, its other name keeps what it held
        Path checkpointsOtherName = Files.writeString(tmp.resolve("kept.txt"), "kept\n");
        Files.createLink(tmp.resolve("r.jsonl.partial.checkpoint"), checkpointsOtherName);
        CliTest.Run whole = run("batch", in, "--out", results.toString(), "--lang", "en");
        assertThat(whole.exit()).as(whole.err()).isZero();
        assertThat(results).isRegularFile();
        assertThat(checkpointsOtherName).hasContent("kept");
    }

    /**
     * A named pipe or a socket where a command writes a file of its own beside its target (the {@code .partial}
     * renamed over it, a batch's checkpoint and the checkpoint's temporary file) is refused before any work, exit 2,
     * and left as it is, the target too. A pipe there was opened to write, which waits until something reads it:
     * {@code --summary} (once every line was evaluated), the checkpoint's {@code .tmp}, {@code report --html} and
     * {@code generate --out} hung, and what read the pipe took the file; {@code batch --out} opened its input, wrote
     * its checkpoint, then failed at the pipe (exit 1, "Illegal seek"). A socket failed the write (exit 1; the
     * summary's once every line was evaluated), and a pipe or a socket at the checkpoint was renamed over. Each run is
     * bounded, so that one that waits at a pipe fails the test rather than hangs it.
     */
    @Test
    void aPipeOrASocketWhereAFileIsWrittenBesideATargetIsRefusedUnopened(@TempDir Path tmp) throws Exception {
        String in = population(tmp, 20).toString();
        Path results = tmp.resolve("r.jsonl");
        for (String kind : List.of("pipe", "socket")) {
            for (String[] c : BESIDE) {
                Path beside = tmp.resolve(c[0]);
                Path target = tmp.resolve(c[1]);
                Files.writeString(target, "the previous " + c[1] + "\n");
                if (kind.equals("pipe")) {
                    mkfifo(beside);
                } else {
                    socket(beside);
                }
                CliTest.Run r = refusedInTime(writingBeside(c[1], tmp, in));
                assertThat(r.exit()).as(kind + " " + c[0]).isEqualTo(2);
                assertThat(r.out()).as(kind + " " + c[0]).isEmpty();
                assertThat(r.err()).as(kind + " " + c[0]).isEqualTo(beside + ": is a named pipe, a device or a socket "
                        + "(not a regular file), where the run writes a file of its own beside " + target + "; the "
                        + "results would not be kept there (a pipe would hold the run until a program reads it). "
                        + "Remove it or name another file\n");
                assertThat(kindOf(beside)).as(kind + " " + c[0]).isEqualTo(kind);
                assertThat(target).as(kind + " " + c[0]).hasContent("the previous " + c[1]);
                try (var left = Files.list(tmp)) { // no other target, no checkpoint: nothing was done
                    assertThat(left.map(p -> p.getFileName().toString())).as(kind + " " + c[0])
                            .containsExactlyInAnyOrder("a.jsonl", c[0], c[1]);
                }
                Files.delete(beside);
                Files.delete(target);
            }
        }
        // batch --out: refused before its input is read, and in Chinese by default
        Path partial = mkfifo(tmp.resolve("r.jsonl.partial"));
        boolean[] read = {false};
        InputStream requests = new InputStream() {
            @Override
            public int read() {
                read[0] = true;
                return -1;
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> IpRules.run(new String[] {"batch", "-", "--out", results.toString()}, requests,
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(partial + ": 是命名管道、设备或套接字(不是普通文件),"
                + "而运行时要在 " + results + " 旁边以此名写入自己的文件;结果不会保存在那里(管道会让运行一直等到有程序读取它)。"
                + "请删除它或另选文件\n");
        assertThat(read[0]).as("the input read").isFalse();
        // a resume continues the run's own .partial, never a pipe
        CliTest.Run resume = refusedInTime("batch", in, "--out", results.toString(), "--resume", "--lang", "en");
        assertThat(resume.exit()).isEqualTo(2);
        assertThat(resume.err()).startsWith(partial + ": is a named pipe, a device or a socket");
        assertThat(kindOf(partial)).isEqualTo("pipe");
        assertThat(results).doesNotExist();
    }

    /** Runs the command, in time: one that waits at a named pipe for a reader fails the test rather than hangs it. */
    private static CliTest.Run refusedInTime(String... args) {
        return org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> run(args), () -> String.join(" ", args) + ": still running (waiting at a pipe?)");
    }

    /** Makes a named pipe at {@code p} ({@code mkfifo}; the test is skipped where there is none). */
    private static Path mkfifo(Path p) throws Exception {
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", p.toString()).start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no mkfifo here: " + e.getMessage());
            return p;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        return p;
    }

    /** Makes a Unix socket at {@code p}: its file stays once the socket is closed. */
    private static Path socket(Path p) throws IOException {
        try (var socket = java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            socket.bind(java.net.UnixDomainSocketAddress.of(p));
        }
        return p;
    }

    /** What {@code p} is, its link not followed: "pipe", "socket", "file", or "other" (its file type bits). */
    private static String kindOf(Path p) throws IOException {
        int type = (Integer) Files.getAttribute(p, "unix:mode", java.nio.file.LinkOption.NOFOLLOW_LINKS) & 0170000;
        return switch (type) {
            case 0010000 -> "pipe";
            case 0140000 -> "socket";
            case 0100000 -> "file";
            default -> "other";
        };
    }

    /**
     * A link made where a file of the command's own goes after the check (between {@code Targets.check} and the
     * write) is not written through: the write fails (exit 1) and the file it leads to is kept. So is the link: what
     * is removed after a failed write is a file of the command's own, not a link found at its name.
     */
    @Test
    void aFileOfTheCommandsOwnIsNeverWrittenThroughALinkMadeAfterTheCheck(@TempDir Path tmp) throws Exception {
        Path precious = Files.writeString(tmp.resolve("precious.txt"), "a year's work\n");
        Path target = tmp.resolve("s.json");
        Files.createSymbolicLink(tmp.resolve("s.json.partial"), precious);
        assertThatThrownBy(() -> Targets.replace(target, "{}\n".getBytes(StandardCharsets.UTF_8), Language.EN))
                .isInstanceOf(WriteFailedException.class)
                .hasMessage(tmp.resolve("s.json.partial") + ": cannot write: a symbolic link is there, and the "
                        + "command writes its own files through none");
        assertThat(precious).hasContent("a year's work");
        assertThat(tmp.resolve("s.json.partial")).isSymbolicLink();
        assertThat(target).doesNotExist();
        Path checkpoint = tmp.resolve("r.jsonl.partial.checkpoint");
        Files.createSymbolicLink(tmp.resolve("r.jsonl.partial.checkpoint.tmp"), precious);
        assertThatThrownBy(() -> Targets.writeCheckpoint(checkpoint, new io.iprules.batch.Checkpoint(1, 2, "00", 3),
                new Targets.RunSettings(Language.EN, false, null, java.time.LocalDate.of(2026, 12, 3)), Language.EN))
                .isInstanceOf(java.io.UncheckedIOException.class);
        assertThat(precious).hasContent("a year's work");
        assertThat(tmp.resolve("r.jsonl.partial.checkpoint.tmp")).isSymbolicLink();
        assertThat(checkpoint).doesNotExist();
    }

    @Test
    void aLinkIsFollowedToTheFileItLeadsToAndStaysALink(@TempDir Path tmp) throws Exception {
        Path in = population(tmp, 20);
        Files.createDirectory(tmp.resolve("real"));
        String[][] commands = {
                {"batch", in.toString(), "--out", "%s", "--summary", "%s.summary"},
                {"report", PILOT, "--html", "%s"},
                {"generate", "jiaxing-2012", "--count", "3", "--out", "%s"}};
        for (String[] command : commands) {
            Path real = tmp.resolve("real/" + command[0] + ".out");
            Files.writeString(real, "before\n");
            Path link = tmp.resolve(command[0] + "-link.out");
            Files.createSymbolicLink(link, Path.of("real", real.getFileName().toString())); // relative, as ln -s makes
            String[] args = command.clone();
            for (int i = 0; i < args.length; i++) {
                args[i] = args[i].replace("%s", link.toString());
            }
            CliTest.Run r = run(args);
            assertThat(r.exit()).as(command[0] + ": " + r.err()).isZero();
            assertThat(Files.isSymbolicLink(link)).as(command[0]).isTrue();
            assertThat(Files.readString(real)).as(command[0]).isNotEqualTo("before\n").isNotEmpty();
            try (var left = Files.list(tmp)) {
                assertThat(left.map(p -> p.getFileName().toString())).as(command[0])
                        .noneMatch(n -> n.contains("partial"));
            }
            try (var left = Files.list(tmp.resolve("real"))) {
                assertThat(left.map(p -> p.getFileName().toString())).as(command[0])
                        .noneMatch(n -> n.contains("partial"));
            }
        }
    }

    /** A link loop leads to no file: refused before any work (exit 2), both links left as they were. */
    @Test
    void aLinkLoopIsRefusedAndStaysALink(@TempDir Path tmp) throws Throwable {
        Path in = population(tmp, 20);
        Path one = tmp.resolve("one.out");
        Path two = tmp.resolve("two.out");
        Files.createSymbolicLink(one, two.getFileName());
        Files.createSymbolicLink(two, one.getFileName());
        everyWriterRefusesAsALoop(in, one, tmp.resolve("out.jsonl"), () -> {
            assertThat(Files.isSymbolicLink(one)).isTrue();
            assertThat(Files.readSymbolicLink(one)).isEqualTo(two.getFileName());
            assertThat(Files.readSymbolicLink(two)).isEqualTo(one.getFileName());
        });
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.jsonl", "one.out",
                    "two.out");
        }
        CliTest.Run en = run("batch", in.toString(), "--out", one.toString(), "--lang", "en");
        assertThat(en.err()).isEqualTo(one + ": cannot write there: too many levels of symbolic links (a link loop?), "
                + "so no file it leads to\n");
    }

    /**
     * A chain of 41 links leads to no file the system would open (it follows 40): refused before any work as a loop
     * is, by every writer. The batch's --out had been followed 40 links and checked from there (one more link, which
     * led to a file): its results replaced the 40th link with a file, the file the chain leads to left as it was.
     */
    @Test
    void aChainOfMoreLinksThanTheSystemFollowsIsRefusedAndStaysAChain(@TempDir Path tmp) throws Throwable {
        Path in = population(tmp, 20);
        Path end = Files.writeString(tmp.resolve("end.jsonl"), "END\n");
        Path previous = end;
        for (int i = 1; i <= Targets.MAX_LINKS + 1; i++) {
            previous = Files.createSymbolicLink(tmp.resolve("c" + i), previous.getFileName());
        }
        everyWriterRefusesAsALoop(in, previous, tmp.resolve("out.jsonl"), () -> {
            for (int i = 1; i <= Targets.MAX_LINKS + 1; i++) {
                assertThat(Files.isSymbolicLink(tmp.resolve("c" + i))).as("c" + i).isTrue();
            }
            assertThat(Files.readString(end)).isEqualTo("END\n");
        });
        // one link fewer is a chain the system follows: the file it leads to is replaced, every link stays
        Path forty = tmp.resolve("c" + Targets.MAX_LINKS);
        assertThat(run("batch", in.toString(), "--out", forty.toString()).exit()).isZero();
        assertThat(Files.readString(end)).startsWith("{");
        assertThat(Files.isSymbolicLink(forty)).isTrue();
    }

    /**
     * Each writer given {@code target} (batch's results and summary, report's page, generate's requests) is refused
     * before any work (exit 2) as a link that leads to no file, and {@code unchanged} holds after each.
     */
    private static void everyWriterRefusesAsALoop(Path in, Path target, Path otherOut,
            org.assertj.core.api.ThrowableAssert.ThrowingCallable unchanged) throws Throwable {
        String[][] commands = {
                {"batch", in.toString(), "--out", target.toString()},
                {"batch", in.toString(), "--out", otherOut.toString(), "--summary", target.toString()},
                {"report", PILOT, "--html", target.toString()},
                {"generate", "jiaxing-2012", "--count", "3", "--out", target.toString()}};
        for (String[] command : commands) {
            CliTest.Run r = run(command);
            assertThat(r.exit()).as(String.join(" ", command)).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", command))
                    .isEqualTo(target + ": 无法写入:符号链接层数过多(可能是循环链接),找不到它最终指向的文件\n");
            unchanged.call();
        }
    }

    @Test
    void aNamedPipeIsWrittenThroughNeverReplacedByAFile(@TempDir Path tmp) throws Exception {
        Path in = population(tmp, 20);
        Path fifo = tmp.resolve("fifo");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no mkfifo here: " + e.getMessage());
            return;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        String[][] commands = {
                {"batch", in.toString(), "--out", fifo.toString(), "--lang", "en"},
                {"report", PILOT, "--html", fifo.toString()},
                {"generate", "jiaxing-2012", "--count", "3", "--out", fifo.toString()}};
        for (String[] command : commands) {
            java.util.concurrent.CompletableFuture<byte[]> read = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            return Files.readAllBytes(fifo); // opening it lets the writer open it
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
            CliTest.Run r = run(command);
            assertThat(r.exit()).as(command[0] + ": " + r.err()).isZero();
            byte[] got = read.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(got).as(command[0]).isNotEmpty();
            assertThat(Files.isRegularFile(fifo)).as(command[0] + ": still a pipe").isFalse();
            assertThat(Files.exists(fifo)).isTrue();
            if (command[0].equals("batch")) {
                assertThat(new String(got, StandardCharsets.UTF_8).lines()).hasSize(20);
            }
        }
        CliTest.Run resume = run("batch", in.toString(), "--out", fifo.toString(), "--resume", "--lang", "en");
        assertThat(resume.exit()).isEqualTo(2);
        assertThat(resume.err()).isEqualTo("--resume: " + fifo + " is not a regular file but a device or a pipe, "
                + "written through as standard output is: such a run cannot be resumed\n");
        assertThat(Files.isRegularFile(fifo)).isFalse();
    }

    @Test
    void theEnginesDataFilesAreNeverWrittenOver(@TempDir Path tmp) throws Exception {
        Path in = population(tmp, 10);
        Path params = tmp.resolve("params.json");
        Files.copy(Path.of("params/jiaxing-implementing-rules.example.json"), params);
        byte[] before = Files.readAllBytes(params);
        Path calendar = tmp.resolve("calendar.json");
        Files.writeString(calendar, "{}\n"); // refused before it is read
        String zh = ": 是引擎读取的数据文件(--params 或 --calendar);写入会将其毁掉。请另选文件\n";
        for (String[] args : List.of(
                new String[] {"batch", in.toString(), "--params", params.toString(), "--out", params.toString()},
                new String[] {"batch", in.toString(), "--params", params.toString(), "--summary", params.toString()},
                new String[] {"batch", in.toString(), "--calendar", calendar.toString(), "--out", calendar.toString()},
                new String[] {"report", PILOT, "--params", params.toString(), "--html", params.toString()},
                new String[] {"report", PILOT, "--calendar", calendar.toString(), "--html", calendar.toString()})) {
            CliTest.Run r = run(args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", args)).isEqualTo(args[args.length - 1] + zh);
            assertThat(r.out()).isEmpty();
        }
        assertThat(Files.readAllBytes(params)).isEqualTo(before);
        assertThat(Files.readString(calendar)).isEqualTo("{}\n");
        CliTest.Run en = run("batch", in.toString(), "--params", params.toString(), "--out", params.toString(),
                "--lang", "en");
        assertThat(en.err()).isEqualTo(params + ": is a data file the engine reads (--params or --calendar); writing "
                + "there would destroy it. Name another file\n");
    }

    /**
     * A data file named through a folder that does not exist and back ({@code --params nodir/../r.jsonl}) is no file
     * the system can open, so not the output {@code r.jsonl} that the two names are once {@code ..} is taken away by
     * hand: it is told as the parameter file that cannot be read, as {@code evaluate} tells it, where it was refused
     * as a data file the output would destroy.
     */
    @Test
    void aDataFileThroughAFolderThatIsNotThereIsNoOutput(@TempDir Path tmp) throws Exception {
        Path in = population(tmp, 10);
        Path nodir = tmp.resolve("nodir");
        for (String name : List.of("r.jsonl", "previous.jsonl")) {
            Path out = tmp.resolve(name);
            if (name.startsWith("previous")) {
                Files.writeString(out, "the previous results\n");
            }
            Path params = nodir.resolve("../" + name);
            CliTest.Run r = run("batch", in.toString(), "--params", params.toString(), "--out", out.toString(),
                    "--lang", "en");
            assertThat(r.exit()).as(name).isEqualTo(2);
            assertThat(r.err()).as(name).isEqualTo(params + ": cannot read the parameter file: the folder " + nodir
                    + " does not exist\n");
        }
        assertThat(tmp.resolve("r.jsonl")).doesNotExist();
        assertThat(tmp.resolve("previous.jsonl")).hasContent("the previous results");
    }

    /** {@code -} read from a file by the shell ({@code < FILE}): that file is the input as surely as when named. */
    @Test
    void standardInputRedirectedFromTheTargetIsTheInput(@TempDir Path tmp) throws Exception {
        Path in = population(tmp, 10);
        byte[] requests = Files.readAllBytes(in);
        Path request = tmp.resolve("request.json");
        Files.copy(Path.of(PILOT), request);
        byte[] pilot = Files.readAllBytes(request);
        for (String[] args : List.of(new String[] {"batch", "-", "--out", in.toString()},
                new String[] {"batch", "-", "--out", tmp.resolve("r.jsonl").toString(), "--summary", in.toString()},
                new String[] {"report", "-", "--html", request.toString()})) {
            Path stdin = args[0].equals("report") ? request : in;
            List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
                    "java").toString(), "-cp", System.getProperty("java.class.path"), IpRules.class.getName()));
            command.addAll(List.of(args));
            command.addAll(List.of("--lang", "en"));
            Process p = new ProcessBuilder(command).redirectInput(stdin.toFile())
                    .redirectError(tmp.resolve("err.txt").toFile()).redirectOutput(tmp.resolve("out.txt").toFile())
                    .start();
            assertThat(p.waitFor()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(Files.readString(tmp.resolve("err.txt"))).as(String.join(" ", args))
                    .startsWith(stdin + ": is the ").contains("Name another file").hasLineCount(1);
        }
        assertThat(Files.readAllBytes(in)).isEqualTo(requests);
        assertThat(Files.readAllBytes(request)).isEqualTo(pilot);
        assertThat(tmp.resolve("r.jsonl")).doesNotExist();
    }

    /**
     * {@code batch - < FOLDER}: a user's mistake, told before anything is touched, as a folder named as the input is;
     * its read had failed only once the run began (exit 1), after an interrupted run's .partial was emptied.
     */
    @Test
    void standardInputThatIsAFolderIsToldAndTheKeptResultsStay(@TempDir Path tmp) throws Exception {
        Path folder = Files.createDirectory(tmp.resolve("requests"));
        Path out = tmp.resolve("r.jsonl");
        Path partial = tmp.resolve("r.jsonl.partial");
        Files.writeString(partial, "results an interrupted run kept\n");
        for (List<String> args : List.of(List.of("batch", "-", "--out", out.toString()), List.of("batch", "-"))) {
            List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
                    "java").toString(), "-cp", System.getProperty("java.class.path"), IpRules.class.getName()));
            command.addAll(args);
            command.addAll(List.of("--lang", "en"));
            command.addAll(0, List.of("sh", "-c", "exec \"$0\" \"$@\" < \"$IN\"")); // Java opens no folder to redirect
            ProcessBuilder b = new ProcessBuilder(command).redirectError(tmp.resolve("err.txt").toFile())
                    .redirectOutput(tmp.resolve("out.txt").toFile());
            b.environment().put("IN", folder.toString());
            Process p = b.start();
            assertThat(p.waitFor()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(Files.readString(tmp.resolve("err.txt"))).as(String.join(" ", args))
                    .isEqualTo("standard input: cannot read: it is a folder\n");
            assertThat(tmp.resolve("out.txt")).isEmptyFile();
        }
        assertThat(partial).hasContent("results an interrupted run kept");
        assertThat(tmp.resolve("r.jsonl.checkpoint")).doesNotExist();
        assertThat(out).doesNotExist();
    }

    @Test
    void aDashIsStandardOutputNotAFileNamedDash(@TempDir Path tmp) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.exists(Path.of("-")),
                "a file named - is left in examples/");
        Path in = population(tmp, 10);
        CliTest.Run batch = run("batch", in.toString(), "--out", "-", "--lang", "en");
        assertThat(batch.exit()).isZero();
        assertThat(batch.out().lines()).hasSize(10);
        CliTest.Run generate = run("generate", "anning-2022", "--count", "3", "--out", "-");
        assertThat(generate.exit()).isZero();
        assertThat(generate.out().lines()).hasSize(3);
        assertThat(Path.of("-")).doesNotExist(); // the tests run in examples/
        CliTest.Run summary = run("batch", in.toString(), "--out", tmp.resolve("r.jsonl").toString(), "--summary", "-");
        assertThat(summary.exit()).isEqualTo(2);
        assertThat(summary.err()).isEqualTo("--summary: 请为汇总指定一个文件(标准错误输出中已有其文字版)\n");
        assertThat(tmp.resolve("r.jsonl")).doesNotExist();
    }

    @Test
    void everyResultLineCarriesItsInputLineAndTheSingleResultStaysAsItWas(@TempDir Path tmp) throws Exception {
        Path in = population(tmp, 120);
        Path out = tmp.resolve("out.jsonl");
        assertThat(run("batch", in.toString(), "--out", out.toString()).exit()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(120);
        for (int i = 0; i < lines.size(); i++) {
            assertThat(JSON.readTree(lines.get(i)).get("line").asLong()).isEqualTo(i + 1);
        }
        assertThat(tmp.resolve("out.jsonl.partial")).doesNotExist();
        assertThat(tmp.resolve("out.jsonl.partial.checkpoint")).doesNotExist();
        // evaluate --format json: no "line" field, the contract's single result unchanged
        assertThat(run("evaluate", PILOT, "--format", "json").json().has("line")).isFalse();
    }

    /**
     * What a run killed by SIGKILL leaves: {@code OUT.partial} with the complete chunks and a cut line after the
     * last checkpoint, and the previous output untouched. {@code --resume} finishes it into the same bytes as a
     * run that was never interrupted.
     */
    @Test
    void aKilledRunLeavesThePreviousOutputAndResumes(@TempDir Path tmp) throws Exception {
        Path in = population(tmp, 300);
        Path full = tmp.resolve("full.jsonl");
        Path fullSummary = tmp.resolve("full-summary.json");
        assertThat(run("batch", in.toString(), "--out", full.toString(), "--lang", "en", "--summary",
                fullSummary.toString()).exit()).isZero();
        byte[] fullBytes = Files.readAllBytes(full);
        assertThat(JSON.readTree(fullSummary.toFile()).has("resumed")).as("a run not resumed").isFalse();

        Path out = tmp.resolve("out.jsonl");
        Files.writeString(out, "the previous good output\n");
        int kept = 137;
        killedAfter(in, fullBytes, out, kept);
        Path summary = tmp.resolve("summary.json");
        CliTest.Run resumed = run("batch", in.toString(), "--out", out.toString(), "--resume", "--lang", "en",
                "--summary", summary.toString());
        assertThat(resumed.exit()).isZero();
        assertThat(resumed.err()).contains("Batch: 300 request(s)");
        // the summary file says it too: the counts are of every line, "resumed" how many were kept and answered
        JsonNode told = JSON.readTree(summary.toFile());
        assertThat(told.get("requests").asLong()).isEqualTo(300);
        assertThat(told.get("resumed").get("kept").asLong()).isEqualTo(137);
        assertThat(told.get("resumed").get("answered").asLong()).isEqualTo(163);
        List<String> fields = new ArrayList<>();
        told.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsSubsequence("millis", "resumed", "budget");
        assertThat(Files.readAllBytes(out)).isEqualTo(fullBytes);
        assertThat(tmp.resolve("out.jsonl.partial")).doesNotExist();

        // the kept part must answer this input: another input is refused, the partial left as it was
        killedAfter(in, fullBytes, out, kept);
        Files.writeString(out, "the previous good output\n");
        Path other = tmp.resolve("other.jsonl");
        List<String> changed = new ArrayList<>(Files.readAllLines(in));
        changed.set(5, changed.get(5) + " "); // the same request to a parser, not the same input
        Files.write(other, changed);
        byte[] partialBefore = Files.readAllBytes(tmp.resolve("out.jsonl.partial"));
        CliTest.Run mismatch = run("batch", other.toString(), "--out", out.toString(), "--resume", "--lang", "en");
        assertThat(mismatch.exit()).isEqualTo(2);
        assertThat(mismatch.err()).contains("--resume").contains("not the one the interrupted run read");
        assertThat(Files.readString(out)).isEqualTo("the previous good output\n");
        assertThat(Files.readAllBytes(tmp.resolve("out.jsonl.partial"))).isEqualTo(partialBefore);
        // and said in the run's language, Chinese by default: the whole message, not a Chinese frame around English
        recordedInChinese(tmp.resolve("out.jsonl.partial.checkpoint"));
        CliTest.Run mismatchZh = run("batch", other.toString(), "--out", out.toString(), "--resume");
        assertThat(mismatchZh.exit()).isEqualTo(2);
        assertThat(mismatchZh.err()).contains("输入不是中断的运行所读的那一个").doesNotContain("interrupted run read");
        assertThat(Files.readAllBytes(tmp.resolve("out.jsonl.partial"))).isEqualTo(partialBefore);

        // a new run without --resume starts again and only replaces the output when complete
        assertThat(run("batch", in.toString(), "--out", out.toString(), "--lang", "en").exit()).isZero();
        assertThat(Files.readAllBytes(out)).isEqualTo(fullBytes);
    }

    /**
     * The ends of what a kill can leave: killed as it opened its {@code .partial} (empty, no checkpoint yet) or before
     * its first chunk was complete (part of a line, and the checkpoint it wrote first: nothing kept), a resumed run
     * starts again from line 1; killed right after a checkpoint, before it wrote more (a {@code .partial} exactly as
     * long as the checkpoint records), it keeps every line recorded. All end in the bytes of a run never interrupted.
     * A {@code .partial} holding results that no checkpoint describes (another command's, its checkpoint removed) is
     * not cut away unasked: refused, left as it was.
     */
    @Test
    void aRunKilledBeforeItsFirstCheckpointOrRightAfterOneResumes(@TempDir Path tmp) throws Exception {
        Path in = population(tmp, 300);
        Path full = tmp.resolve("full.jsonl");
        assertThat(run("batch", in.toString(), "--out", full.toString(), "--lang", "en").exit()).isZero();
        byte[] fullBytes = Files.readAllBytes(full);
        Path out = tmp.resolve("out.jsonl");
        Path partial = tmp.resolve("out.jsonl.partial");
        Path checkpoint = tmp.resolve("out.jsonl.partial.checkpoint");

        Files.write(partial, new byte[0]);
        CliTest.Run opened = run("batch", in.toString(), "--out", out.toString(), "--resume", "--lang", "en");
        assertThat(opened.exit()).as(opened.err()).isZero();
        assertThat(opened.err())
                .contains("\nResumed: 0 line(s) kept from the interrupted run; the other 300 answered by this one\n");
        assertThat(Files.readAllBytes(out)).isEqualTo(fullBytes);
        assertThat(partial).doesNotExist();
        assertThat(checkpoint).doesNotExist();

        Files.delete(out);
        killedAfter(in, fullBytes, out, 0);
        Files.write(partial, java.util.Arrays.copyOf(fullBytes, 40));
        CliTest.Run first = run("batch", in.toString(), "--out", out.toString(), "--resume", "--lang", "en");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err()).contains("Batch: 300 request(s)")
                .contains("\nResumed: 0 line(s) kept from the interrupted run; the other 300 answered by this one\n");
        assertThat(Files.readAllBytes(out)).isEqualTo(fullBytes);
        assertThat(partial).doesNotExist();
        assertThat(checkpoint).doesNotExist();

        Files.write(partial, java.util.Arrays.copyOf(fullBytes, 40));
        CliTest.Run unrecorded = run("batch", in.toString(), "--out", out.toString(), "--resume", "--lang", "en");
        assertThat(unrecorded.exit()).isEqualTo(2);
        assertThat(unrecorded.err()).isEqualTo("--resume: " + partial + " holds results but no checkpoint ("
                + checkpoint + ") says how far they are complete, so none can be kept: start again without --resume\n");
        assertThat(run("batch", in.toString(), "--out", out.toString(), "--resume").err()).isEqualTo("--resume: "
                + partial + " 中有结果,但没有检查点(" + checkpoint + ")说明完整到哪里,无法保留其中任何结果:请不带 --resume 重新运行\n");
        assertThat(Files.readAllBytes(partial)).isEqualTo(java.util.Arrays.copyOf(fullBytes, 40));
        assertThat(Files.readAllBytes(out)).isEqualTo(fullBytes); // the previous output too

        Files.delete(out);
        killedAfter(in, fullBytes, out, 137);
        Files.write(partial, java.util.Arrays.copyOf(fullBytes, (int) offsetAfterLines(fullBytes, 137)));
        CliTest.Run atCheckpoint = run("batch", in.toString(), "--out", out.toString(), "--resume", "--lang", "en");
        assertThat(atCheckpoint.exit()).as(atCheckpoint.err()).isZero();
        assertThat(atCheckpoint.err()).contains("Batch: 300 request(s)")
                .contains("\nResumed: 137 line(s) kept from the interrupted run; the other 163 answered by this one\n");
        assertThat(Files.readAllBytes(out)).isEqualTo(fullBytes);
        assertThat(partial).doesNotExist();
        assertThat(checkpoint).doesNotExist();
    }

    /**
     * A checkpoint that records more results than its {@code .partial} holds (the file cut or replaced since), or
     * that is not a batch's checkpoint at all, is refused (exit 2) in the run's language, naming the checkpoint; the
     * {@code .partial}, its checkpoint and the previous output are left as they were.
     */
    @Test
    void aCheckpointThatDoesNotAnswerItsPartialIsRefused(@TempDir Path tmp) throws Exception {
        Path in = population(tmp, 300);
        Path full = tmp.resolve("full.jsonl");
        assertThat(run("batch", in.toString(), "--out", full.toString(), "--lang", "en").exit()).isZero();
        byte[] fullBytes = Files.readAllBytes(full);
        Path out = tmp.resolve("out.jsonl");
        Path partial = tmp.resolve("out.jsonl.partial");
        Path checkpoint = tmp.resolve("out.jsonl.partial.checkpoint");
        Files.writeString(out, "the previous good output\n");

        killedAfter(in, fullBytes, out, 137);
        byte[] cut = java.util.Arrays.copyOf(fullBytes, (int) offsetAfterLines(fullBytes, 137) - 1);
        Files.write(partial, cut); // one byte short of what the checkpoint records
        byte[] recorded = Files.readAllBytes(checkpoint);
        CliTest.Run en = run("batch", in.toString(), "--out", out.toString(), "--resume", "--lang", "en");
        assertThat(en.exit()).isEqualTo(2);
        assertThat(en.out()).isEmpty();
        assertThat(en.err()).isEqualTo("--resume: " + checkpoint + ": does not match " + partial + "\n");
        CliTest.Run zh = run("batch", in.toString(), "--out", out.toString(), "--resume");
        assertThat(zh.exit()).isEqualTo(2);
        assertThat(zh.err()).isEqualTo("--resume: " + checkpoint + ": 与 " + partial + " 不符\n");
        assertThat(Files.readAllBytes(partial)).isEqualTo(cut);
        assertThat(Files.readAllBytes(checkpoint)).isEqualTo(recorded);

        // counts a long cannot hold (Jackson's asLong would wrap them), or no settings: not what a batch writes
        String settings = ",\"run\":{\"language\":\"en\",\"trace\":false,\"asOf\":null,\"today\":\"2026-12-05\"}";
        for (String c : List.of("{\"lines\":99999999999999999999,\"inputBytes\":0,\"inputSha256\":\"\","
                + "\"outputBytes\":0"
                + settings + "}", "{\"lines\":0,\"inputBytes\":0,\"inputSha256\":\"\",\"outputBytes\":0}",
                "{\"lines\":0.5,\"inputBytes\":0,\"inputSha256\":\"\",\"outputBytes\":0" + settings + "}")) {
            Files.writeString(checkpoint, c);
            CliTest.Run r = run("batch", in.toString(), "--out", out.toString(), "--resume", "--lang", "en");
            assertThat(r.exit()).as(c).isEqualTo(2);
            assertThat(r.err()).as(c).isEqualTo("--resume: " + checkpoint + NOT_A_CHECKPOINT_EN);
        }
        Files.writeString(checkpoint, "{}\n"); // JSON, but not what a batch writes
        CliTest.Run notOurs = run("batch", in.toString(), "--out", out.toString(), "--resume", "--lang", "en");
        assertThat(notOurs.exit()).isEqualTo(2);
        assertThat(notOurs.err()).isEqualTo("--resume: " + checkpoint + NOT_A_CHECKPOINT_EN);
        CliTest.Run notOursZh = run("batch", in.toString(), "--out", out.toString(), "--resume");
        assertThat(notOursZh.exit()).isEqualTo(2);
        assertThat(notOursZh.err()).isEqualTo("--resume: " + checkpoint + NOT_A_CHECKPOINT_ZH);
        assertThat(Files.readAllBytes(partial)).isEqualTo(cut);
        assertThat(checkpoint).hasContent("{}");
        assertThat(out).hasContent("the previous good output");
    }

    /**
     * A kept result changed in place since the run was interrupted — a byte flipped on the disk, an amount edited by
     * hand — keeps its length, its JSON and its line number; the checkpoint's checksum of the output tells it, and the
     * resume is refused (exit 2) in the run's language, the {@code .partial} and the previous output left as they
     * were. It was kept, its amount counted in the budget, and the whole file passed off as the run's. A checkpoint
     * without that checksum is not one this command writes: refused too.
     */
    @Test
    void aKeptResultChangedInPlaceIsRefusedNotPassedOn(@TempDir Path tmp) throws Exception {
        Path in = population(tmp, 300);
        Path full = tmp.resolve("full.jsonl");
        assertThat(run("batch", in.toString(), "--out", full.toString(), "--lang", "en").exit()).isZero();
        byte[] fullBytes = Files.readAllBytes(full);
        Path out = tmp.resolve("out.jsonl");
        Path partial = tmp.resolve("out.jsonl.partial");
        Path checkpoint = tmp.resolve("out.jsonl.partial.checkpoint");
        Files.writeString(out, "the previous good output\n");
        killedAfter(in, fullBytes, out, 137);

        String text = Files.readString(partial);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"total\":\"[1-8]").matcher(text);
        assertThat(m.find()).isTrue();
        assertThat((long) m.start()).isLessThan(offsetAfterLines(fullBytes, 137)); // in the kept part
        int digit = m.end() - 1;
        byte[] edited = (text.substring(0, digit) + (char) (text.charAt(digit) + 1) + text.substring(digit + 1))
                .getBytes(StandardCharsets.UTF_8); // 300000.00 made 400000.00: the same length, valid JSON
        Files.write(partial, edited);
        long outputBytes = offsetAfterLines(fullBytes, 137);
        CliTest.Run en = run("batch", in.toString(), "--out", out.toString(), "--resume", "--lang", "en");
        assertThat(en.exit()).as(en.err()).isEqualTo(2);
        assertThat(en.out()).isEmpty();
        assertThat(en.err()).isEqualTo("--resume: " + partial + ": the kept output was changed after the run was "
                + "interrupted: its " + outputBytes
                + " bytes do not have the checksum (CRC-32C) its checkpoint records, so "
                + "none of its results can be kept; start the run again\n");
        recordedInChinese(checkpoint);
        CliTest.Run zh = run("batch", in.toString(), "--out", out.toString(), "--resume");
        assertThat(zh.exit()).isEqualTo(2);
        assertThat(zh.err()).isEqualTo("--resume: " + partial + ": 已保留的输出在中断后被改动过:其 " + outputBytes
                + " 个字节的校验和(CRC-32C)与检查点记录的不符,其中的结果都不能保留;请重新运行\n");
        assertThat(Files.readAllBytes(partial)).isEqualTo(edited);
        assertThat(out).hasContent("the previous good output");

        // a checkpoint that records no checksum of the output: not what this command writes
        Files.writeString(checkpoint, Files.readString(checkpoint).replaceFirst(",\"outputCrc32c\":\"[0-9a-f]{8}\"",
                ""));
        assertThat(Files.readString(checkpoint)).doesNotContain("outputCrc32c");
        CliTest.Run unrecorded = run("batch", in.toString(), "--out", out.toString(), "--resume", "--lang", "en");
        assertThat(unrecorded.exit()).isEqualTo(2);
        assertThat(unrecorded.err()).isEqualTo("--resume: " + checkpoint + NOT_A_CHECKPOINT_EN);
        assertThat(Files.readAllBytes(partial)).isEqualTo(edited);

        // the run started again replaces the output with the bytes of a run never interrupted
        assertThat(run("batch", in.toString(), "--out", out.toString(), "--lang", "en").exit()).isZero();
        assertThat(Files.readAllBytes(out)).isEqualTo(fullBytes);
    }

    /**
     * A read of the requests that fails after the first chunks (an I/O error of the disk) leaves the results of the
     * lines read before it in {@code OUT.partial} and its checkpoint recording them (lines, input bytes and their
     * SHA-256, output bytes, and the run's settings), says so (exit 1), and leaves the previous output; {@code
     * --resume} continues from there into the bytes of a run never interrupted. The read that fails is one looking
     * ahead for the next line (the input says it has bytes ready): the 404 lines of the third chunk read before it
     * are answered and kept, where a failure met while a chunk was filled had lost them.
     */
    @Test
    void aRunWhoseInputFailsHalfWayKeepsItsCheckpointAndResumes(@TempDir Path tmp) throws Exception {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 5_000; i++) { // cheap lines (an unknown policy): more than two chunks of 2,048
            b.append("{\"policy\":\"p-").append(i % 97).append("\"}\n");
        }
        byte[] requests = b.toString().getBytes(StandardCharsets.UTF_8);
        Path full = tmp.resolve("full.jsonl");
        assertThat(withInput(b.toString(), "batch", "-", "--out", full.toString(), "--lang", "en").exit()).isZero();
        byte[] fullBytes = Files.readAllBytes(full);
        Path out = tmp.resolve("out.jsonl");
        Files.writeString(out, "the previous good output\n");
        Path partial = tmp.resolve("out.jsonl.partial");
        Path checkpoint = tmp.resolve("out.jsonl.partial.checkpoint");

        // in the third chunk: the first is written by then
        InputStream failing = failingAt(requests, (int) offsetAfterLines(requests, 4_500));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = IpRules.run(new String[] {"batch", "-", "--out", out.toString(), "--lang", "en"}, failing,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("standard input: cannot read: input/output error (the disk or its connection failed)\n"
                + "the run did not finish: the results so far are in " + partial + "; run the same command again "
                + "with --resume to continue\n");
        assertThat(out).hasContent("the previous good output");
        JsonNode c = JSON.readTree(checkpoint.toFile());
        long inputBytes = offsetAfterLines(requests, 4_500);
        long outputBytes = offsetAfterLines(fullBytes, 4_500);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(requests, 0, (int) inputBytes);
        assertThat(c.get("lines").asLong()).isEqualTo(4_500);
        assertThat(c.get("inputBytes").asLong()).isEqualTo(inputBytes);
        assertThat(c.get("inputSha256").asText()).isEqualTo(HexFormat.of().formatHex(sha.digest()));
        assertThat(c.get("outputBytes").asLong()).isEqualTo(outputBytes);
        assertThat(c.get("run").get("language").asText()).isEqualTo("en");
        assertThat(c.get("run").get("trace").asBoolean()).isFalse();
        assertThat(c.get("run").get("asOf").isNull()).isTrue();
        assertThat(java.util.Arrays.copyOf(Files.readAllBytes(partial), (int) outputBytes))
                .isEqualTo(java.util.Arrays.copyOf(fullBytes, (int) outputBytes));

        CliTest.Run resumed = withInput(b.toString(), "batch", "-", "--out", out.toString(), "--resume", "--lang",
                "en");
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(resumed.err()).contains("Batch: 5,000 request(s), 0 evaluated, 5,000 invalid");
        assertThat(Files.readAllBytes(out)).isEqualTo(fullBytes);
        assertThat(partial).doesNotExist();
        assertThat(checkpoint).doesNotExist();
    }

    /** A resumed run continues as the interrupted one wrote: another language or trace would mix two kinds of lines. */
    @Test
    void aRunIsResumedOnlyWithTheSettingsItWasMadeWith(@TempDir Path tmp) throws Exception {
        Path in = population(tmp, 300);
        Path full = tmp.resolve("full.jsonl");
        assertThat(run("batch", in.toString(), "--out", full.toString(), "--lang", "en").exit()).isZero();
        byte[] fullBytes = Files.readAllBytes(full);
        Path out = tmp.resolve("out.jsonl");
        Path checkpoint = tmp.resolve("out.jsonl.partial.checkpoint");

        killedAfter(in, fullBytes, out, 137); // a run in English, without --verbose or --as-of
        CliTest.Run otherLanguage = run("batch", in.toString(), "--out", out.toString(), "--resume", "--lang", "zh");
        assertThat(otherLanguage.exit()).isEqualTo(2);
        assertThat(otherLanguage.err()).contains("中断的运行使用的是 --lang en,本次为 --lang zh");
        CliTest.Run otherTrace = run("batch", in.toString(), "--out", out.toString(), "--resume", "--lang", "en",
                "--verbose");
        assertThat(otherTrace.exit()).isEqualTo(2);
        assertThat(otherTrace.err()).contains("made with (no --verbose), this one with --verbose");
        assertThat(tmp.resolve("out.jsonl.partial")).exists();
        // a run in Chinese is told in Chinese, what it was not given too
        String recorded = Files.readString(checkpoint);
        Files.writeString(checkpoint, recorded.replace("\"language\":\"en\"", "\"language\":\"zh\""));
        CliTest.Run traceZh = run("batch", in.toString(), "--out", out.toString(), "--resume", "--verbose");
        assertThat(traceZh.exit()).isEqualTo(2);
        assertThat(traceZh.err()).isEqualTo("--resume: 中断的运行使用的是 (未用 --verbose),本次为 --verbose:"
                + "请用相同的选项续跑,或不带 --resume 重新运行\n");
        CliTest.Run asOfZh = run("batch", in.toString(), "--out", out.toString(), "--resume", "--as-of", "2014-01-01");
        assertThat(asOfZh.exit()).isEqualTo(2);
        assertThat(asOfZh.err()).isEqualTo("--resume: 中断的运行使用的是 (未给 --as-of),本次为 --as-of 2014-01-01:"
                + "请用相同的选项续跑,或不带 --resume 重新运行\n");
        Files.writeString(checkpoint, recorded);

        CliTest.Run same = run("batch", in.toString(), "--out", out.toString(), "--resume", "--lang", "en");
        assertThat(same.exit()).as(same.err()).isZero();
        assertThat(Files.readAllBytes(out)).isEqualTo(fullBytes);
    }

    /**
     * A run stopped before its first chunk was written (its input failing at its first byte) has kept no line, but
     * its checkpoint records its settings from the start: a resume in another language is refused, as after any
     * other checkpoint, and the same command resumes from line 1, saying it kept nothing.
     */
    @Test
    void aRunStoppedBeforeItsFirstChunkIsResumedOnlyWithItsSettings(@TempDir Path tmp) throws Exception {
        Path in = population(tmp, 300);
        byte[] requests = Files.readAllBytes(in);
        Path full = tmp.resolve("full.jsonl");
        assertThat(run("batch", in.toString(), "--out", full.toString(), "--lang", "en").exit()).isZero();
        Path out = tmp.resolve("out.jsonl");
        Path partial = tmp.resolve("out.jsonl.partial");
        Path checkpoint = tmp.resolve("out.jsonl.partial.checkpoint");
        InputStream failing = failingAt(requests, 0);
        int exit = IpRules.run(new String[] {"batch", "-", "--out", out.toString(), "--lang", "en"}, failing,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(1);
        assertThat(partial).isEmptyFile();
        JsonNode c = JSON.readTree(checkpoint.toFile());
        assertThat(c.get("lines").asLong()).isZero();
        assertThat(c.get("inputBytes").asLong()).isZero();
        assertThat(c.get("inputSha256").asText()) // SHA-256 of no bytes (FIPS 180-4's example)
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(c.get("outputBytes").asLong()).isZero();
        assertThat(c.get("run").get("language").asText()).isEqualTo("en");

        CliTest.Run otherLanguage = withInput(new String(requests, StandardCharsets.UTF_8), "batch", "-", "--out",
                out.toString(), "--resume", "--lang", "zh");
        assertThat(otherLanguage.exit()).isEqualTo(2);
        assertThat(otherLanguage.err()).isEqualTo("--resume: 中断的运行使用的是 --lang en,本次为 --lang zh:"
                + "请用相同的选项续跑,或不带 --resume 重新运行\n");
        assertThat(partial).exists();
        assertThat(checkpoint).exists();

        CliTest.Run same = withInput(new String(requests, StandardCharsets.UTF_8), "batch", "-", "--out",
                out.toString(), "--resume", "--lang", "en");
        assertThat(same.exit()).as(same.err()).isZero();
        assertThat(same.err())
                .contains("\nResumed: 0 line(s) kept from the interrupted run; the other 300 answered by this one\n");
        assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(full));
        assertThat(partial).doesNotExist();
        assertThat(checkpoint).doesNotExist();
    }

    private static final String PARAMS = "params/jiaxing-implementing-rules.example.json";

    /**
     * A run decided with a deployment's parameter values is continued only with the same values: resumed without
     * {@code --params}, its kept lines (amounts set by the implementing rules) and the rest (those amounts
     * undetermined) would be two decisions in one file that reads as one run. Refused before anything is written,
     * in the run's language, naming the policy, the receipt part and what to give.
     */
    @Test
    void aRunIsResumedOnlyWithTheParametersItWasDecidedWith(@TempDir Path tmp) throws Exception {
        Path in = population(tmp, 300);
        Path full = tmp.resolve("full.jsonl");
        assertThat(run("batch", in.toString(), "--out", full.toString(), "--params", PARAMS, "--lang", "en").exit())
                .isZero();
        byte[] fullBytes = Files.readAllBytes(full);
        Path plain = tmp.resolve("plain.jsonl");
        assertThat(run("batch", in.toString(), "--out", plain.toString(), "--lang", "en").exit()).isZero();
        String recorded = firstReceipt(full).get("parameters").asText();
        String now = firstReceipt(plain).get("parameters").asText();
        assertThat(recorded).as("the example file sets open amounts of jiaxing-2012").isNotEqualTo(now);

        Path out = tmp.resolve("out.jsonl");
        Path partial = tmp.resolve("out.jsonl.partial");
        Path checkpoint = tmp.resolve("out.jsonl.partial.checkpoint");
        killedAfter(in, fullBytes, out, 137, PARAMS);
        byte[] partialBefore = Files.readAllBytes(partial);
        byte[] checkpointBefore = Files.readAllBytes(checkpoint);

        CliTest.Run en = run("batch", in.toString(), "--out", out.toString(), "--resume", "--lang", "en");
        assertThat(en.exit()).as(en.err()).isEqualTo(2);
        assertThat(en.err()).isEqualTo("--resume: " + partial + ": the interrupted run was started with another "
                + "engine than this one (its checkpoint records it), whatever it kept:\n"
                + "  jiaxing-2012 parameters (deployment parameter values): recorded " + recorded + ", now " + now
                + "\n"
                + "resume with the same --params as the interrupted run, or start again without --resume\n");
        recordedInChinese(checkpoint);
        byte[] checkpointInChinese = Files.readAllBytes(checkpoint);
        CliTest.Run zh = run("batch", in.toString(), "--out", out.toString(), "--resume");
        assertThat(zh.exit()).as(zh.err()).isEqualTo(2);
        assertThat(zh.err()).isEqualTo("--resume: " + partial + ": 中断的运行启动时所用的引擎(其检查点有记录)与本次运行的"
                + "引擎不同,无论其已保留的是哪些行:\n"
                + "  jiaxing-2012 parameters(部署参数值):记录为 " + recorded + ",现在为 " + now + "\n"
                + "请使用与中断的运行相同的 --params 参数文件续跑,或不带 --resume 重新运行\n");
        assertThat(Files.readAllBytes(partial)).as("the .partial as the interrupted run left it")
                .isEqualTo(partialBefore);
        assertThat(Files.readAllBytes(checkpoint)).isEqualTo(checkpointInChinese);
        assertThat(out).doesNotExist();
        Files.write(checkpoint, checkpointBefore); // the run in English it was

        // kept: error lines only, which carry no receipt (helper-156): refused all the same, from the checkpoint
        Path errors = tmp.resolve("errors.jsonl");
        List<String> broken = new ArrayList<>(Files.readAllLines(in));
        for (int i = 0; i < 137; i++) {
            broken.set(i, "{\"policy\":\"jiaxing-2012\"}");
        }
        Files.write(errors, broken);
        Path errorsFull = tmp.resolve("errors-full.jsonl");
        assertThat(run("batch", errors.toString(), "--out", errorsFull.toString(), "--params", PARAMS, "--lang", "en")
                .exit()).isEqualTo(0);
        Path errorsOut = tmp.resolve("errors-out.jsonl");
        killedAfter(errors, Files.readAllBytes(errorsFull), errorsOut, 137, PARAMS);
        assertThat(Files.readAllLines(tmp.resolve("errors-out.jsonl.partial")).subList(0, 137))
                .noneMatch(line -> line.contains("\"receipt\""));
        CliTest.Run onlyErrors = run("batch", errors.toString(), "--out", errorsOut.toString(), "--resume", "--lang",
                "en");
        assertThat(onlyErrors.exit()).as(onlyErrors.err()).isEqualTo(2);
        assertThat(onlyErrors.err()).contains("the interrupted run was started with another engine")
                .contains("jiaxing-2012 parameters (deployment parameter values): recorded " + recorded);
        assertThat(errorsOut).doesNotExist();

        CliTest.Run same = run("batch", in.toString(), "--out", out.toString(), "--resume", "--params", PARAMS,
                "--lang", "en");
        assertThat(same.exit()).as(same.err()).isZero();
        assertThat(Files.readAllBytes(out)).isEqualTo(fullBytes);
        assertThat(partial).doesNotExist();
        assertThat(checkpoint).doesNotExist();
    }

    /** Each part that differs is named; the options to give are said once each, in the run's language. */
    @Test
    void everyDifferingPartOfTheEngineIsNamedWithWhatToGive() {
        Path partial = Path.of("out.jsonl.partial");
        List<io.iprules.batch.ResumeException.Difference> differences = List.of(
                new io.iprules.batch.ResumeException.Difference("p-1", "library", "0.1.0", "0.2.0"),
                new io.iprules.batch.ResumeException.Difference("p-1", "rules", "sha256:1", "sha256:2"),
                new io.iprules.batch.ResumeException.Difference("p-1", "data.calendar", "none", "sha256:3"));
        assertThat(BatchCommand.anotherEngine(partial, differences, io.iprules.Language.EN)).isEqualTo(
                "--resume: out.jsonl.partial: the kept results of policy p-1 were decided by another engine than "
                        + "this one:\n"
                        + "  library (library version): recorded 0.1.0, now 0.2.0\n"
                        + "  rules (rules): recorded sha256:1, now sha256:2\n"
                        + "  data.calendar (calendar data): recorded none, now sha256:3\n"
                        + "resume with the same ip-rules version and policy modules and the same --calendar files as "
                        + "the interrupted run, or start again without --resume");
        assertThat(BatchCommand.anotherEngine(partial, differences, io.iprules.Language.ZH)).isEqualTo(
                "--resume: out.jsonl.partial: 已保留的政策 p-1 结果由另一个引擎作出,与本次运行的引擎不同:\n"
                        + "  library(库版本):记录为 0.1.0,现在为 0.2.0\n"
                        + "  rules(规则):记录为 sha256:1,现在为 sha256:2\n"
                        + "  data.calendar(日历数据):记录为 无,现在为 sha256:3\n"
                        + "请使用与中断的运行相同的 ip-rules 版本与政策模块、相同的 --calendar 日历文件续跑,或不带 --resume 重新运行");
    }

    /** The receipt of the first result (not error) line of a batch's output. */
    private static JsonNode firstReceipt(Path output) throws IOException {
        for (String line : Files.readAllLines(output)) {
            JsonNode receipt = JSON.readTree(line).get("receipt");
            if (receipt != null) {
                return receipt;
            }
        }
        throw new AssertionError("no result line in " + output);
    }

    /** The real thing: a batch in its own JVM, killed with SIGKILL after its first checkpoint, then resumed. */
    @Test
    void aBatchKilledBySigkillIsResumedIntoTheSameBytes(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in.jsonl");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 300_000; i++) { // cheap lines (an unknown policy), so that the run is long but quick
            b.append("{\"policy\":\"p-").append(i % 97).append("\"}\n");
        }
        Files.writeString(in, b);
        Path full = tmp.resolve("full.jsonl");
        assertThat(run("batch", in.toString(), "--out", full.toString(), "--lang", "en").exit()).isZero();

        Path out = tmp.resolve("out.jsonl");
        Files.writeString(out, "the previous good output\n");
        Path checkpoint = tmp.resolve("out.jsonl.partial.checkpoint");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), IpRules.class.getName(), "batch", in.toString(), "--out",
                out.toString(), "--threads", "1", "--lang", "en").redirectErrorStream(true)
                .redirectOutput(tmp.resolve("log.txt").toFile()).start();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!Files.exists(checkpoint) && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        p.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
        p.waitFor();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(tmp.resolve("out.jsonl.partial")),
                "the run ended before it could be killed");
        assertThat(Files.readString(out)).isEqualTo("the previous good output\n");

        CliTest.Run resumed = run("batch", in.toString(), "--out", out.toString(), "--resume", "--lang", "en");
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(resumed.err()).contains("Batch: 300,000 request(s), 0 evaluated, 300,000 invalid");
        assertThat(Files.mismatch(out, full)).isEqualTo(-1L);
    }

    /**
     * A run stopped by SIGTERM (or Ctrl-C) after its last chunk, while the whole {@code .partial} and the
     * {@code --summary} file are synced before the rename (seconds on a busy disk), is as resumable as one stopped
     * earlier, and says so: the notice stands until the results are in place. Here the run waits at the summary's
     * write, until it is stopped, on a named pipe nobody reads where the summary's {@code .partial} goes. A pipe there
     * before the run is refused ({@link #aPipeOrASocketWhereAFileIsWrittenBesideATargetIsRefusedUnopened}), so this
     * one is made once the run's checks are done (the command cannot tell a pipe made later without opening it): the
     * requests come through a pipe of their own, which the run opens only after its checks and which ends only once
     * the summary's pipe is there.
     */
    @Test
    void aRunStoppedWhileItsLastFilesAreSyncedSaysWhereItsResultsAre(@TempDir Path tmp) throws Exception {
        Path in = population(tmp, 30);
        Path full = tmp.resolve("full.jsonl");
        assertThat(run("batch", in.toString(), "--out", full.toString(), "--lang", "en").exit()).isZero();
        Path out = tmp.resolve("out.jsonl");
        Files.writeString(out, "the previous good output\n");
        Path partial = tmp.resolve("out.jsonl.partial");
        Path checkpoint = tmp.resolve("out.jsonl.partial.checkpoint");
        Path summary = tmp.resolve("s.json");
        Path requests = mkfifo(tmp.resolve("requests.fifo"));
        Path log = tmp.resolve("log.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), IpRules.class.getName(), "batch", requests.toString(), "--out",
                out.toString(), "--summary", summary.toString(), "--lang", "en").redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        // opening the requests' pipe to write waits until the run opens it to read, which it does after its checks
        java.util.concurrent.CompletableFuture<OutputStream> opened = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> {
                    try {
                        return Files.newOutputStream(requests);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
        try {
            long opening = System.nanoTime() + 60_000_000_000L;
            while (!opened.isDone() && p.isAlive() && System.nanoTime() < opening) {
                Thread.sleep(20);
            }
            assertThat(opened.isDone()).as("the run opens its requests: %s", Files.readString(log)).isTrue();
            try (OutputStream feed = opened.get()) {
                mkfifo(tmp.resolve("s.json.partial"));
                feed.write(Files.readAllBytes(in));
            } // the requests end: the run evaluates them and comes to the summary's write
            // the last checkpoint recorded (30 lines), then the summary's pipe opened: the run waits for a reader
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (p.isAlive() && System.nanoTime() < deadline && !(Files.exists(checkpoint)
                    && JSON.readTree(checkpoint.toFile()).path("lines").asLong() == 30 && waitsForAPipe(p.pid()))) {
                Thread.sleep(20);
            }
            assertThat(p.isAlive()).as("waiting at the summary's write: %s", Files.readString(log)).isTrue();
            p.destroy(); // SIGTERM
            assertThat(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).as("exits").isTrue();
        } finally {
            p.destroyForcibly();
            if (!opened.isDone()) { // the run ended before it read its requests: an open to read and write, which
                // on Linux waits for nothing, lets the test's open, which waits for a reader, go
                java.nio.channels.FileChannel.open(requests, java.nio.file.StandardOpenOption.READ,
                        java.nio.file.StandardOpenOption.WRITE).close();
                opened.get(10, java.util.concurrent.TimeUnit.SECONDS).close();
            }
        }
        assertThat(p.exitValue()).isEqualTo(143);
        assertThat(Files.readString(log)).isEqualTo("the run did not finish: the results so far are in " + partial
                + "; run the same command again with --resume to continue\n");
        assertThat(out).hasContent("the previous good output");
        Files.delete(tmp.resolve("s.json.partial"));
        CliTest.Run resumed = run("batch", in.toString(), "--out", out.toString(), "--summary", summary.toString(),
                "--resume", "--lang", "en");
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(resumed.err()).contains("Resumed: 30 line(s) kept from the interrupted run; the other 0 answered");
        assertThat(Files.mismatch(out, full)).isEqualTo(-1L);
    }

    /** A batch to standard output stopped by SIGTERM says on standard error that its results stop short. */
    @Test
    void aRunToStandardOutputStoppedSaysItsResultsStopShort(@TempDir Path tmp) throws Exception {
        Path in = population(tmp, 30);
        Path requests = mkfifo(tmp.resolve("requests.fifo"));
        Path err = tmp.resolve("err.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), IpRules.class.getName(), "batch", requests.toString(), "--lang",
                "en").redirectError(err.toFile()).redirectOutput(tmp.resolve("out.jsonl").toFile()).start();
        try (OutputStream feed = Files.newOutputStream(requests)) { // waits until the run opens it to read
            feed.write(Files.readAllBytes(in));
            feed.flush();
            Thread.sleep(1_000); // the input not ended: the run waits for more
            assertThat(p.isAlive()).as(Files.readString(err)).isTrue();
            p.destroy(); // SIGTERM
            assertThat(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).as("exits").isTrue();
        } catch (IOException e) {
            // the run ended first: the pipe has no reader; the assertions below say why
        } finally {
            p.destroyForcibly();
        }
        assertThat(p.exitValue()).isEqualTo(143);
        assertThat(Files.readString(err)).isEqualTo("the run did not finish: the results on standard output stop "
                + "before the end of the input; run it again (a run to standard output cannot be resumed; one with "
                + "--out can)\n");
    }

    /**
     * Whether a thread of process {@code pid} waits to open a named pipe for a reader (Linux's {@code wchan}); where
     * that cannot be told, after a second.
     */
    private static boolean waitsForAPipe(long pid) throws Exception {
        Path tasks = Path.of("/proc", String.valueOf(pid), "task");
        if (!Files.isDirectory(tasks)) {
            Thread.sleep(1_000);
            return true;
        }
        try (var threads = Files.list(tasks)) {
            return threads.anyMatch(t -> {
                try {
                    return Files.readString(t.resolve("wchan")).contains("wait_for_partner");
                } catch (IOException e) {
                    return false; // a thread that ended
                }
            });
        }
    }

    /**
     * {@code bytes} read until {@code failAt}, where the read fails as a disk's I/O error does. Its bytes are ready as
     * a file's are, to its end (a file's size tells nothing of the failure): without, it read as a pipe that pauses,
     * whose lines in hand the batch answers before a read that would wait.
     */
    private static InputStream failingAt(byte[] bytes, int failAt) {
        return new InputStream() {
            private int at;

            @Override
            public int read() throws IOException {
                if (at == failAt) {
                    throw new IOException("Input/output error");
                }
                return bytes[at++] & 0xff;
            }

            @Override
            public int available() {
                return bytes.length - at;
            }
        };
    }

    /** Makes {@code checkpoint} that of a run in Chinese, the default (its lines are checked before their language). */
    private static void recordedInChinese(Path checkpoint) throws IOException {
        Files.writeString(checkpoint, Files.readString(checkpoint)
                .replace("\"language\":\"en\"", "\"language\":\"zh\""));
    }

    /** Writes what a run killed after its checkpoint at line {@code kept} leaves (and half of the next line). */
    private static void killedAfter(Path in, byte[] fullOutput, Path out, int kept) throws Exception {
        killedAfter(in, fullOutput, out, kept, null);
    }

    /** Per parameter file (or "" for none), the engine a checkpoint of a run with it records. */
    private static final java.util.Map<String, String> ENGINES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The engine a run with {@code params} (or none) records in its checkpoints, as JSON: built as the command builds
     * it, from the same jars.
     */
    static String recordedEngine(String params) {
        return ENGINES.computeIfAbsent(params == null ? "" : params, p -> {
            io.iprules.RulesEngine.Builder b = io.iprules.RulesEngine.builder();
            if (!p.isEmpty()) {
                b.parameters(Path.of(p));
            }
            try {
                return JSON.writeValueAsString(io.iprules.batch.JsonLinesBatch.nothingKept(b.build()).engine());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** As above, for a run decided with {@code params} (null: none). */
    private static void killedAfter(Path in, byte[] fullOutput, Path out, int kept, String params) throws Exception {
        byte[] input = Files.readAllBytes(in);
        long inputBytes = offsetAfterLines(input, kept);
        long outputBytes = offsetAfterLines(fullOutput, kept);
        long cut = offsetAfterLines(fullOutput, kept + 3) - 40;
        Path partial = out.resolveSibling(out.getFileName() + ".partial");
        Files.write(partial, java.util.Arrays.copyOf(fullOutput, (int) cut));
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(input, 0, (int) inputBytes);
        java.util.zip.CRC32C outputCrc = new java.util.zip.CRC32C();
        outputCrc.update(fullOutput, 0, (int) outputBytes);
        Files.writeString(out.resolveSibling(out.getFileName() + ".partial.checkpoint"),
                "{\"lines\":" + kept + ",\"inputBytes\":" + inputBytes + ",\"inputSha256\":\""
                        + HexFormat.of().formatHex(sha.digest()) + "\",\"outputBytes\":" + outputBytes
                        + ",\"outputCrc32c\":\"" + String.format("%08x", outputCrc.getValue()) + "\""
                        + ",\"run\":{\"language\":\"en\",\"trace\":false,\"asOf\":null,\"today\":\""
                        + IpRules.today() + "\"},\"engine\":" + recordedEngine(params) + "}\n");
    }

    private static long offsetAfterLines(byte[] b, int lines) {
        if (lines == 0) {
            return 0;
        }
        int seen = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n' && ++seen == lines) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("fewer lines");
    }

    // ---------------------------------------------------------------- 2. failed writes

    /** Standard output on a full disk: every write fails, as on /dev/full. */
    private static CliTest.Run toFullDisk(String... args) {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = IpRules.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(full, true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliTest.Run(exit, "", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFailedWriteToStandardOutputIsNeverSuccess(@TempDir Path tmp) throws Exception {
        Path in = population(tmp, 30);
        for (String[] args : List.of(new String[] {"batch", in.toString(), "--lang", "en"},
                new String[] {"evaluate", PILOT, "--lang", "en"}, new String[] {"evaluate", PILOT, "--format", "json"},
                new String[] {"policies"}, new String[] {"generate", "jiaxing-2012", "--count", "5"})) {
            CliTest.Run r = toFullDisk(args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(1);
            // the reason in the run's language too: the fake disk's "No space left on device" where the command
            // sees it, else what a PrintStream leaves (it swallows the exception)
            if (List.of(args).contains("en")) {
                assertThat(r.err()).as(String.join(" ", args)).containsAnyOf("cannot write: no space left on the disk",
                        "cannot write: the output was refused (a closed pipe or a full disk)");
            } else {
                assertThat(r.err()).as(String.join(" ", args)).containsAnyOf("写入失败:磁盘空间已满",
                        "写入失败:输出被拒绝(管道已关闭或磁盘已满)");
            }
            assertThat(r.err()).as(String.join(" ", args)).doesNotContain("internal error")
                    .doesNotContain("No space left");
        }
    }

    @Test
    void aFailedWriteOfTheOutputFileIsExitOneAndTheTargetIsUntouched(@TempDir Path tmp) throws Exception {
        Path in = population(tmp, 30);
        // the temporary file cannot be created: the target's name has 255 bytes, the most a name may have here, so
        // OUT.partial's is too long (a folder or a link in its place is refused before any work, exit 2)
        Path out = tmp.resolve("o".repeat(249) + ".jsonl");
        Files.writeString(out, "previous\n");
        CliTest.Run r = run("batch", in.toString(), "--out", out.toString(), "--lang", "en");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo(out + ".partial: cannot write: the file name is too long\n");
        assertThat(Files.readString(out)).isEqualTo("previous\n");
    }

    /**
     * A file written whole ({@code --summary}, {@code report --html}) that cannot be renamed over its target (a folder
     * made there while the work was done, after the check) is exit 1 naming the target, and the temporary file
     * beside it is removed: nothing half-done is left beside what was there.
     */
    @Test
    void aFileThatCannotBeRenamedOverItsTargetLeavesNoTemporaryFile(@TempDir Path tmp) throws Exception {
        Path target = Files.createDirectory(tmp.resolve("s.json"));
        byte[] summary = "{}\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Targets.replace(target, summary, Language.EN))
                .isInstanceOf(WriteFailedException.class).hasMessage(target + ": cannot write: it is a folder");
        assertThat(tmp.resolve("s.json.partial")).doesNotExist();
        assertThatThrownBy(() -> Targets.replace(target, summary, Language.ZH))
                .isInstanceOf(WriteFailedException.class).hasMessage(target + ": 写入失败:它是文件夹");
        assertThat(tmp.resolve("s.json.partial")).doesNotExist();
        assertThat(target).isEmptyDirectory();
    }

    /**
     * A file written whole beside its target ({@code --summary}, {@code report --html}'s page) that the disk cannot
     * hold is exit 1 naming the temporary file, which is removed (README: "{@code report --html}, {@code --summary}
     * and {@code generate --out}, which nothing resumes, remove their {@code .partial} after a failed write"; on a
     * full disk it would keep the room the disk lacked), the target left as it was. A limit on the size of the files
     * this JVM writes ({@code ulimit -f}, set on it by {@code prlimit}) stands in for the full disk: the write fails
     * part-way, its first bytes written, as it does there.
     */
    @Test
    void aFileTheDiskCannotHoldLeavesNoTemporaryFile(@TempDir Path tmp) throws Exception {
        Path target = Files.writeString(tmp.resolve("s.json"), "the previous summary\n");
        byte[] bytes = new byte[1 << 20];
        java.util.Arrays.fill(bytes, (byte) 'x');
        Throwable failed = withFileSizeLimit(1 << 16, () -> Targets.replace(target, bytes, Language.EN));
        assertThat(failed).isInstanceOf(WriteFailedException.class)
                .hasMessageStartingWith(tmp.resolve("s.json.partial") + ": cannot write: ");
        assertThat(tmp.resolve("s.json.partial")).doesNotExist();
        assertThat(target).hasContent("the previous summary");
    }

    /**
     * Runs {@code action} while the files this JVM writes may be at most {@code bytes} long (the soft limit of
     * {@code ulimit -f}, set by {@code prlimit}, and set back after), and returns what it threw ({@code null}:
     * nothing). Aborted where there is no {@code prlimit}.
     */
    private static Throwable withFileSizeLimit(long bytes, org.assertj.core.api.ThrowableAssert.ThrowingCallable action)
            throws Exception {
        String pid = String.valueOf(ProcessHandle.current().pid());
        String soft;
        try {
            Process asked = new ProcessBuilder("prlimit", "--pid", pid, "--fsize", "--raw", "--noheadings",
                    "--output=SOFT").redirectErrorStream(true).start();
            soft = new String(asked.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            org.junit.jupiter.api.Assumptions.assumeTrue(asked.waitFor() == 0 && soft.matches("unlimited|[0-9]+"),
                    "no prlimit here: " + soft);
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no prlimit here: " + e.getMessage());
            return null;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(fileSizeLimit(pid, String.valueOf(bytes)), "prlimit failed");
        try {
            return org.assertj.core.api.Assertions.catchThrowable(action);
        } finally {
            assertThat(fileSizeLimit(pid, soft)).as("the limit set back to " + soft).isTrue();
        }
    }

    private static boolean fileSizeLimit(String pid, String soft) throws Exception {
        Process set = new ProcessBuilder("prlimit", "--pid", pid, "--fsize=" + soft + ":").redirectErrorStream(true)
                .start();
        set.getInputStream().readAllBytes();
        return set.waitFor() == 0;
    }

    /**
     * Results that cannot be renamed over {@code --out} (a folder made there while the work was done, after the
     * check; a disk's I/O error) are exit 1 naming {@code --out}, and, as for any failure that leaves the
     * {@code .partial} whole, stderr says where the results are and that {@code --resume} continues: it puts them in
     * place without evaluating a line again. The {@code --summary} file, written whole beside its target before the
     * results' rename, is removed, the previous summary left in place: nothing resumes it, and the resumed run
     * writes its own.
     */
    @Test
    void resultsThatCannotBeRenamedIntoPlaceAreSaidToBeResumable(@TempDir Path tmp) throws Exception {
        String requests = Files.readString(population(tmp, 30));
        Path full = tmp.resolve("full.jsonl");
        assertThat(withInput(requests, "batch", "-", "--out", full.toString(), "--lang", "en").exit()).isZero();
        Path out = tmp.resolve("out.jsonl");
        Path partial = tmp.resolve("out.jsonl.partial");
        InputStream makingAFolderAtTheEnd = new java.io.FilterInputStream(
                new ByteArrayInputStream(requests.getBytes(StandardCharsets.UTF_8))) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int r = super.read(b, off, len);
                if (r < 0 && !Files.exists(out)) {
                    Files.createDirectory(out);
                    Files.writeString(out.resolve("kept"), "someone's\n");
                }
                return r;
            }
        };
        Path summary = Files.writeString(tmp.resolve("s.json"), "the previous summary\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = IpRules.run(new String[] {"batch", "-", "--out", out.toString(), "--summary", summary.toString(),
            "--lang", "en"}, makingAFolderAtTheEnd, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith(out + ": cannot write: ")
                .endsWith("\nthe run did not finish: the results so far are in " + partial + "; run the same command "
                        + "again with --resume to continue\n");
        assertThat(out.resolve("kept")).hasContent("someone's");
        assertThat(summary).hasContent("the previous summary");
        assertThat(tmp.resolve("s.json.partial")).doesNotExist();
        Files.delete(out.resolve("kept"));
        Files.delete(out);
        CliTest.Run resumed = withInput(requests, "batch", "-", "--out", out.toString(), "--resume", "--lang", "en");
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(resumed.err()).contains("Resumed: 30 line(s) kept from the interrupted run; the other 0 answered");
        assertThat(Files.mismatch(out, full)).isEqualTo(-1L);
    }

    /**
     * A {@code --summary} file that cannot be written (a full disk; here a folder where no file can be made, as
     * {@code /proc/self}) fails the run (exit 1) before its results are renamed over {@code --out}: the previous
     * output is in place, the {@code .partial} and its checkpoint are kept, and {@code --resume} with a summary that
     * can be written ends in the bytes of a run never interrupted. The results had replaced the output first, and
     * the previous summary was left beside them, with nothing to resume.
     */
    @Test
    void aSummaryThatCannotBeWrittenLeavesThePreviousOutputAndTheRunResumable(@TempDir Path tmp) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "a Linux /proc");
        Path in = population(tmp, 300);
        Path full = tmp.resolve("full.jsonl");
        assertThat(run("batch", in.toString(), "--out", full.toString(), "--lang", "en").exit()).isZero();
        Path out = tmp.resolve("out.jsonl");
        Path partial = tmp.resolve("out.jsonl.partial");
        Path checkpoint = tmp.resolve("out.jsonl.partial.checkpoint");
        Files.writeString(out, "the previous good output\n");
        Path unwritable = Path.of("/proc/self/s.json");

        CliTest.Run failed = run("batch", in.toString(), "--out", out.toString(), "--summary", unwritable.toString(),
                "--lang", "en");
        assertThat(failed.exit()).as(failed.err()).isEqualTo(1);
        assertThat(failed.err()).startsWith(unwritable + ".partial: cannot write: ")
                .endsWith("\nthe run did not finish: the results so far are in " + partial + "; run the same "
                        + "command again with --resume to continue\n").hasLineCount(2);
        assertThat(out).hasContent("the previous good output");
        assertThat(partial).exists();
        assertThat(checkpoint).exists();

        Path summary = tmp.resolve("s.json");
        CliTest.Run resumed = run("batch", in.toString(), "--out", out.toString(), "--summary", summary.toString(),
                "--resume", "--lang", "en");
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(resumed.err())
                .contains("\nResumed: 300 line(s) kept from the interrupted run; the other 0 answered by this one\n");
        assertThat(Files.mismatch(out, full)).isEqualTo(-1L);
        assertThat(JSON.readTree(summary.toFile()).get("requests").asLong()).isEqualTo(300);
        assertThat(partial).doesNotExist();
        assertThat(checkpoint).doesNotExist();
        assertThat(tmp.resolve("s.json.partial")).doesNotExist();
    }

    /**
     * A checkpoint that cannot be written (a full disk, or a folder made in its place during the run, after the
     * check) fails the run, naming it, and leaves no temporary file beside the {@code .partial}: on a full disk one
     * was left, part-written, in the room the disk lacked.
     */
    @Test
    void aCheckpointThatCannotBeWrittenLeavesNoTemporaryFile(@TempDir Path tmp) throws Exception {
        Path checkpoint = Files.createDirectory(tmp.resolve("r.jsonl.partial.checkpoint"));
        assertThatThrownBy(() -> Targets.writeCheckpoint(checkpoint, io.iprules.batch.Checkpoint.NOTHING_KEPT,
                new Targets.RunSettings(Language.EN, false, null, IpRules.today()), Language.EN))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageStartingWith(checkpoint + ": cannot write: ");
        assertThat(tmp.resolve("r.jsonl.partial.checkpoint.tmp")).doesNotExist();
        assertThat(checkpoint).isEmptyDirectory();
    }

    /**
     * Standard error on a full disk: a batch whose summary is lost there is exit 1, not 0, though nothing can say so;
     * its results and its {@code --summary} file are whole. A run that writes nothing on standard error stays 0.
     */
    @Test
    void aSummaryLostOnStandardErrorIsNeverSuccess(@TempDir Path tmp) throws Exception {
        Path in = population(tmp, 5);
        Path results = tmp.resolve("r.jsonl");
        Path summary = tmp.resolve("s.json");
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = IpRules.run(new String[] {"batch", in.toString(), "--out", results.toString(), "--summary",
                summary.toString()}, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true,
                StandardCharsets.UTF_8), new PrintStream(full, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(1);
        assertThat(Files.readAllLines(results)).hasSize(5);
        assertThat(Files.readString(summary)).contains("\"requests\" : 5");
        exit = IpRules.run(new String[] {"policies", "--format", "json"}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(full, true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
    }

    /**
     * Every file a command writes, on a full disk (a full-disk device such as {@code /dev/full}): exit 1, never 0,
     * naming the file in the run's language; a batch's results, written before its summary, are in place.
     */
    @Test
    void aFullDiskIsExitOneForEveryFileACommandWrites(@TempDir Path tmp) throws Exception {
        Path full = device(tmp, "full", 1, 7);
        String in = population(tmp, 5).toString();
        Path results = tmp.resolve("r.jsonl");
        String[][] commands = {
            {"batch", in, "--out", full.toString(), "--lang", "en"},
            {"batch", in, "--out", results.toString(), "--summary", full.toString(), "--lang", "en"},
            {"report", PILOT, "--html", full.toString(), "--lang", "en"},
            {"generate", "jiaxing-2012", "--count", "3", "--out", full.toString(), "--lang", "en"}};
        for (String[] command : commands) {
            CliTest.Run r = run(command);
            assertThat(r.exit()).as(String.join(" ", command)).isEqualTo(1);
            assertThat(r.out()).as(String.join(" ", command)).isEmpty();
            assertThat(r.err()).as(String.join(" ", command))
                    .endsWith(full + ": cannot write: no space left on the disk\n");
            if (command[3].equals(full.toString())) { // nothing but the failure is told
                assertThat(r.err()).as(String.join(" ", command)).hasLineCount(1);
            }
            assertThat(Files.isRegularFile(full)).as("still the device").isFalse();
        }
        assertThat(Files.readAllLines(results)).hasSize(5);
        CliTest.Run zh = run("generate", "jiaxing-2012", "--count", "3", "--out", full.toString());
        assertThat(zh.exit()).isEqualTo(1);
        assertThat(zh.err()).isEqualTo(full + ": 写入失败:磁盘空间已满\n");
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("partial"));
        }
    }

    /**
     * A symbolic link to a device is the device: written through as the device itself is, never replaced by a file,
     * and the link stays a link, for every file a command writes.
     */
    @Test
    void aLinkToADeviceIsWrittenThroughAndStaysALink(@TempDir Path tmp) throws Exception {
        Path device = device(tmp, "null", 1, 3);
        String in = population(tmp, 5).toString();
        Path link = Files.createSymbolicLink(tmp.resolve("out.link"), device);
        String[][] commands = {
            {"batch", in, "--out", link.toString(), "--lang", "en"},
            {"batch", in, "--out", tmp.resolve("r.jsonl").toString(), "--summary", link.toString(), "--lang", "en"},
            {"report", PILOT, "--html", link.toString(), "--lang", "en"},
            {"generate", "jiaxing-2012", "--count", "3", "--out", link.toString(), "--lang", "en"}};
        for (String[] command : commands) {
            CliTest.Run r = run(command);
            assertThat(r.exit()).as(String.join(" ", command) + ": " + r.err()).isZero();
            assertThat(Files.readSymbolicLink(link)).as(String.join(" ", command)).isEqualTo(device);
            assertThat(Files.isRegularFile(device)).as(String.join(" ", command)).isFalse();
            try (var left = Files.list(tmp)) {
                assertThat(left.map(p -> p.getFileName().toString())).as(String.join(" ", command))
                        .noneMatch(n -> n.contains("partial"));
            }
        }
    }

    // ---------------------------------------------------------------- 3. bounded readers

    @Test
    void standardInputIsReadOnlyToItsLimit() {
        InputStream endless = new InputStream() {
            long served;

            @Override
            public int read() {
                served++;
                return '0';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) '0');
                served += len;
                if (served > 64L << 20) {
                    throw new AssertionError("read far beyond the limit");
                }
                return len;
            }
        };
        for (String command : List.of("evaluate", "report", "replay")) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            String[] args = switch (command) {
                case "report" -> new String[] {"report", "-", "--html", "-", "--lang", "en"};
                case "replay" -> new String[] {"replay", "-", PILOT, "--lang", "en"};
                default -> new String[] {"evaluate", "-", "--lang", "en"};
            };
            int exit = IpRules.run(args, endless, new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(exit).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("standard input: is larger than 4194304 bytes");
        }
        // and in Chinese, the default: standard input named in Chinese too
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = IpRules.run(new String[] {"evaluate", "-"}, endless, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("标准输入: 超过 4194304 字节");
    }

    /** A request of exactly 4 MiB, the limit, is read and evaluated; one byte more is refused, naming the file. */
    @Test
    void aRequestOfExactlyTheLimitIsReadAndOneByteMoreIsNot(@TempDir Path tmp) throws Exception {
        byte[] request = Files.readAllBytes(Path.of(PILOT));
        int limit = 4 * 1024 * 1024;
        Path exact = tmp.resolve("exact.json");
        byte[] padded = java.util.Arrays.copyOf(request, limit);
        java.util.Arrays.fill(padded, request.length, limit, (byte) ' '); // whitespace after the document
        Files.write(exact, padded);
        CliTest.Run read = run("evaluate", exact.toString(), "--format", "json", "--lang", "en");
        assertThat(read.exit()).as(read.err()).isZero();
        assertThat(read.json().get("policy").asText()).isEqualTo("jiaxing-2012");
        Path over = tmp.resolve("over.json");
        Files.write(over, padded);
        Files.write(over, new byte[] {' '}, java.nio.file.StandardOpenOption.APPEND);
        CliTest.Run en = run("evaluate", over.toString(), "--lang", "en");
        assertThat(en.exit()).isEqualTo(2);
        assertThat(en.out()).isEmpty();
        assertThat(en.err()).isEqualTo(over + ": is larger than 4194304 bytes, the most one request may have, in a "
                + "file or as a line of a batch (a file of several requests, one per line, goes to `batch`)\n");
        CliTest.Run zh = run("evaluate", over.toString());
        assertThat(zh.exit()).isEqualTo(2);
        assertThat(zh.err()).isEqualTo(over + ": 超过 4194304 字节,即单个请求的上限,无论是一个文件还是批量评估的一行"
                + "(多个请求每行一个的文件请用 `batch`)\n");
    }

    // ---------------------------------------------------------------- 4. parameter files

    @Test
    void aParameterFileIsReadAsStrictlyAsARequest(@TempDir Path tmp) throws Exception {
        String value = "{\"jiaxing-2012\": {\"JX_MAXIMUM_LIMIT\": [{\"from\": \"2012-11-05\", \"value\": %s, "
                + "\"source\": \"test\"}]}}";
        Path huge = tmp.resolve("huge.json");
        for (String v : List.of("\"1e999999999\"", "1e999999999", "\"1e50\"")) {
            Files.writeString(huge, String.format(value, v));
            CliTest.Run r = run("evaluate", PILOT, "--params", huge.toString(), "--lang", "en");
            assertThat(r.exit()).as(v).isEqualTo(2);
            assertThat(r.err()).as(v).startsWith(huge.toString() + ": jiaxing-2012.JX_MAXIMUM_LIMIT[0].value: has ")
                    .contains("digits written out in full").hasLineCount(1);
            CliTest.Run zh = run("evaluate", PILOT, "--params", huge.toString());
            assertThat(zh.exit()).as(v).isEqualTo(2);
            // in Chinese, still naming the file and the path
            assertThat(zh.err()).as(v).contains(huge.toString()).contains("jiaxing-2012.JX_MAXIMUM_LIMIT[0].value")
                    .contains("位数字;最多接受 40 位").doesNotContain("digits").hasLineCount(1);
        }
        // a value holding a newline and an escape sequence is quoted on the message's one line, not echoed raw
        Path forged = tmp.resolve("forged.json");
        Files.writeString(forged, String.format(value, "\"5\\nforged: line\\u001b[31m\""));
        for (String lang : List.of("zh", "en")) {
            CliTest.Run r = run("evaluate", PILOT, "--params", forged.toString(), "--lang", lang);
            assertThat(r.exit()).as(lang).isEqualTo(2);
            assertThat(r.err()).as(lang).hasLineCount(1).contains("5\\nforged: line\\u001B[31m")
                    .doesNotContain("\u001b");
        }
        Path trailing = tmp.resolve("trailing.json");
        Files.writeString(trailing, String.format(value, "\"150000\"") + " {\"anning-2022\": {}}");
        CliTest.Run r = run("evaluate", PILOT, "--params", trailing.toString(), "--lang", "en");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith(trailing + ": more content after the JSON document (line 1")
                .doesNotContain("FAIL_ON_TRAILING_TOKENS");
        CliTest.Run missing = run("evaluate", PILOT, "--params", "/nope.json");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("/nope.json: 无法读取参数文件:文件不存在\n"); // a Chinese run: Chinese
        CliTest.Run missingEn = run("evaluate", PILOT, "--params", "/nope.json", "--lang", "en");
        assertThat(missingEn.exit()).isEqualTo(2);
        assertThat(missingEn.err()).isEqualTo("/nope.json: cannot read the parameter file: no such file\n");
        Path noFolder = tmp.resolve("params");
        CliTest.Run inNoFolder = run("evaluate", PILOT, "--params", noFolder.resolve("p.json").toString(), "--lang",
                "en");
        assertThat(inNoFolder.exit()).isEqualTo(2);
        assertThat(inNoFolder.err()).isEqualTo(noFolder.resolve("p.json") + ": cannot read the parameter file: "
                + "the folder " + noFolder + " does not exist\n");
    }

    // ---------------------------------------------------------------- 5. escaped output

    /**
     * A file's name in a message is escaped as any text from input is: a folder named with an escape sequence and a
     * newline cannot clear the terminal or forge a line of the message, whichever command names it.
     */
    @Test
    void aFileNameInAMessageIsNeverPrintedRaw(@TempDir Path tmp) throws Exception {
        Path in = population(tmp, 5);
        Path folder = tmp.resolve("no\u001b[2Jsuch\nforged: line");
        String shown = tmp + "/no\\u001B[2Jsuch\\nforged: line";
        CliTest.Run en = run("batch", in.toString(), "--out", folder.resolve("r.jsonl").toString(), "--lang", "en");
        assertThat(en.exit()).isEqualTo(2);
        assertThat(en.err()).isEqualTo(shown + "/r.jsonl: cannot write there: the folder " + shown
                + " does not exist\n");
        CliTest.Run zh = run("report", PILOT, "--html", folder.resolve("p.html").toString());
        assertThat(zh.exit()).isEqualTo(2);
        assertThat(zh.err()).isEqualTo(shown + "/p.html: 无法写入:文件夹 " + shown + " 不存在\n");
        Files.createDirectory(folder);
        CliTest.Run directory = run("generate", "jiaxing-2012", "--out", folder.toString(), "--lang", "en");
        assertThat(directory.exit()).isEqualTo(2);
        assertThat(directory.err()).isEqualTo(shown + ": is a folder; name a file to write to\n");
    }

    @Test
    void controlCharactersFromInputAreNeverPrintedRaw() throws Exception {
        String forged = "嘉兴某公司\n\nTotal: 9,999,999.00 yuan\u001b[2J\u001b[H\u202e";
        String request = new String(Files.readAllBytes(Path.of(PILOT)), StandardCharsets.UTF_8)
                .replace("嘉兴禾城新材料科技有限公司", forged.replace("\n", "\\n").replace("\u001b", "\\u001b")
                        .replace("\u202e", "\\u202e"));
        CliTest.Run r = withInput(request, "evaluate", "-", "--lang", "en");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).doesNotContain("\u001b").doesNotContain("\u202e").contains("\\u001B[2J")
                .contains("\\n\\nTotal: 9,999,999.00 yuan");
        assertThat(r.out().lines()).noneMatch(l -> l.startsWith("Total: 9,999,999"));
        // the JSON result is JSON-escaped: byte for byte as before
        assertThat(withInput(request, "evaluate", "-", "--format", "json").json().get("applicant").asText())
                .isEqualTo(forged);
        // error messages too
        CliTest.Run bad = withInput("{\"policy\": \"x\\u001b[2J\\u001b[31m\", \"applicant\": {}}", "evaluate", "-");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).doesNotContain("\u001b").contains("\\u001B[2J");
        CliTest.Run badFile = run("evaluate", "no\u001b[2Jsuch.json");
        assertThat(badFile.err()).doesNotContain("\u001b");
        CliTest.Run badDate = run("evaluate", PILOT, "--as-of", "\u001b[2J");
        assertThat(badDate.exit()).isEqualTo(2);
        assertThat(badDate.err()).doesNotContain("\u001b");
    }

    /** What JSON output writes as escapes beyond JSON's own: C1 controls (a CSI), DEL, bidi controls, U+2028. */
    private static final String CONTROLS = "禾城\u0085\u009B2J\u007F\u202E\u2066\u2028\u2029\u200F";
    private static final String ESCAPED = "禾城\\u0085\\u009B2J\\u007F\\u202E\\u2066\\u2028\\u2029\\u200F";

    /** {@code json} holds none of the characters of {@link #CONTROLS} raw, but their escapes. */
    private static void escapedEveryOne(String json) {
        for (char c : "\u0085\u009B\u007F\u202E\u2066\u2028\u2029\u200F".toCharArray()) {
            assertThat(json.indexOf(c)).as("U+%04X raw in %s", (int) c, json).isEqualTo(-1);
        }
        assertThat(json).contains(ESCAPED);
    }

    /**
     * JSON output — evaluate's result, batch's lines (a result, an unknown field's problem), the policy listing with a
     * parameter file's source — writes the C1 and bidi controls, DEL and U+2028/U+2029 that came from input as
     * {@code \\uXXXX}, which a JSON reader turns back into them.
     */
    @Test
    void jsonOutputWritesControlCharactersOfTheInputAsEscapes(@TempDir Path tmp) throws Exception {
        String request = Files.readString(Path.of(PILOT)).replace("嘉兴禾城新材料科技有限公司", CONTROLS);
        for (String lang : List.of("zh", "en")) {
            CliTest.Run r = withInput(request, "evaluate", "-", "--format", "json", "--verbose", "--lang", lang);
            assertThat(r.exit()).as(r.err()).isZero();
            escapedEveryOne(r.out());
            assertThat(r.json().get("applicant").asText()).isEqualTo(CONTROLS);
        }

        String unknown = request.replace("\"sme\"", "\"" + CONTROLS + "\"");
        Path in = tmp.resolve("in.jsonl");
        String line = JSON.readTree(request).toString();
        Files.writeString(in, line + "\n" + JSON.readTree(unknown) + "\n" + line + "\n");
        Path out = tmp.resolve("out.jsonl");
        Path summary = tmp.resolve("summary.json");
        CliTest.Run b = run("batch", in.toString(), "--out", out.toString(), "--summary", summary.toString(),
                "--no-progress");
        assertThat(b.exit()).as(b.err()).isZero();
        String written = Files.readString(out);
        escapedEveryOne(written);
        List<String> lines = written.lines().toList();
        assertThat(JSON.readTree(lines.get(0)).get("applicant").asText()).isEqualTo(CONTROLS);
        assertThat(JSON.readTree(lines.get(1)).at("/error/problems/0/path").asText())
                .isEqualTo("applicant." + CONTROLS);
        CliTest.Run toStdout = run("batch", in.toString(), "--no-progress");
        assertThat(toStdout.out()).isEqualTo(written);
        // the summary names a repeat by its credit code, checked: written with the same escapes, laid out as before
        String summaryJson = Files.readString(summary);
        assertThat(summaryJson).isEqualTo(JSON.readTree(summaryJson).toPrettyString() + "\n");
        assertThat(JSON.readTree(summaryJson).at("/duplicates/count").asInt()).isEqualTo(1);

        // a parameter's source holds no control character (refused, as in a calendar notice's title): the rest
        String uncontrolled = "禾城\u202E\u2066\u2028\u2029\u200F";
        String uncontrolledEscaped = "禾城\\u202E\\u2066\\u2028\\u2029\\u200F";
        Path params = tmp.resolve("params.json");
        Files.writeString(params, Files.readString(Path.of("params/jiaxing-implementing-rules.example.json"))
                .replace("EXAMPLE ONLY: put", uncontrolledEscaped + " put"));
        CliTest.Run policies = run("policies", "--params", params.toString(), "--format", "json");
        assertThat(policies.exit()).as(policies.err()).isZero();
        for (char c : "\u202E\u2066\u2028\u2029\u200F".toCharArray()) {
            assertThat(policies.out().indexOf(c)).as("U+%04X raw", (int) c).isEqualTo(-1);
        }
        assertThat(policies.out()).contains(uncontrolledEscaped + " put the implementing rule's document number here");
        assertThat(policies.json().toString()).contains(uncontrolled);
    }

    /**
     * A request, a batch line or a parameter file beginning with a NUL byte: refused naming it (exit 2), where the
     * parser took the bytes for UTF-16 and named a character that is not there ("≰", "�").
     */
    @Test
    void aNulByteFirstIsNamedAsSuch(@TempDir Path tmp) throws Exception {
        String request = Files.readString(Path.of(PILOT));
        String en = "not valid JSON at byte 0: a NUL byte (control character U+0000), which JSON allows nowhere; save "
                + "the file as UTF-8 (text saved as UTF-16 holds NUL bytes)";
        String zh = "第 0 字节处不是有效的 JSON:NUL 字节(控制字符 U+0000),JSON 中任何位置都不允许;请将文件另存为 UTF-8 "
                + "编码(存为 UTF-16 的文本含有 NUL 字节)";
        CliTest.Run stdin = withInput("\0" + request, "evaluate", "-", "--lang", "en");
        assertThat(stdin.exit()).isEqualTo(2);
        assertThat(stdin.err()).contains(en).doesNotContain("≰");
        Path file = tmp.resolve("nul.json");
        Files.write(file, ("\0" + request).getBytes(StandardCharsets.UTF_8));
        CliTest.Run fromFile = run("evaluate", file.toString(), "--format", "json");
        assertThat(fromFile.exit()).isEqualTo(2);
        assertThat(fromFile.err()).contains(zh);

        Path lines = tmp.resolve("nul.jsonl");
        Files.write(lines, ("\0" + JSON.readTree(request) + "\n").getBytes(StandardCharsets.UTF_8));
        CliTest.Run batch = run("batch", lines.toString(), "--no-progress", "--lang", "en");
        assertThat(JSON.readTree(batch.out()).at("/error/problems/0/message").asText()).isEqualTo(en);

        Path params = tmp.resolve("params.json");
        Files.write(params, "{\0}".getBytes(StandardCharsets.UTF_8));
        CliTest.Run p = run("evaluate", PILOT, "--params", params.toString(), "--lang", "en");
        assertThat(p.exit()).isEqualTo(2);
        assertThat(p.err()).isEqualTo(params + ": " + en.replace("byte 0", "byte 1") + "\n").doesNotContain("\uFFFD");
        CliTest.Run pZh = run("evaluate", PILOT, "--params", params.toString());
        assertThat(pZh.exit()).isEqualTo(2);
        assertThat(pZh.err()).isEqualTo(params + ": " + zh.replace("第 0 字节", "第 1 字节") + "\n");
    }

    /**
     * A parameter's source that shows, with characters that reorder or break a line beside it (U+202E, U+2028), is
     * listed with them escaped; one with a control character (a line feed, a carriage return, ESC) is refused, naming
     * its path, as the calendar reader refuses a notice's title that holds one: it would break the line that cites it.
     */
    @Test
    void aParameterSourceIsNeverPrintedRaw(@TempDir Path tmp) throws Exception {
        Path params = tmp.resolve("params.json");
        String example = Files.readString(Path.of("params/jiaxing-implementing-rules.example.json"));
        Files.writeString(params, example.replace("EXAMPLE ONLY: put", "嘉科\\u2028结论:不符合\\u202eX put"));
        for (String lang : List.of("zh", "en")) {
            CliTest.Run r = run("policies", "jiaxing-2012", "--params", params.toString(), "--lang", lang);
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).doesNotContain("\u2028").doesNotContain("\u202e")
                    .contains("嘉科\\u2028结论:不符合\\u202EX put the implementing rule's document number here");
        }
        for (String control : List.of("\\n", "\\r", "\\u001b[2J")) {
            Files.writeString(params, example.replace("EXAMPLE ONLY: put", "嘉科" + control + "结论:不符合 put"));
            CliTest.Run en = run("policies", "jiaxing-2012", "--params", params.toString(), "--lang", "en");
            assertThat(en.exit()).isEqualTo(2);
            assertThat(en.out()).isEmpty();
            assertThat(en.err()).startsWith(params + ": jiaxing-2012.JX_PATENT_GRANT.INVENTION[0].source: contains a "
                    + "control character (U+00");
            CliTest.Run zh = run("policies", "beijing-2012", "--params", params.toString());
            assertThat(zh.exit()).isEqualTo(2);
            assertThat(zh.err()).startsWith(params + ": jiaxing-2012.JX_PATENT_GRANT.INVENTION[0].source: "
                    + "含有控制字符(U+00");
        }
    }

    /**
     * A source with a line feed made a line of the listing of its own ("结论:不符合"), in either language: the listing
     * was escaped only line by line, which keeps the line feeds it is made of, and wrote a source's own among them. The
     * parameter reader refuses such a source now; the listing escapes what a deployment wrote all the same, as the
     * officer's text escapes what a request wrote.
     */
    @Test
    void theListingEscapesASourceItself() {
        String source = "嘉科\n结论:不符合\r\u001b[2J\u2028\u202eX";
        io.iprules.PolicyDescription jiaxing = io.iprules.RulesEngine.builder().build().policy("jiaxing-2012");
        List<io.iprules.ParameterInfo> parameters = jiaxing.parameters().stream().map(p -> p.open()
                ? p.withValues(List.of(new io.iprules.ParameterValue(java.time.LocalDate.of(2013, 1, 1), "1", source)))
                : p).toList();
        for (io.iprules.Language lang : io.iprules.Language.values()) {
            String listed = PolicyListing.render(List.of(jiaxing.withParameters(parameters)), lang);
            assertThat(listed).doesNotContain("\u001b").doesNotContain("\r").doesNotContain("\u2028")
                    .doesNotContain("\u202e").contains("嘉科\\n结论:不符合\\r\\u001B[2J\\u2028\\u202EX");
            assertThat(listed.lines()).noneMatch(l -> l.startsWith("结论"));
        }
    }

    /**
     * A calendar file's name is the deployment's text too: a line feed in it makes no line of the listing (a name
     * Windows cannot hold).
     */
    @Test
    @org.junit.jupiter.api.condition.DisabledOnOs(org.junit.jupiter.api.condition.OS.WINDOWS)
    void aCalendarFilesNameForgesNoLineOfTheListing(@TempDir Path tmp) throws Exception {
        Path year = tmp.resolve("x\n结论:不符合\u001b.json");
        try (var bundled = getClass().getResourceAsStream("/io/iprules/kit/calendar/cn/2026.json")) {
            Files.copy(bundled, year);
        }
        CliTest.Run r = run("policies", "beijing-2012", "--calendar", year.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("[文件 x\\n结论:不符合\\u001B.json]").doesNotContain("\u001b");
        assertThat(r.out().lines()).noneMatch(l -> l.startsWith("结论"));
    }

    // ---------------------------------------------------------------- 6. user mistakes in plain words

    /**
     * A name Java cannot make a path of is the user's mistake (exit 2), naming the file and what the system says:
     * on Linux a NUL character (on Windows a {@code ?} or {@code *}); under the C locale, a name the system's
     * character set cannot write, which {@code FileNamesTest} gives in a JVM of its own, and which is recognised
     * by the JDK's words.
     */
    @Test
    void aNameThatIsNoPathIsTheUsersMistake() {
        CliTest.Run en = run("evaluate", "bad\u0000.json", "--lang", "en");
        assertThat(en.exit()).isEqualTo(2);
        assertThat(en.out()).isEmpty();
        assertThat(en.err()).isEqualTo("bad\\u0000.json: cannot read: not a file name this system accepts (Nul "
                + "character not allowed)\n");
        CliTest.Run zh = run("batch", "bad\u0000.jsonl");
        assertThat(zh.exit()).isEqualTo(2);
        assertThat(zh.err()).isEqualTo("bad\\u0000.jsonl: 无法读取:本系统不接受这样的文件名(Nul character not allowed)\n");
        // the JDK's reason for a name its file system's character set cannot write (sun.nio.fs.UnixPath)
        assertThat(InputFiles.unmappable(new java.nio.file.InvalidPathException("发明.json",
                "Malformed input or input contains unmappable characters"))).isTrue();
        assertThat(InputFiles.unmappable(new java.nio.file.InvalidPathException("bad\u0000.json",
                "Nul character not allowed"))).isFalse();
    }

    /**
     * A name whose first character is U+FFFD, as a name that begins with a byte that is not UTF-8 reaches Java
     * ({@code FileNamesTest} gives such bytes through a shell, in a JVM of its own): a missing input is told as a
     * name to rename, and an output is refused before any work, as when the character comes later in the name.
     */
    @Test
    void aNameThatBeginsWithBytesThatAreNotUtf8IsToldSo() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")),
                "file names are not UTF-8 here");
        Path page = Path.of("\uFFFD.html"); // in examples/, where the tests run: relative, so the name begins with it
        Path generated = Path.of("\uFFFD.jsonl");
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.exists(page) || Files.exists(generated),
                "a file named \uFFFD is left in examples/");
        try {
            CliTest.Run input = run("evaluate", "\uFFFD.json", "--lang", "en");
            assertThat(input.exit()).isEqualTo(2);
            assertThat(input.err()).isEqualTo("\uFFFD.json: cannot read: no file of this name; bytes of a name that "
                    + "are not UTF-8 (the system's character set) arrive as \uFFFD, and such a file cannot be opened: "
                    + "rename it in UTF-8\n");
            CliTest.Run inputZh = run("batch", "\uFFFD.jsonl");
            assertThat(inputZh.exit()).isEqualTo(2);
            assertThat(inputZh.err()).isEqualTo("\uFFFD.jsonl: 无法读取:没有此名的文件;文件名中不是 UTF-8(系统字符集)"
                    + "的字节显示为 \uFFFD,这样的文件无法打开:请用 UTF-8 字符为它改名\n");
            CliTest.Run out = run("report", PILOT, "--html", page.toString(), "--lang", "en");
            assertThat(out.exit()).isEqualTo(2);
            assertThat(out.err())
                    .isEqualTo("\uFFFD.html: cannot write there: the name holds \uFFFD, which is how bytes "
                    + "that are not UTF-8 (the system's character set) arrive, so the file would be made under another "
                    + "name than the one given. Name it in UTF-8\n");
            CliTest.Run outZh = run("generate", "jiaxing-2012", "--count", "1", "--out", generated.toString());
            assertThat(outZh.exit()).isEqualTo(2);
            assertThat(outZh.err()).isEqualTo("\uFFFD.jsonl: 无法写入:文件名中有 \uFFFD,这是不属于 UTF-8(系统字符集)的字节"
                    + "到达时的样子,文件会以另一个名字创建,而不是所给的名字。请用 UTF-8 字符命名\n");
            assertThat(page).doesNotExist();
            assertThat(generated).doesNotExist();
        } finally {
            Files.deleteIfExists(page); // written only if it was not refused
            Files.deleteIfExists(generated);
        }
    }

    /**
     * A batch's output given to evaluate or report is told as results, as one result is, before "more content after
     * the request … as a batch", which sent the user to batch, where each line failed again as a result.
     */
    @Test
    void aBatchsOutputGivenForARequestIsToldAsResults(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in.jsonl");
        String request = new ObjectMapper().readTree(Files.readString(Path.of(PILOT))).toString();
        Files.writeString(in, request + "\n" + request + "\n");
        Path results = tmp.resolve("results.jsonl");
        CliTest.Run batch = run("batch", in.toString(), "--out", results.toString(), "--lang", "en");
        assertThat(batch.exit()).as(batch.err()).isZero();
        assertThat(Files.readAllLines(results)).hasSize(2);
        String en = "this is not a request but the output of evaluations (a result has eligible and receipt, an error "
                + "line has line and error), and more content follows it (line 2, column 1); give the requests they "
                + "were made from; to check a batch's results, use ip-rules replay --line N\n";
        String zh = "这不是请求,而是评估的输出(结果含 eligible 与 receipt,错误行含 line 与 error),其后还有内容(第 2 行第 1 "
                + "列);请给出生成它们的请求;核对批量评估的结果用 ip-rules replay --line N\n";
        for (List<String> command : List.of(List.of("evaluate", results.toString()),
                List.of("report", results.toString(), "--html", tmp.resolve("page.html").toString()))) {
            List<String> english = new ArrayList<>(command);
            english.addAll(List.of("--lang", "en"));
            CliTest.Run r = run(english.toArray(String[]::new));
            assertThat(r.exit()).as(command.get(0)).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).as(command.get(0)).isEqualTo(en);
            CliTest.Run chinese = run(command.toArray(String[]::new));
            assertThat(chinese.exit()).as(command.get(0)).isEqualTo(2);
            assertThat(chinese.err()).as(command.get(0)).isEqualTo(zh);
        }
        assertThat(tmp.resolve("page.html")).doesNotExist();
    }

    @Test
    void mistakesAreExitTwoInTheContractsWords(@TempDir Path tmp) throws Exception {
        Path two = tmp.resolve("two.json");
        String one = Files.readString(Path.of(PILOT));
        Files.writeString(two, one + one);
        CliTest.Run several = run("evaluate", two.toString());
        assertThat(several.exit()).isEqualTo(2);
        // Chinese by default
        assertThat(several.err()).contains("请求之后还有内容(第 ").contains("多个请求每行一个,作为批量提交(`ip-rules batch`")
                .doesNotContain("FAIL_ON_TRAILING_TOKENS").doesNotContain("Feature");
        CliTest.Run date = run("evaluate", PILOT, "--as-of", "2013/12/31");
        assertThat(date.exit()).isEqualTo(2);
        assertThat(date.err()).contains("选项 --as-of 的取值无效:必须是有效日期 YYYY-MM-DD,而不是“2013/12/31”")
                .contains("must be a real date YYYY-MM-DD, not '2013/12/31'").doesNotContain("java.time");
        CliTest.Run dateEn = run("evaluate", PILOT, "--as-of", "2013/12/31", "--lang", "en");
        assertThat(dateEn.exit()).isEqualTo(2);
        assertThat(dateEn.err()).contains("Invalid value for option '--as-of': must be a real date YYYY-MM-DD, not "
                + "'2013/12/31'").doesNotContain("必须");
        // a date of the form that is no date: said so, as the request reader says of a request's asOf
        CliTest.Run noDay = run("evaluate", PILOT, "--as-of", "2013-02-29");
        assertThat(noDay.exit()).isEqualTo(2);
        assertThat(noDay.err()).contains("选项 --as-of 的取值无效:必须是有效日期 YYYY-MM-DD,而不是“2013-02-29”");
        CliTest.Run noDayEn = run("evaluate", PILOT, "--as-of", "2013-02-29", "--lang", "en");
        assertThat(noDayEn.err()).contains("Invalid value for option '--as-of': must be a real date YYYY-MM-DD, not "
                + "'2013-02-29'");
        // java.time reads it; the form does not
        CliTest.Run farYear = run("evaluate", PILOT, "--as-of", "+999999999-12-31");
        assertThat(farYear.exit()).isEqualTo(2);
        assertThat(farYear.err()).contains("必须是有效日期 YYYY-MM-DD,而不是“+999999999-12-31”");
        CliTest.Run unknown = run("evaluate", PILOT, "--no-such-option");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("未知选项:'--no-such-option'");
        Path gbk = tmp.resolve("gbk.json");
        Files.write(gbk, one.getBytes(java.nio.charset.Charset.forName("GBK")));
        CliTest.Run notUtf8 = run("evaluate", gbk.toString());
        assertThat(notUtf8.exit()).isEqualTo(2);
        assertThat(notUtf8.err()).contains("字节(0x").contains("处不是有效的 UTF-8:请将文件另存为 UTF-8 编码");
        CliTest.Run folder = run("evaluate", tmp.toString(), "--lang", "en");
        assertThat(folder.exit()).isEqualTo(2);
        assertThat(folder.err()).isEqualTo(tmp + ": is a folder, not a file\n");
        CliTest.Run garbage = withInput("{\"policy\": tru", "evaluate", "-");
        assertThat(garbage.exit()).isEqualTo(2);
        assertThat(garbage.err()).doesNotContain("Feature").doesNotContain("REDACTED");
    }

    // ---------------------------------------------------------------- 7. repeated applicants

    @Test
    void theSameApplicantTwiceIsFlaggedWithTheBudgetItWouldDouble(@TempDir Path tmp) throws Exception {
        String one = JSON.readTree(Files.readString(Path.of(PILOT))).toString();
        String other = one.replace("91330400MA28A0001D", "91330400MA28A0002B").replace("嘉兴禾城新材料科技有限公司", "另一家公司");
        Path in = tmp.resolve("in.jsonl");
        Files.writeString(in, one + "\n" + other + "\n" + one + "\n");
        Path summary = tmp.resolve("s.json");
        CliTest.Run r = run("batch", in.toString(), "--out", tmp.resolve("o.jsonl").toString(), "--summary",
                summary.toString(), "--lang", "en");
        assertThat(r.exit()).isZero();
        JsonNode evaluated = JSON.readTree(Files.readAllLines(tmp.resolve("o.jsonl")).get(2));
        String total = evaluated.get("total").asText();
        JsonNode d = JSON.readTree(summary.toFile()).get("duplicates");
        assertThat(d.get("count").asLong()).isEqualTo(1);
        assertThat(d.get("amount").asText()).isEqualTo(total);
        assertThat(d.get("repeats").get(0).get("line").asLong()).isEqualTo(3);
        assertThat(d.get("repeats").get(0).get("firstLine").asLong()).isEqualTo(1);
        assertThat(d.get("repeats").get(0).get("creditCode").asText()).isEqualTo("91330400MA28A0001D");
        assertThat(r.err()).contains("Repeated applicants: 1 line(s) repeating an applicant met earlier; the budget "
                        + "above counts their " + Yuan.format(new BigDecimal(total)) + " yuan on top of")
                .contains("line 3 repeats line 1");
        assertThat(d.get("omitted").asLong()).isZero();
    }

    /**
     * The same enterprise applying with its credit code and again without it (beijing-2012 makes the code optional;
     * its name alone) is one applicant: §3(1) subsidises its 12,345.67 yuan of interest at the deployment's 50%,
     * 6,172.84 yuan (12,345.67 × 0.5 = 6,172.835, half up), on each line, so the budget counts it twice and the
     * summary says so, by its name, whichever line came first. Two codes are two enterprises, though their names be
     * the same.
     */
    @Test
    void theSameApplicantWithAndWithoutItsCreditCodeIsFlagged(@TempDir Path tmp) throws Exception {
        String uncoded = "{\"policy\":\"beijing-2012\",\"asOf\":\"2014-03-31\",\"applicant\":{"
                + "\"name\":\"北京示例科技有限公司\",\"registeredInBeijing\":true,\"industries\":[\"OTHER\"],"
                + "\"zhongguancun\":true,\"pledgeLoans\":[{\"bank\":\"北京银行\",\"pledge\":\"TRADEMARK\","
                + "\"interestPaid\":\"12345.67\",\"year\":2013}]}}";
        String coded = uncoded.replace("{\"name\":", "{\"creditCode\":\"91110108MA01A0001D\",\"name\":");
        String otherCode = uncoded.replace("{\"name\":", "{\"creditCode\":\"91110108MA00123455\",\"name\":");
        Path params = tmp.resolve("params.json");
        Files.writeString(params, "{\"beijing-2012\":{\"BJ_PLEDGE_LOAN_INTEREST.RATE\":[{\"from\":\"2012-12-14\","
                + "\"value\":\"0.5\",\"source\":\"a deployment's rule\"}]}}");
        for (List<String> lines : List.of(List.of(uncoded, coded), List.of(coded, uncoded),
                List.of(coded, otherCode))) {
            Path in = tmp.resolve("in.jsonl");
            Files.writeString(in, String.join("\n", lines) + "\n");
            Path summary = tmp.resolve("s.json");
            Path out = tmp.resolve("o.jsonl");
            Files.deleteIfExists(out);
            CliTest.Run r = run("batch", in.toString(), "--params", params.toString(), "--out", out.toString(),
                    "--summary", summary.toString(), "--lang", "en");
            assertThat(r.exit()).as(r.err()).isZero();
            for (String line : Files.readAllLines(out)) {
                assertThat(JSON.readTree(line).get("total").asText()).isEqualTo("6172.84");
            }
            JsonNode d = JSON.readTree(summary.toFile()).get("duplicates");
            if (lines.contains(uncoded)) {
                assertThat(d.get("count").asLong()).isEqualTo(1);
                assertThat(d.get("amount").asText()).isEqualTo("6172.84");
                assertThat(d.get("repeats").get(0).get("name").asText()).isEqualTo("北京示例科技有限公司");
                assertThat(r.err()).contains("line 2 repeats line 1: 北京示例科技有限公司 (name, beijing-2012), 6,172.84 yuan");
            } else {
                assertThat(d.get("count").asLong()).as(r.err()).isZero();
            }
        }
    }

    /**
     * A repeat whose first line was awarded nothing (an application sent again with its recognitions) is counted once
     * in the budget: the summary says what the budget counts for the repeat beside the earlier line, not that it
     * counts it twice. §7(1): a national pilot enterprise (国家知识产权试点企业) is awarded 200,000 yuan, and the same
     * enterprise's provincial demonstration is not paid again (同一企业不重复补助), so the budget is 200,000.00.
     */
    @Test
    void aRepeatWhoseFirstLineWasAwardedNothingIsNotSaidToCountTwice(@TempDir Path tmp) throws Exception {
        JsonNode full = JSON.readTree(Files.readString(Path.of(PILOT)));
        JsonNode first = full.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) first.get("applicant")).putArray("recognitions");
        Path in = tmp.resolve("in.jsonl");
        Files.writeString(in, first + "\n" + full + "\n");
        for (Language lang : Language.values()) {
            CliTest.Run r = run("batch", in.toString(), "--out", tmp.resolve("o-" + lang + ".jsonl").toString(),
                    "--lang", lang.name().toLowerCase(java.util.Locale.ROOT));
            assertThat(r.exit()).isZero();
            assertThat(r.err()).contains(lang == Language.EN
                    ? "Repeated applicants: 1 line(s) repeating an applicant met earlier; the budget above counts "
                            + "their 200,000.00 yuan on top of what their applicants’ earlier lines count"
                    : "重复申报:1 行与前面某行为同一申请人;上面的预算在这些申请人前面各行之外,又计入了这些行的 "
                            + "200,000.00 元")
                    .doesNotContain("would count twice", "重复计算");
        }
    }

    @Test
    void theSummaryListsTheFirstHundredRepeatsAndCountsTheRest(@TempDir Path tmp) throws Exception {
        Path once = tmp.resolve("once.jsonl");
        assertThat(run("generate", "jiaxing-2012", "--count", "130", "--seed", "5", "--out", once.toString()).exit())
                .isZero();
        String lines = Files.readString(once);
        Path in = tmp.resolve("in.jsonl");
        Files.writeString(in, lines + lines); // 130 applicants, each twice
        Path summary = tmp.resolve("s.json");
        CliTest.Run r = run("batch", in.toString(), "--out", tmp.resolve("o.jsonl").toString(), "--summary",
                summary.toString(), "--lang", "en");
        assertThat(r.exit()).isZero();
        JsonNode d = JSON.readTree(summary.toFile()).get("duplicates");
        long count = d.get("count").asLong();
        assertThat(count).isGreaterThan(100); // generated applicants may repeat among themselves too
        assertThat(d.get("repeats")).hasSize(100);
        assertThat(d.get("omitted").asLong()).isEqualTo(count - 100);
    }

    // ---------------------------------------------------------------- 8. today, threads, UTF-8

    @Test
    void todayIsTheDateInChinaAndTheResultSaysSo() throws Exception {
        LocalDate before = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String request = JSON.readTree(Files.readString(Path.of(PILOT))).toString()
                .replace("\"asOf\":\"2013-12-31\",", "");
        java.util.TimeZone saved = java.util.TimeZone.getDefault();
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Kiritimati")); // UTC+14
            JsonNode r = withInput(request, "evaluate", "-", "--format", "json", "--lang", "en").json();
            LocalDate asOf = LocalDate.parse(r.get("asOf").asText());
            assertThat(asOf).isBetween(before, LocalDate.now(ZoneId.of("Asia/Shanghai")));
            assertThat(r.get("warnings").toString()).contains("today in China (Asia/Shanghai)");
        } finally {
            java.util.TimeZone.setDefault(saved);
        }
    }

    @Test
    void threadsAreCappedWithAWarning(@TempDir Path tmp) throws Exception {
        Path in = population(tmp, 20);
        CliTest.Run r = run("batch", in.toString(), "--out", tmp.resolve("o.jsonl").toString(), "--threads", "100000",
                "--lang", "en");
        assertThat(r.exit()).isZero();
        int cap = Runtime.getRuntime().availableProcessors() * 4;
        assertThat(r.err()).contains("warning: --threads 100000 is more than 4 per processor; using " + cap);
        for (int threads : new int[] {1, cap}) { // the least and the most without a warning
            CliTest.Run within = run("batch", in.toString(), "--out", tmp.resolve("o.jsonl").toString(), "--threads",
                    String.valueOf(threads), "--lang", "en");
            assertThat(within.exit()).as(within.err()).isZero();
            assertThat(within.err()).as("--threads " + threads).startsWith("Batch: 20 request(s)")
                    .doesNotContain("warning");
        }
        assertThat(run("batch", in.toString(), "--threads", "0", "--lang", "en").err())
                .isEqualTo("--threads: must be at least 1, not 0\n");
    }

    @Test
    void invalidUtf8OfEveryKindIsRefusedWithItsOffset() throws Exception {
        byte[] request = Files.readAllBytes(Path.of(PILOT));
        String text = new String(request, StandardCharsets.UTF_8);
        int at = text.indexOf("MA28A0001D");
        int offset = text.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
        for (byte[] bad : List.of(new byte[] {(byte) 0xC0, (byte) 0xAF}, // overlong "/"
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a lone surrogate, encoded
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // beyond U+10FFFF
                new byte[] {(byte) 0x80}, // a continuation byte alone
                new byte[] {(byte) 0xE4, (byte) 0xB8})) { // cut short
            byte[] b = new byte[request.length + bad.length];
            System.arraycopy(request, 0, b, 0, offset);
            System.arraycopy(bad, 0, b, offset, bad.length);
            System.arraycopy(request, offset, b, offset + bad.length, request.length - offset);
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = IpRules.run(new String[] {"evaluate", "-", "--lang", "en"}, new ByteArrayInputStream(b),
                    new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(exit).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("not valid UTF-8 at byte ")
                    .containsPattern("byte " + offset + "|byte " + (offset + 1) + "|byte " + (offset + 2));
        }
    }
}
