package io.iprules.beijing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An enterprise under beijing-2012 (the {@code applicant} of a request). A list that is absent is empty.
 *
 * @param name               the enterprise's name
 * @param creditCode         its 统一社会信用代码, optional (checked against GB 32100-2015 when given)
 * @param registeredInBeijing whether it is registered in Beijing (本市)
 * @param zhongguancun       whether it is a 中关村 enterprise; required when {@code pledgeLoans} are given
 * @param industries         the industries it declares (§1(1))
 * @param greenChannel       certificates asked of the green channel (§2(4))
 * @param pledgeLoans        interest paid on IP-pledge loans (§3(1))
 */
public record BeijingEnterprise(String name, String creditCode, Boolean registeredInBeijing, Boolean zhongguancun,
                                List<Industry> industries, List<GreenChannelRequest> greenChannel,
                                List<PledgeLoan> pledgeLoans) {

    /** Makes absent lists empty and every list unmodifiable (a {@code null} element stays, for validation). */
    public BeijingEnterprise {
        industries = list(industries);
        greenChannel = list(greenChannel);
        pledgeLoans = list(pledgeLoans);
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(l));
    }

    /** The declared industries §1(1) lists among the eight (战略性新兴产业), in the order declared. */
    public List<Industry> getStrategicIndustries() {
        List<Industry> eight = new ArrayList<>(industries.size()); // a loop: read once per applicant evaluated
        for (Industry i : industries) {
            if (i != null && i.isStrategicEmerging() && !eight.contains(i)) {
                eight.add(i);
            }
        }
        return Collections.unmodifiableList(eight);
    }
}
