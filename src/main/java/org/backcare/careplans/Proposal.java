package org.backcare.careplans;

import org.backcare.intake.PainClass;
import org.backcare.intake.ScreeningResult;

/**
 * What the engine proposes for one intake: the pain class, the screening and, only when the screening lets the
 * client book, a plan (null otherwise).
 */
public record Proposal(PainClass painClass, ScreeningResult screening, Plan plan) {
}
