package org.backcare.therapies;

/**
 * Training a therapist must have for some services and clients (e.g. PRENATAL for a pregnant client, rule L2).
 * The names are part of the API.
 */
public enum Skill {

	PRENATAL, DEEP_TISSUE, TRIGGER_POINT, MYOFASCIAL_RELEASE, LOMILOMI, ASHIATSU;

	/** The training in plain words (e.g. prenatal massage) to follow: a therapist trained in. */
	public String label() {
		return switch (this) {
			case PRENATAL -> "prenatal massage";
			case DEEP_TISSUE -> "deep tissue massage";
			case TRIGGER_POINT -> "trigger point therapy";
			case MYOFASCIAL_RELEASE -> "myofascial release";
			case LOMILOMI -> "Lomilomi";
			case ASHIATSU -> "ashiatsu";
		};
	}
}
