package org.backcare.therapies;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.backcare.platform.FormErrors;
import org.springframework.validation.BindingResult;

/**
 * What the admin's service form sends, as typed. The technique is chosen only when a service is added: a
 * different technique is a different service.
 */
record ServiceForm(String technique,
		@NotBlank(message = MINUTES) @Pattern(regexp = "30|60|90", message = MINUTES) String minutes,
		@NotBlank(message = PRICE) @Pattern(regexp = "\\s*\\d{1,9}(\\.\\d+)?\\s*", message = PRICE) String price,
		String requiredSkill, String active,
		@Size(max = 100, message = "Keep the name under 100 characters") String name,
		@Size(max = 500, message = "Keep the description under 500 characters") String description,
		String consultation) {

	static final String MINUTES = "Choose 30, 60 or 90 minutes";

	static final String PRICE = "Enter the price as a number, e.g. 90 or 89.50";

	static final BigDecimal HIGHEST = new BigDecimal("10000");

	static ServiceForm blank() {
		return new ServiceForm("", "60", "", "", "true", "", "", null);
	}

	static ServiceForm of(Service service) {
		return new ServiceForm(service.technique().name(), String.valueOf(service.minutes()), service.price().plain(),
				service.requiredSkill() == null ? "" : service.requiredSkill().name(), service.active() ? "true" : null,
				service.name(),
				service.description() == null ? "" : service.description(), service.consultation() ? "true" : null);
	}

	boolean isActive() {
		// a checkbox sends its value when ticked, nothing when not
		return "true".equals(active);
	}

	boolean isConsultation() {
		return "true".equals(consultation);
	}

	/** Messages in the order of the fields on the page, the first problem of each field only. */
	FormErrors errors(BindingResult result, Currency currency, boolean choosingTechnique) {
		var errors = FormErrors.none();
		if (choosingTechnique && techniqueChoice() == null) {
			errors.field("technique", "Choose a technique");
		}
		for (String field : new String[] { "name", "minutes", "price" }) {
			if (result.hasFieldErrors(field)) {
				errors.field(field, result.getFieldError(field).getDefaultMessage());
			}
		}
		if (!errors.has("price")) {
			priceProblem(currency).ifPresent(problem -> errors.field("price", problem));
		}
		if (!blank(requiredSkill) && skill() == null) {
			errors.field("requiredSkill", "Choose a training from the list, or none");
		}
		if (result.hasFieldErrors("description")) {
			errors.field("description", result.getFieldError("description").getDefaultMessage());
		}
		return errors;
	}

	private Optional<String> priceProblem(Currency currency) {
		BigDecimal amount = new BigDecimal(price.strip());
		int digits = Math.max(currency.getDefaultFractionDigits(), 0);
		if (amount.signum() <= 0) {
			return Optional.of("Enter a price above zero");
		}
		if (amount.compareTo(HIGHEST) >= 0) {
			return Optional.of("Enter a price below 10,000");
		}
		if (amount.stripTrailingZeros().scale() > digits) {
			return Optional.of(digits == 0 ? "Enter a whole amount, without decimals"
					: "Use at most " + digits + " decimal places");
		}
		return Optional.empty();
	}

	/** Only for a form without {@link #errors}. */
	ServiceDetails details(Technique technique, String techniqueName, Currency currency) {
		int length = Integer.parseInt(minutes);
		int digits = Math.max(currency.getDefaultFractionDigits(), 0);
		long minor = new BigDecimal(price.strip()).movePointRight(digits).longValueExact();
		String title = blank(name) ? techniqueName + ", " + length + " minutes" : name.strip();
		return new ServiceDetails(technique, length, new Price(minor, currency), skill(), isActive(), title,
				blank(description) ? null : description.strip(), isConsultation());
	}

	Technique techniqueChoice() {
		return Arrays.stream(Technique.values()).filter(value -> value.name().equals(technique)).findFirst().orElse(null);
	}

	private Skill skill() {
		return Arrays.stream(Skill.values()).filter(value -> value.name().equals(requiredSkill)).findFirst().orElse(null);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
