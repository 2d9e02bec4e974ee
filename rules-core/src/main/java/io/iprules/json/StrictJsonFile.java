package io.iprules.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.iprules.Language;
import io.iprules.Text;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads a deployment's data file (a parameter file, a holiday calendar) as strictly as a request: at most
 * {@link #MAX_FILE_BYTES} bytes, valid UTF-8, one JSON document and nothing after it, no field twice, every number
 * within {@link JsonContract#MAX_NUMBER} digits written out in full (so {@code 1e999999999} is refused when the file is
 * loaded, not when a computation meets it). Each refusal is an {@link InvalidFileException} whose message is
 * {@code file: path: what is wrong}, in English, and whose {@link InvalidFileException#text()} says it in Chinese too.
 *
 * <pre>{@code
 * JsonNode root = StrictJsonFile.read(path);           // or read(name, bytes)
 * BigDecimal v = StrictJsonFile.decimal(name, "x.value", "12.5");
 * }</pre>
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.INTERNAL, since = "0.2.0")
public final class StrictJsonFile {
    /** The largest data file read: 16 MiB. */
    public static final int MAX_FILE_BYTES = 16 << 20;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .nodeFactory(new JsonNodeFactory(true))
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // numbers read the same on every Java, as a request's are (JsonContract)
            .enable(StreamReadFeature.USE_FAST_BIG_NUMBER_PARSER)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(JsonContract.MAX_NESTING)
                .maxStringLength(JsonContract.MAX_STRING)
                .maxNumberLength(JsonContract.MAX_NUMBER)
                .maxDocumentLength(MAX_FILE_BYTES)
                .build());
    }

    private StrictJsonFile() {
    }

    /** A data file that cannot be used: {@code file: path: what is wrong}. */
    public static final class InvalidFileException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final transient Text text;

        InvalidFileException(String file, String path, Text message) {
            super(file + ": " + (path.isEmpty() ? "" : path + ": ") + message.in(Language.EN));
            String at = file + ": " + (path.isEmpty() ? "" : path + ": ");
            this.text = Text.bilingual(at + message.in(Language.ZH), getMessage());
        }

        /** The message in Chinese and English ({@link #getMessage()} is the English). */
        public Text text() {
            return text;
        }
    }

    /** Reads and checks {@code file}; reading stops at {@link #MAX_FILE_BYTES} + 1 byte. */
    public static JsonNode read(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new InvalidFileException(name, "", Text.bilingual("是文件夹,不是文件", "is a folder, not a file"));
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            throw new InvalidFileException(name, "", readProblem(e));
        }
        return read(name, bytes);
    }

    /**
     * Why a file could not be read, {@code 无法读取:…} / {@code cannot read: …}: the common reasons (no such file,
     * permission denied, a path through a file, a link loop…) in words in both languages, not the system's English.
     */
    public static Text readProblem(IOException e) {
        Text reason = io.iprules.internal.CoreMessages.reason(e);
        return Text.bilingual("无法读取:" + reason.in(Language.ZH), "cannot read: " + reason.in(Language.EN));
    }

    /**
     * Where the limit the document went over was met (its path, as a request's limit is named) and whether in a
     * number's digits; {@code ("", false)} when that cannot be told.
     */
    private static JsonContract.Limit limitAt(byte[] bytes, int from) {
        try (com.fasterxml.jackson.core.JsonParser p = JSON.createParser(bytes, from, bytes.length - from)) {
            return JsonContract.limitAt(p);
        } catch (IOException | RuntimeException e) {
            return new JsonContract.Limit("", false);
        }
    }

    /** Checks {@code bytes}, named {@code name} in messages, and returns the document. */
    public static JsonNode read(String name, byte[] bytes) {
        if (bytes.length > MAX_FILE_BYTES) {
            throw new InvalidFileException(name, "", Text.bilingual("大于 " + MAX_FILE_BYTES + " 字节",
                    "is larger than " + MAX_FILE_BYTES + " bytes"));
        }
        int from = StrictUtf8.byteOrderMarkLength(bytes, bytes.length);
        Text utf8 = StrictUtf8.documentProblemText(bytes, from, bytes.length);
        if (utf8 != null) {
            throw new InvalidFileException(name, "", utf8);
        }
        JsonNode root;
        ParserWords.Source source = new ParserWords.Source(bytes, from, bytes.length); // what the parser reads
        try {
            root = JSON.readTree(JSON.createParser(bytes, from, bytes.length - from));
        } catch (StreamConstraintsException e) {
            // a request's limits, in a request's words and at its path (a source of 200,000 characters is the
            // source of one value); a long number's digits are counted against the string limit first, as a
            // request's are
            JsonContract.Limit at = limitAt(bytes, from);
            Text limit = at.inNumber() ? JsonContract.numberTooLong(JsonContract.MAX_NUMBER)
                    : JsonContract.limitMessage(e);
            throw new InvalidFileException(name, at.path(), Text.bilingual(limit.in(Language.ZH)
                    + ParserWords.whereZh(e, source),
                    limit.in(Language.EN) + ParserWords.where(e, source)));
        } catch (JsonProcessingException e) {
            throw new InvalidFileException(name, syntaxPath(e), syntaxProblem(e, source));
        } catch (IOException e) {
            throw new InvalidFileException(name, "", readProblem(e));
        } catch (NumberFormatException e) {
            throw new InvalidFileException(name, "", Text.bilingual("数值超出范围", "a number is out of range"));
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidFileException(name, "", Text.bilingual("文件为空;应为 JSON 对象",
                    "is empty; expected a JSON object"));
        }
        checkNumbers(name, "", root);
        return root;
    }

    /**
     * Reads and checks {@code bytes} as {@link #read(String, byte[])} does, then reads the document into {@code type}
     * with {@code mapper}: a field the type does not have, a value that is none of its constants, a date that is none
     * or a list where a text belongs is refused at the field's path, in a request's words ({@code unknown field;
     * expected …}, {@code must be a real date YYYY-MM-DD, not '2012-13-01'}). For the files a policy module ships,
     * which the policy kit reads into its records so, told as a deployment's files are.
     *
     * @throws InvalidFileException naming {@code name}, the path and the problem, in both languages
     */
    public static <T> T read(String name, byte[] bytes, ObjectMapper mapper, Class<T> type) {
        JsonNode root = read(name, bytes);
        try {
            return mapper.readerFor(type).readValue(root);
        } catch (JsonProcessingException e) {
            throw new InvalidFileException(name, JsonContract.pathOf(e), JsonContract.bindingMessage(e));
        } catch (IOException e) {
            throw new InvalidFileException(name, "", readProblem(e));
        }
    }

    /**
     * {@code text} as a decimal, refused (with {@code name} and {@code path}) unless it is one and has at most
     * {@link JsonContract#MAX_NUMBER} digits written out in full.
     */
    public static BigDecimal decimal(String name, String path, String text) {
        BigDecimal d;
        try {
            d = PlainDecimals.parse(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidFileException(name, path, Text.bilingual("必须是十进制数,而不是“" + text + "”",
                    "must be a decimal number, not '" + text + "'"));
        }
        Text tooLong = tooLong(d);
        if (tooLong != null) {
            throw new InvalidFileException(name, path, tooLong);
        }
        return d;
    }

    private static void checkNumbers(String name, String path, JsonNode n) {
        if (n.isNumber()) {
            Text tooLong = tooLong(n.decimalValue());
            if (tooLong != null) {
                throw new InvalidFileException(name, path, tooLong);
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                checkNumbers(name, path + "[" + i + "]", n.get(i));
            }
        } else if (n.isObject()) {
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                checkNumbers(name, path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue());
            }
        }
    }

    /**
     * What is wrong with {@code value} when it has more than {@link JsonContract#MAX_NUMBER} digits written out in
     * full (1e999 has 1,000), in both languages; {@code null} when it has no more. The same bound, in the same words,
     * for a request's decimals, a data file's numbers and a parameter's value ({@link io.iprules.ParameterUnit}).
     */
    public static Text tooLong(BigDecimal value) {
        long digits = Math.max((long) value.precision() - value.scale(), 0) + Math.max(value.scale(), 0);
        return digits <= JsonContract.MAX_NUMBER ? null : Text.bilingual("完整写出有 " + digits + " 位数字;最多接受 "
                + JsonContract.MAX_NUMBER + " 位", "has " + digits + " digits written out in full; at most "
                + JsonContract.MAX_NUMBER + " are accepted");
    }

    /**
     * What the JSON parser found wrong with a data file, in Chinese and English and in the contract's words: a
     * field given twice, content after the document, or the syntax error with its line and column. For other
     * readers of deployment files (a module's own file format) too.
     *
     * @param e     what the parser threw
     * @param bytes what the parser read, all of it (a byte order mark included): its column is counted again in
     *              characters, as an editor shows it, where the parser counts bytes
     */
    public static Text syntaxProblem(JsonProcessingException e, byte[] bytes) {
        return syntaxProblem(e, ParserWords.Source.of(bytes));
    }

    /**
     * Where in the document the parser's problem {@code e} is, as a field's problem is named: the path of a field
     * given twice ({@code example-2020.EX_GRANT.INVENTION[0].from}), so that it is told in the shape {@code file:
     * path: what is wrong} of every other problem with a file's content; empty for a problem of the text itself
     * (broken JSON, more content after the document), which {@link #syntaxProblem} places by line and column.
     */
    public static String syntaxPath(JsonProcessingException e) {
        return JsonContract.duplicatePath(e);
    }

    static Text syntaxProblem(JsonProcessingException e, ParserWords.Source source) {
        if (e instanceof StreamConstraintsException c) { // a limit (a field name too long…): said as the limit
            Text limit = JsonContract.limitMessage(c);
            return Text.bilingual(limit.in(Language.ZH) + ParserWords.whereZh(e, source),
                    limit.in(Language.EN) + ParserWords.where(e, source));
        }
        if (String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            return Text.bilingual("JSON 文档之后还有内容" + ParserWords.whereZh(e, source) + ":一个文件只含一个 JSON 文档",
                    "more content after the JSON document" + ParserWords.where(e, source)
                    + ": a file holds one document");
        }
        return ParserWords.syntax(e, source);
    }
}
