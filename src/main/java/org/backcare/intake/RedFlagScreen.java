package org.backcare.intake;

import static org.backcare.intake.ScreeningOutcome.CLEARANCE_REQUIRED;
import static org.backcare.intake.ScreeningOutcome.EMERGENCY;
import static org.backcare.intake.ScreeningOutcome.PROCEED;
import static org.backcare.intake.ScreeningOutcome.PROCEED_WITH_CAUTION;
import static org.backcare.intake.ScreeningOutcome.REFER_BEFORE_TREATMENT;
import static org.backcare.intake.ScreeningOutcome.URGENT_SAME_DAY;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The safety screening before any massage (fact sheet 9.1, S1–S9, and the modifiers of 9.2 that stop a booking
 * until someone clears it). It flags and routes; it never diagnoses (2.2). Every gate that applies is reported,
 * and the outcome is the most severe of them. Pure: no clock, no Spring.
 *
 * <p>Rule → outcome:
 * <ul>
 * <li>S1 possible cauda equina (saddle numbness, bladder/bowel change, both legs, new sexual dysfunction,
 * progressive leg weakness) → EMERGENCY. Progressive leg weakness is listed in both S1 and S3; we take the
 * more severe reading.</li>
 * <li>S2 possible spinal infection (fever or chills; recent bacterial infection; IV drug use or immunosuppression
 * with new, severe pain) → URGENT_SAME_DAY.</li>
 * <li>S3 has no input of its own in the intake (foot drop, widespread neurological signs are not asked); its
 * progressive leg weakness is covered by S1.</li>
 * <li>S4 pulsatile abdominal mass → EMERGENCY ("older smoker" is not asked).</li>
 * <li>S5 suspected DVT, or unilateral leg swelling → URGENT_SAME_DAY.</li>
 * <li>S6 history of cancer or active cancer, unexplained weight loss, night pain not eased by position, or age
 * over 50 with no improvement after 4 weeks → REFER_BEFORE_TREATMENT.</li>
 * <li>S7 major trauma, minor trauma with osteoporosis or long-term steroids, structural deformity →
 * REFER_BEFORE_TREATMENT.</li>
 * <li>S8 a warning sign in pregnancy → URGENT_SAME_DAY (contact the midwife or obstetrician now).</li>
 * <li>S9 acute systemic illness without infection signs → postpone: CLEARANCE_REQUIRED (no booking until well).</li>
 * <li>S10 (axial spondyloarthritis, NICE NG65) is not screened: its features are not in the intake.</li>
 * <li>M2 severe osteoporosis, M3 surgery less than 6 weeks ago (or without a date), M8 high-risk pregnancy →
 * CLEARANCE_REQUIRED.</li>
 * <li>M1 blood thinners or bleeding disorder, M3 surgery healed, M5 radiating leg pain, M7 first trimester, M9
 * postpartum under 6 weeks → PROCEED_WITH_CAUTION (something to check at every visit).</li>
 * <li>A flag that does not meet its gate on its own still gets a safety net (2.10 b) → PROCEED_WITH_CAUTION: IV
 * drug use or immunosuppression without new severe pain (S2), no improvement after 4 weeks at or under the age
 * threshold (S6, a cancer flag in 2.4 by itself), minor trauma without fragile bones (S7).</li>
 * </ul>
 */
public final class RedFlagScreen {

	private static final String EMERGENCY_NOW = "Go to an emergency department now. Do not wait for a massage appointment.";

	private static final String SAME_DAY = "Please see a doctor today (your GP, an urgent care service or the out-of-hours line).";

	private static final String SEE_PHYSICIAN = "Please see your doctor before any massage. We can book you once they are happy for you to go ahead.";

	private final ScreeningSettings settings;

	public RedFlagScreen(ScreeningSettings settings) {
		this.settings = settings;
	}

	public ScreeningResult screen(Intake intake) {
		var findings = new Findings();
		gates(intake, findings);
		clearances(intake, findings);
		cautions(intake, findings);
		return findings.result();
	}

	private void gates(Intake intake, Findings findings) {
		// S1: possible cauda equina syndrome; act on the early signs, retention is late (2.3).
		if (any(intake.redFlags(), RedFlag.SADDLE_NUMBNESS, RedFlag.BLADDER_OR_BOWEL_CHANGE,
				RedFlag.BILATERAL_LEG_SYMPTOMS, RedFlag.SEXUAL_DYSFUNCTION_NEW, RedFlag.PROGRESSIVE_LEG_WEAKNESS)) {
			findings.add(EMERGENCY, "S1",
					"Some of your answers (numbness around the saddle area, changes in bladder, bowel or sexual function, "
							+ "symptoms in both legs or legs getting weaker) can be signs of pressure on the nerves at the base of the spine. "
							+ "This needs a doctor straight away.",
					EMERGENCY_NOW);
		}
		// S2: possible spinal infection (2.5); fever is also a general reason not to massage (3.2).
		boolean newPain = ChronoUnit.DAYS.between(intake.painOnset(), intake.assessedOn()) < settings.acuteBeforeWeeks() * 7L;
		boolean newSeverePain = newPain && intake.painNow() >= settings.severePain();
		if (intake.has(RedFlag.FEVER_OR_CHILLS) || intake.has(RedFlag.RECENT_BACTERIAL_INFECTION)
				|| (newSeverePain && (intake.has(RedFlag.IV_DRUG_USE) || intake.has(RedFlag.IMMUNOSUPPRESSION)))) {
			findings.add(URGENT_SAME_DAY, "S2",
					"Back pain together with a fever, a recent infection or a weakened immune system should be checked by a doctor, "
							+ "to rule out an infection.",
					SAME_DAY + " No massage until then.");
		}
		// S4: a pulsatile mass can be an aortic aneurysm (2.9, weak evidence, but an emergency if true).
		if (intake.has(RedFlag.PULSATILE_ABDOMINAL_MASS)) {
			findings.add(EMERGENCY, "S4",
					"A pulsing lump in the belly together with back pain can come from the main blood vessel and must be checked at once.",
					EMERGENCY_NOW);
		}
		// S5: massage could dislodge a clot (3.2, 3.3).
		if (intake.has(RedFlag.SUSPECTED_DVT)
				|| intake.pregnancyWarningSigns().contains(PregnancyWarningSign.UNILATERAL_LEG_SWELLING)) {
			findings.add(URGENT_SAME_DAY, "S5",
					"Swelling, warmth or redness in one leg can be a blood clot. Massage must wait until a doctor has checked it.",
					SAME_DAY);
		}
		// S6: malignancy screen; a history of cancer is the strongest single flag (2.2, 2.4).
		boolean olderWithoutImprovement = intake.age() > settings.cancerAgeOver()
				&& intake.has(RedFlag.NO_IMPROVEMENT_AFTER_4_WEEKS);
		if (intake.has(RedFlag.HISTORY_OF_CANCER) || intake.has(Condition.CANCER_ACTIVE)
				|| intake.has(RedFlag.UNEXPLAINED_WEIGHT_LOSS) || intake.has(RedFlag.NIGHT_PAIN_UNRELIEVED)
				|| olderWithoutImprovement) {
			findings.add(REFER_BEFORE_TREATMENT, "S6",
					"Some of your answers (cancer now or in the past, weight loss you cannot explain, night pain that does not ease "
							+ "when you move, or pain that has not improved in a month) mean a doctor should look at your back first. "
							+ "Most of the time it is nothing serious, but it should be checked.",
					SEE_PHYSICIAN);
		}
		// S7: possible fracture (2.6); steroids and trauma are the most telling flags (2.2).
		boolean fragile = intake.osteoporosis() || intake.has(RedFlag.LONG_TERM_STEROIDS);
		if (intake.has(RedFlag.MAJOR_TRAUMA) || (intake.has(RedFlag.MINOR_TRAUMA) && fragile)
				|| intake.has(RedFlag.STRUCTURAL_DEFORMITY)) {
			findings.add(REFER_BEFORE_TREATMENT, "S7",
					"After a fall or knock, or with a change in the shape of your spine, a doctor should first make sure no bone is hurt.",
					SEE_PHYSICIAN + " They may want an X-ray.");
		}
		// S8: obstetric warning signs (3.13).
		if (!intake.pregnancyWarningSigns().isEmpty()) {
			findings.add(URGENT_SAME_DAY, "S8",
					"Bleeding, leaking fluid, contractions, sudden swelling or headache, less movement from your baby or one swollen leg "
							+ "need your midwife or obstetrician's attention.",
					"Contact your midwife or obstetrician now. No massage until they have seen you.");
		}
		// S9: acute illness is a general contraindication (3.2); postponed, not referred.
		if (intake.has(RedFlag.ACUTE_SYSTEMIC_ILLNESS) && !findings.has("S2")) {
			findings.add(CLEARANCE_REQUIRED, "S9", "You are unwell at the moment. Massage is best left until you have recovered.",
					"Rest and get well first; book again when you feel better, and see a doctor if you do not.");
		}
	}

	private void clearances(Intake intake, Findings findings) {
		// M2: severe osteoporosis needs a physician's clearance (3.3, 3.5).
		if (intake.has(Condition.OSTEOPOROSIS_SEVERE)) {
			findings.add(CLEARANCE_REQUIRED, "M2",
					"With severe osteoporosis even gentle pressure needs your doctor's agreement first.",
					"Ask your doctor for a short written note that massage is fine for you, then book.");
		}
		// M3: surgery less than 6 weeks ago, or no date given: the surgeon clears it first (3.6).
		if (intake.has(Condition.RECENT_SURGERY) && !surgeryHealed(intake)) {
			findings.add(CLEARANCE_REQUIRED, "M3",
					"Your operation was less than " + settings.surgeryClearanceWeeks()
							+ " weeks ago (or we do not know when). The wound and the tissue underneath need time to heal.",
					"Ask your surgeon for written clearance for massage; we can book you once you have it.");
		}
		// M8: high-risk pregnancy (3.14).
		if (intake.pregnant() && !intake.pregnancyRiskFactors().isEmpty()) {
			findings.add(CLEARANCE_REQUIRED, "M8",
					"Your pregnancy has a factor that needs extra care (" + words(intake.pregnancyRiskFactors()) + ").",
					"Ask your midwife or obstetrician for written clearance for massage; we can book you once you have it.");
		}
	}

	private void cautions(Intake intake, Findings findings) {
		// Safety nets: flags below their gate's threshold are watched, not ignored (2.2: flags feed reasoning).
		if (!findings.has("S2") && (intake.has(RedFlag.IV_DRUG_USE) || intake.has(RedFlag.IMMUNOSUPPRESSION))) {
			findings.add(PROCEED_WITH_CAUTION, "S2", "With IV drug use or a weakened immune system, back pain with a fever "
					+ "or sudden severe pain would need checking quickly.",
					"If you get a fever or the pain suddenly gets much worse, see a doctor the same day rather than coming for massage.");
		}
		if (!findings.has("S6") && intake.has(RedFlag.NO_IMPROVEMENT_AFTER_4_WEEKS)) {
			findings.add(PROCEED_WITH_CAUTION, "S6", "Your pain has not improved in a month.",
					"Your therapist reviews this with you; if it still does not improve, see your doctor.");
		}
		if (!findings.has("S7") && intake.has(RedFlag.MINOR_TRAUMA)) {
			findings.add(PROCEED_WITH_CAUTION, "S7", "Your pain followed a minor fall or knock.",
					"If the pain is severe, in the middle of your back, or eases only when you lie down, see a doctor first.");
		}
		if (intake.has(Condition.ANTICOAGULANTS) || intake.has(Condition.BLEEDING_DISORDER)) {
			findings.add(PROCEED_WITH_CAUTION, "M1", "You bruise more easily with blood thinners or a bleeding disorder.",
					"Tell your therapist about any bruising after a session; we keep the pressure gentle.");
		}
		if (intake.has(Condition.RECENT_SURGERY) && surgeryHealed(intake)) {
			findings.add(PROCEED_WITH_CAUTION, "M3", "You had an operation in the last months.",
					"Bring your surgeon's agreement; your therapist keeps away from the operated area.");
		}
		if (intake.radiatingLegPain()) {
			findings.add(PROCEED_WITH_CAUTION, "M5", "Pain runs down your leg, which suggests an irritated nerve.",
					"Tell your therapist at once if anything brings on tingling or pain in the leg; they check this at every visit.");
		}
		if (intake.pregnant() && intake.pregnancyWeek() <= settings.firstTrimesterLastWeek()) {
			findings.add(PROCEED_WITH_CAUTION, "M7",
					"You are in the first trimester. There is no evidence that massage causes miscarriage; we still keep it gentle.",
					"You will be asked to confirm your consent before the first session.");
		}
		if (intake.postpartum() != null && intake.postpartum().daysSinceDeliveryOn(intake.assessedOn()) < settings.postpartumWeeks() * 7L) {
			findings.add(PROCEED_WITH_CAUTION, "M9", "Your baby was born less than 6 weeks ago, when the risk of blood clots is raised.",
					"Your therapist asks about leg swelling or pain at each visit; deeper work waits for your 6-week check.");
		}
	}

	private boolean surgeryHealed(Intake intake) {
		return intake.recentSurgeryDate() != null && ChronoUnit.DAYS.between(intake.recentSurgeryDate(),
				intake.assessedOn()) >= settings.surgeryClearanceWeeks() * 7L;
	}

	@SafeVarargs
	private static <E> boolean any(Set<E> answers, E... flags) {
		for (E flag : flags) {
			if (answers.contains(flag)) {
				return true;
			}
		}
		return false;
	}

	private static String words(Set<? extends Enum<?>> values) {
		return String.join(", ", values.stream().map(value -> value.name().toLowerCase().replace('_', ' ')).toList());
	}

	private static final class Findings {

		private final List<Finding> list = new ArrayList<>();

		private ScreeningOutcome outcome = PROCEED;

		void add(ScreeningOutcome severity, String rule, String message, String action) {
			list.add(new Finding(rule, message, action));
			outcome = outcome.atLeast(severity);
		}

		boolean has(String rule) {
			return list.stream().anyMatch(finding -> finding.rule().equals(rule));
		}

		ScreeningResult result() {
			return new ScreeningResult(outcome, list);
		}
	}
}
