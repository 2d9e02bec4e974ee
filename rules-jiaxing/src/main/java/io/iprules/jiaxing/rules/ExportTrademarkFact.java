package io.iprules.jiaxing.rules;

import io.iprules.jiaxing.ExportTrademark;
import io.iprules.kit.Decision;

/**
 * A trademark the applicant registered abroad, with a year's exports (§6(5)5), as a fact for the rules: joined to its
 * applicant's {@link Decision}, so that applicants evaluated in one rule session never meet in a rule.
 *
 * @param decision the applicant's working record
 * @param trademark the fact as the request gives it
 */
public record ExportTrademarkFact(Decision decision, ExportTrademark trademark) implements io.iprules.kit.DecisionFact {
}
