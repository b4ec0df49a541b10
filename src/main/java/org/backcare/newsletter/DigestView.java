package org.backcare.newsletter;

import java.util.List;

import org.backcare.content.Testimonials;

/**
 * What one digest shows, with every link absolute to the site: the HTML template and the plain-text part both
 * write from it.
 *
 * @param firstName null when the subscriber gave none
 * @param tip null when no tip suits the subscriber (every tip retired)
 * @param story null when no testimonial is approved
 * @param signedUpOn the day they signed up, as people read it, e.g. November 22, 2026
 */
record DigestView(String subject, String firstName, Tip tip, Testimonials.Published story, List<Link> articles,
		List<Link> picks, String signedUpOn, String siteUrl, String preferencesUrl, String unsubscribeUrl,
		String postalAddress) {

	/** An article or a product: its name, a line about it, a price for products, and where it is. */
	record Link(String title, String summary, String price, String url) {
	}

	String greeting() {
		return firstName == null || firstName.isBlank() ? "Hello," : "Hello " + firstName.strip() + ",";
	}

	/** The same words as the site's footer. */
	static final String SAFETY = "Massage does not replace medical advice. If back pain comes with numbness in the "
			+ "groin or buttocks, trouble controlling your bladder or bowels, fever, or weakness in a leg, see a doctor now.";
}
