package org.backcare.intake;

/** Medical conditions and medicines that change what massage may do (fact sheet 3, 9.2). The names are part of the API. */
public enum Condition {

	ANTICOAGULANTS, BLEEDING_DISORDER, OSTEOPOROSIS, OSTEOPOROSIS_SEVERE, RECENT_SURGERY, SKIN_LESION_LOWER_BACK, KNOWN_AAA, CANCER_ACTIVE, VARICOSE_VEINS
}
