package org.backcare.homecare;

/** The kinds of shop product a self-care item can use; the shop tags its products with the same names. */
public enum ProductTag {

	FOAM_ROLLER("Foam roller"), MASSAGE_BALL("Massage ball"), HOOK_TOOL("Trigger-point hook tool"),
	HEAT_PACK("Heat pack"), COLD_PACK("Cold pack"), SEAT_CUSHION("Seat or lumbar cushion"),
	KINESIOLOGY_TAPE("Kinesiology tape"), TOPICAL_SALVE("Topical salve");

	private final String label;

	ProductTag(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
