package org.backcare.shop;

import org.backcare.platform.WebImage;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.backcare.homecare.ProductTag;
import org.backcare.platform.FormErrors;
import org.backcare.shop.ProductRange.ProductDetails;
import org.springframework.web.multipart.MultipartFile;

/** What the admin's product form sends, as typed; checkboxes send their value only when ticked. */
record ProductForm(String slug, String name, String category, String summary, String whatItIsFor, String howToUse,
		String whoShouldNot, String productTag, String ageRestricted, List<String> places, String imageAlt,
		String active) {

	/** The places a seat cushion can suit, as the shop's schema names them, with what the page says. */
	static final Map<String, String> PLACES = placeLabels();

	ProductForm {
		places = places == null ? List.of() : List.copyOf(places);
	}

	static ProductForm blank() {
		return new ProductForm("", "", "", "", "", "", "", "", null, List.of(), "", "true");
	}

	static ProductForm of(ProductDetails product) {
		return new ProductForm(product.slug(), product.name(), product.categorySlug(), product.summary(),
				product.whatItIsFor(), product.howToUse(), product.whoShouldNot(),
				product.productTag() == null ? "" : product.productTag(), product.ageRestricted() ? "true" : null,
				product.places(), product.imageAlt(), product.active() ? "true" : null);
	}

	static String tagLabel(ProductTag tag) {
		String words = tag.name().replace('_', ' ').toLowerCase();
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/** The uploaded image checked, or why it can't be used; both null when none was sent and none is needed. */
	record ImageCheck(ProductImages.Upload upload, String problem) {

		static ImageCheck of(MultipartFile file, boolean required) throws IOException {
			if (file == null || file.isEmpty()) {
				return new ImageCheck(null, required ? "Choose an image of the product." : null);
			}
			// A file over the limit is not read into memory at all.
			if (file.getSize() > ProductImages.MAX_BYTES) {
				return new ImageCheck(null, "The image is too large: at most 2 MB.");
			}
			byte[] content = file.getBytes();
			var type = WebImage.of(content);
			if (type.isEmpty()) {
				return new ImageCheck(null, "Upload the image as a PNG, JPEG, WebP or SVG file.");
			}
			if (type.get() == WebImage.SVG && WebImage.active(content)) {
				return new ImageCheck(null, "This SVG holds a script or other active content: save it as a plain drawing, or upload a PNG.");
			}
			return new ImageCheck(new ProductImages.Upload(type.get(), type.get().filename(file.getOriginalFilename()), content), null);
		}
	}

	/** Messages in the order of the fields on the page. */
	FormErrors errors(Set<String> categories, ImageCheck image) {
		var errors = FormErrors.none();
		if (blank(name) || name.strip().length() > 120) {
			errors.field("name", "Enter the product's name, up to 120 characters.");
		}
		if (blank(slug) || !slug.strip().matches("[a-z0-9]+(-[a-z0-9]+)*") || slug.strip().length() > 80) {
			errors.field("slug", "Use lower-case letters, digits and single hyphens, e.g. foam-roller-smooth.");
		}
		if (!categories.contains(category)) {
			errors.field("category", "Choose a category.");
		}
		if (blank(summary) || summary.strip().length() > 300) {
			errors.field("summary", "Write a one-line summary, up to 300 characters.");
		}
		text(errors, "whatItIsFor", whatItIsFor, "Say what the product is for.");
		text(errors, "howToUse", howToUse, "Say how to use it safely.");
		text(errors, "whoShouldNot", whoShouldNot, "Say who should not use it.");
		if (!blank(productTag) && Arrays.stream(ProductTag.values()).noneMatch(tag -> tag.name().equals(productTag))) {
			errors.field("productTag", "Choose a kind from the list, or none.");
		}
		if (!PLACES.keySet().containsAll(places)) {
			errors.field("places", "Choose places from the list.");
		}
		if (image.problem() != null) {
			errors.field("image", image.problem());
		}
		if (blank(imageAlt) || imageAlt.strip().length() > 200) {
			errors.field("imageAlt", "Describe the image for people who can't see it, up to 200 characters.");
		}
		return errors;
	}

	/** Only for a form without {@link #errors}. */
	ProductDetails details(String imagePath) {
		return new ProductDetails(slug.strip(), name.strip(), category, summary.strip(), whatItIsFor.strip(),
				howToUse.strip(), whoShouldNot.strip(), blank(productTag) ? null : productTag, "true".equals(ageRestricted),
				PLACES.keySet().stream().filter(places::contains).toList(), imagePath, imageAlt.strip(),
				"true".equals(active));
	}

	private static void text(FormErrors errors, String field, String value, String message) {
		if (blank(value) || value.strip().length() > 4000) {
			errors.field(field, message + " Up to 4,000 characters.");
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static Map<String, String> placeLabels() {
		var places = new LinkedHashMap<String, String>();
		places.put("OFFICE_CHAIR", "Office chair");
		places.put("CAR", "Car");
		places.put("WHEELCHAIR", "Wheelchair");
		places.put("PLANE", "Plane");
		places.put("RECLINER", "Recliner");
		places.put("COUCH", "Couch");
		places.put("STADIUM", "Stadium");
		return java.util.Collections.unmodifiableMap(places);
	}
}
