package org.backcare.intake;

import java.util.List;

/**
 * A client's consultation answers need a doctor now or today (S1, S4: emergency; S2, S5, S8: same day), so the
 * practice is told. Published once per consultation and outcome, inside the transaction that saved the answers.
 *
 * @param clientName the client's display name
 * @param clientEmail where the practice can reach the client
 * @param outcome {@link ScreeningOutcome#EMERGENCY} or {@link ScreeningOutcome#URGENT_SAME_DAY}
 * @param findings every finding of the screening, with its rule id and the action the client was shown
 */
public record PracticeAlerted(String clientName, String clientEmail, ScreeningOutcome outcome, List<Finding> findings) {

	public PracticeAlerted {
		findings = List.copyOf(findings);
	}

	public List<String> rules() {
		return findings.stream().map(Finding::rule).distinct().toList();
	}
}
