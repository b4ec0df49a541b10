package org.backcare.careplans;

/**
 * Care a client may add alongside massage. Chiropractic spinal manipulation is deliberately absent (P8, 3.4).
 * The names are part of the API.
 */
public enum ComplementaryOption {

	PHYSIOTHERAPY, EXERCISE_PROGRAMME, YOGA, ACUPUNCTURE, HEAT, COLD, STRESS_MANAGEMENT, TOPICAL_PRODUCTS,
	PSYCHOLOGICAL_SUPPORT
}
