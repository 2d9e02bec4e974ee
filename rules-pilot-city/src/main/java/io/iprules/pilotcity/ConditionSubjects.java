package io.iprules.pilotcity;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.iprules.PolicyDescription;
import io.iprules.Provision;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whom each condition is about, from {@code condition_subjects.json}: the conditions recorded for every city, for
 * every park and once for a province's set. How many conditions a result must have follows from this data, never
 * from a count written in Java; the file is checked against the provisions' codes in {@code policy.json}.
 *
 * @param city     the conditions of each applying city
 * @param park     the conditions of each of its parks
 * @param province the conditions of a province's set
 */
record ConditionSubjects(Group city, Group park, Group province) {

    /** The conditions of one kind of subject, with the clauses that set them. */
    record Group(String citation, List<String> codes) {
    }

    private record File(String note, Group city, Group park, Group province) {
    }

    /**
     * Reads the file next to {@code anchor} and checks that every implemented condition code of {@code policy} is in
     * exactly one group, and no other code.
     *
     * @throws IllegalStateException naming what does not match
     */
    static ConditionSubjects read(Class<?> anchor, PolicyDescription policy) {
        File f;
        try (InputStream in = anchor.getResourceAsStream("condition_subjects.json")) {
            if (in == null) {
                throw new IllegalStateException(anchor.getPackageName() + "/condition_subjects.json is missing");
            }
            f = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, File.class);
        } catch (IOException e) {
            throw new IllegalStateException("condition_subjects.json: " + e.getMessage(), e);
        }
        Set<String> grouped = new HashSet<>();
        for (Group g : List.of(f.city(), f.park(), f.province())) {
            for (String code : g.codes()) {
                if (!grouped.add(code)) {
                    throw new IllegalStateException("condition_subjects.json: " + code + " is in two groups");
                }
            }
        }
        Set<String> declared = new HashSet<>();
        for (Provision p : policy.provisions()) {
            declared.addAll(p.codes());
        }
        if (!grouped.equals(declared)) {
            throw new IllegalStateException("condition_subjects.json lists " + grouped + " but policy.json's "
                    + "provisions have " + declared);
        }
        return new ConditionSubjects(f.city(), f.park(), f.province());
    }

    /** How many condition codes there are, in all groups. */
    int codes() {
        return city.codes().size() + park.codes().size() + province.codes().size();
    }

    /** How many conditions a city with {@code parks} parks has. */
    int ofCity(int parks) {
        return city.codes().size() + park.codes().size() * parks;
    }
}
