package org.backcare.therapies;

/**
 * Training a therapist must have for some services and clients (e.g. PRENATAL for a pregnant client, rule L2).
 * The names are part of the API.
 */
public enum Skill {

	PRENATAL, DEEP_TISSUE, TRIGGER_POINT, MYOFASCIAL_RELEASE, LOMILOMI, ASHIATSU
}
