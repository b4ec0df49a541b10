package org.backcare.intake;

/** What makes a pregnancy high-risk: written clearance first (fact sheet 3.14, rule M8). */
public enum PregnancyRiskFactor {

	PREECLAMPSIA, PLACENTA_PREVIA, PLACENTAL_ABRUPTION, CHRONIC_HYPERTENSION, DIABETES, MULTIPLE_GESTATION, PRIOR_COMPLICATIONS
}
