package org.backcare.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** At least 12 characters; at most 72 bytes, because bcrypt ignores anything past that. */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Password.Rule.class)
@interface Password {

	int MIN_LENGTH = 12;

	int MAX_BYTES = 72;

	String message() default "Choose a password of at least 12 characters (and at most 72).";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Rule implements ConstraintValidator<Password, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value != null && value.codePointCount(0, value.length()) >= MIN_LENGTH
					&& value.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
		}
	}
}
