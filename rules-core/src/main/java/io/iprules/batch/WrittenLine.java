package io.iprules.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.math.BigDecimal;

/** One line a batch wrote, read again when a run is resumed: what it was, and its total. */
record WrittenLine(int kind, JsonNode node, BigDecimal total) {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .nodeFactory(new JsonNodeFactory(true)).build();

    /** kind: 1 evaluated, 2 invalid, 3 internal failure (the indexes of the run's counts). */
    static WrittenLine parse(byte[] line, long number) {
        JsonNode n;
        if (line == LineReader.TOO_LONG) {
            throw notAResult(number);
        }
        try {
            n = JSON.readTree(line);
        } catch (IOException e) {
            throw notAResult(number);
        }
        if (n == null || !n.isObject() || !n.path("line").canConvertToLong() || n.path("line").asLong() != number) {
            throw new ResumeException(io.iprules.Text.bilingual(
                    "已保留输出的第 " + number + " 行不是对输入第 " + number + " 行的回答",
                    "line " + number + " of the kept output does not answer input line " + number));
        }
        JsonNode error = n.get("error");
        if (error != null) {
            return new WrittenLine(error.has("internal") ? 3 : 2, n, null);
        }
        try {
            return new WrittenLine(1, n, new BigDecimal(n.path("total").asText()));
        } catch (NumberFormatException e) {
            throw new ResumeException(io.iprules.Text.bilingual("已保留输出的第 " + number + " 行没有合计(total)",
                    "line " + number + " of the kept output has no total"));
        }
    }

    private static ResumeException notAResult(long number) {
        return new ResumeException(io.iprules.Text.bilingual("已保留输出的第 " + number + " 行不是结果行",
                "line " + number + " of the kept output is not a result line"));
    }
}
