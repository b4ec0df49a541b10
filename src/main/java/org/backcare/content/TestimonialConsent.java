package org.backcare.content;

/**
 * The consent a client gives with their testimonial, stored word for word with its version: a new wording gets a
 * new version, so what each client agreed to stays known.
 */
final class TestimonialConsent {

	static final String VERSION = "2026-11-26";

	static final String WORDING = "I agree that BackCare may publish this testimonial, with my name shown as I chose, "
			+ "on its website and in its newsletter. It says nothing about my health that I do not want public. "
			+ "I can withdraw it at any time from my account, and BackCare will then stop showing it.";

	private TestimonialConsent() {
	}
}
