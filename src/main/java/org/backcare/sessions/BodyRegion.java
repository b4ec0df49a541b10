package org.backcare.sessions;

/**
 * An area treated, as marked on the body chart: the back, buttocks, hips and backs of the thighs seen from behind,
 * left and right being the client's (on a back view the client's left is on the viewer's left). The names are
 * part of the API; each region carries its outline on the chart (viewBox 0 0 200 330).
 */
enum BodyRegion {

	UPPER_BACK_LEFT("Upper back, left", "M52,22 Q60,14 98,14 L98,80 L50,80 Z"),
	UPPER_BACK_RIGHT("Upper back, right", "M148,22 Q140,14 102,14 L102,80 L150,80 Z"),
	MID_BACK_LEFT("Middle back, left", "M50,84 L98,84 L98,130 L54,130 Z"),
	MID_BACK_RIGHT("Middle back, right", "M150,84 L102,84 L102,130 L146,130 Z"),
	// The quadratus lumborum lies beside the lumbar paraspinals, towards the flank (9.3 P3 names it as a focus).
	QL_LEFT("Quadratus lumborum (flank), left", "M54,134 L70,134 L70,178 L52,178 Z"),
	LOWER_BACK_LEFT("Lower back, left", "M74,134 L98,134 L98,178 L74,178 Z"),
	LOWER_BACK_RIGHT("Lower back, right", "M102,134 L126,134 L126,178 L102,178 Z"),
	QL_RIGHT("Quadratus lumborum (flank), right", "M146,134 L130,134 L130,178 L148,178 Z"),
	SACRUM("Sacrum", "M84,182 L116,182 L100,218 Z"),
	HIP_LEFT("Hip, left", "M40,186 L54,182 L56,246 L38,246 Z"),
	BUTTOCK_LEFT("Buttock, left", "M58,182 L80,182 L98,222 L98,246 L60,246 Z"),
	BUTTOCK_RIGHT("Buttock, right", "M142,182 L120,182 L102,222 L102,246 L140,246 Z"),
	HIP_RIGHT("Hip, right", "M160,186 L146,182 L144,246 L162,246 Z"),
	THIGH_BACK_LEFT("Back of the thigh, left", "M40,250 L98,250 L94,326 L50,326 Z"),
	THIGH_BACK_RIGHT("Back of the thigh, right", "M160,250 L102,250 L106,326 L150,326 Z");

	private final String label;

	private final String outline;

	BodyRegion(String label, String outline) {
		this.label = label;
		this.outline = outline;
	}

	String label() {
		return label;
	}

	/** The SVG path of the region on the chart. */
	String outline() {
		return outline;
	}

	/** The element id of the region's checkbox, which the chart's outline toggles. */
	String inputId() {
		return "area-" + name();
	}
}
