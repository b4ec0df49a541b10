package org.backcare.therapies;

/** The massage techniques BackCare offers. The names are part of the API (care-plan preview, booking). */
public enum Technique {

	SWEDISH, DEEP_TISSUE, TRIGGER_POINT, MYOFASCIAL_RELEASE, PRENATAL, LOMILOMI, ASHIATSU, HIP_AND_GLUTE
}
