package org.backcare.intake;

/** Signs in pregnancy that mean no massage and a call to the midwife now (fact sheet 3.13, rule S8). */
public enum PregnancyWarningSign {

	BLEEDING, FLUID_LEAK, CONTRACTIONS, PREECLAMPSIA_SIGNS, REDUCED_FETAL_MOVEMENT, UNILATERAL_LEG_SWELLING
}
