package org.backcare.careplans;

/** How good the evidence for a complementary option is, in the fact sheet's terms. */
public enum Evidence {

	MODERATE, LOW, WEAK
}
