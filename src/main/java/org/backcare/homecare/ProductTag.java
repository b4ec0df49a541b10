package org.backcare.homecare;

/** The kinds of shop product a self-care item can use; the shop tags its products with the same names. */
public enum ProductTag {

	FOAM_ROLLER, MASSAGE_BALL, HOOK_TOOL, HEAT_PACK, COLD_PACK, SEAT_CUSHION, KINESIOLOGY_TAPE, TOPICAL_SALVE
}
