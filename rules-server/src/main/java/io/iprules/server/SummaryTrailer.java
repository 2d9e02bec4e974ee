package io.iprules.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iprules.batch.BatchSummary;
import java.util.ArrayList;
import java.util.List;

/**
 * The value of the {@code Batch-Summary} trailer: a batch's summary as one line of JSON that always fits in a trailer.
 *
 * <p>A trailer is a header field: Jetty does not send one larger than its header buffer (8 KiB; it then drops the
 * last chunk, and a complete batch looks cut off), curl refuses a trailer line of 4 KiB or more, and a field value
 * is ASCII (Jetty writes Latin-1 and turns any other character into a space). So the value is ASCII — every other
 * character, and every control character, written as a JSON {@code \\uXXXX} escape, which a JSON reader turns back
 * into the character — and at most {@link #MAX_BYTES} bytes.
 *
 * <p>What grows with the input is the list of repeated applicants ({@code duplicates.repeats}): when the whole
 * summary would not fit, the list keeps its first entries that fit and {@code duplicates.omitted} counts the rest
 * (always present: {@code count} minus the entries listed). Should even that not fit — an engine with very many
 * award codes or policies — {@code budget.byCode}, then {@code budget.awaitingApplicant.byCode} (when there), then
 * {@code byPolicy}, are left out whole and named in
 * {@code dropped} (always present, empty when nothing was). The totals — requests, evaluated, invalid, failed, the
 * budget's total, determined and undetermined, the repeats' count and amount, the deadlines of all policies — are
 * always there and exact.
 */
final class SummaryTrailer {
    /**
     * The most bytes the value may have: with {@code Batch-Summary: } and its line end the field stays under 4 KiB,
     * within curl's limit for a trailer line and half Jetty's header buffer.
     */
    static final int MAX_BYTES = 3_900;

    /** What may be left out whole, in that order, when the summary does not fit with no repeat listed. */
    private static final List<String> DROPPABLE = List.of("budget.byCode", "budget.awaitingApplicant.byCode",
            "byPolicy");

    private SummaryTrailer() {
    }

    /** The trailer's value for {@code summary}: ASCII JSON of at most {@link #MAX_BYTES} bytes. */
    static String value(BatchSummary summary) {
        return value(summary.toJson(), MAX_BYTES);
    }

    /** {@code summary} (as {@link BatchSummary#toJson()} writes it) cut to fit in {@code max} bytes. */
    static String value(ObjectNode summary, int max) {
        ObjectNode o = summary.deepCopy();
        ObjectNode duplicates = (ObjectNode) o.get("duplicates");
        long count = duplicates.path("count").asLong();
        ArrayNode all = ((ArrayNode) duplicates.get("repeats")).deepCopy();
        List<String> dropped = new ArrayList<>();
        String fits = withRepeats(o, duplicates, all, all.size(), count, dropped);
        if (fits.length() <= max) {
            return fits;
        }
        // the largest number of repeats that fits: the size grows with each repeat listed
        int lo = 0;
        int hi = all.size() - 1;
        String best = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            String s = withRepeats(o, duplicates, all, mid, count, dropped);
            if (s.length() <= max) {
                best = s;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (best != null) {
            return best;
        }
        for (String member : DROPPABLE) {
            if (!remove(o, member)) {
                continue; // not in this summary (no item awaits the applicant): nothing to name as dropped
            }
            dropped.add(member);
            String s = withRepeats(o, duplicates, all, 0, count, dropped);
            if (s.length() <= max) {
                return s;
            }
        }
        throw new IllegalStateException("the totals of a batch summary alone are over " + max + " bytes");
    }

    private static String withRepeats(ObjectNode o, ObjectNode duplicates, ArrayNode all, int listed, long count,
                                      List<String> dropped) {
        ArrayNode repeats = duplicates.putArray("repeats");
        for (int i = 0; i < listed; i++) {
            repeats.add(all.get(i));
        }
        duplicates.put("omitted", count - listed);
        ArrayNode d = o.putArray("dropped");
        dropped.forEach(d::add);
        return ascii(o);
    }

    /** Removes the member at the dotted path {@code member}; whether it was there. */
    private static boolean remove(ObjectNode o, String member) {
        int dot = member.indexOf('.');
        if (dot < 0) {
            return o.remove(member) != null;
        }
        return o.get(member.substring(0, dot)) instanceof ObjectNode p && remove(p, member.substring(dot + 1));
    }

    /**
     * {@code node} as compact JSON in ASCII: Jackson escapes the control characters in strings; every character
     * from DEL up (found only inside strings) becomes a {@code \\uXXXX} escape of its UTF-16 unit.
     */
    static String ascii(JsonNode node) {
        String json = node.toString();
        StringBuilder b = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c < 0x20 || c >= 0x7f) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
