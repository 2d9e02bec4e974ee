package io.iprules.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iprules.InvalidRequestException;
import io.iprules.Problem;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void everyProblemIsKeptAtItsPath() {
        Problems p = Problems.root("applicant");
        assertThat(p.required("name", " ")).isFalse();
        assertThat(p.required("type", "CITY")).isTrue();
        p.each("parks", Arrays.asList(3, null, -1), (v, at) -> at.notNegative("count", v));
        assertThat(p.list()).containsExactly(new Problem("applicant.name", "is required"),
                new Problem("applicant.parks[1]", "must not be null"),
                new Problem("applicant.parks[2].count", "must not be negative, but is -1"));
        assertThatThrownBy(p::throwIfAny).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void positiveRefusesZeroAndBelowButNotAMissingValue() {
        Problems p = Problems.root("applicant");
        p.positive("a", 1);
        p.positive("b", (Integer) null);
        p.positive("c", 0);
        p.positive("d", -5);
        p.positive("e", new BigDecimal("0.01"));
        p.positive("f", new BigDecimal("0.00"));
        p.positive("g", (BigDecimal) null);
        List<Problem> found = p.list();
        assertThat(found).containsExactly(new Problem("applicant.c", "must be > 0, but is 0"),
                new Problem("applicant.d", "must be > 0, but is -5"),
                new Problem("applicant.f", "must be > 0, but is 0.00"));
    }
}
