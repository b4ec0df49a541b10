package org.backcare.intake;

import java.util.List;

/**
 * The outcome of a screening and every finding behind it; the outcome is the most severe of the findings'.
 */
public record ScreeningResult(ScreeningOutcome outcome, List<Finding> findings) {

	public ScreeningResult {
		findings = List.copyOf(findings);
	}

	public boolean allowsBooking() {
		return outcome.allowsBooking();
	}

	public boolean found(String rule) {
		return findings.stream().anyMatch(finding -> finding.rule().equals(rule));
	}
}
