package org.backcare.shop;

import org.backcare.homecare.ProductTag;

/** A care plan's kind of product as the shop's filter names it. */
final class TagNames {

	private TagNames() {
	}

	static String of(ProductTag tag) {
		return switch (tag) {
			case FOAM_ROLLER -> "Foam rollers";
			case MASSAGE_BALL -> "Massage balls";
			case HOOK_TOOL -> "Hook tools";
			case HEAT_PACK -> "Heat packs";
			case COLD_PACK -> "Cold packs";
			case SEAT_CUSHION -> "Seat cushions";
			case KINESIOLOGY_TAPE -> "Kinesiology tape";
			case TOPICAL_SALVE -> "Balms and salves";
		};
	}
}
