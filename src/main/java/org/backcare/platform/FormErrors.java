package org.backcare.platform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/** Messages to show next to form fields (and above the form) when a submission is refused. */
public final class FormErrors {

	private final Map<String, String> byField = new LinkedHashMap<>();

	private final List<String> global = new ArrayList<>();

	public static FormErrors none() {
		return new FormErrors();
	}

	public static FormErrors of(BindingResult result) {
		var errors = new FormErrors();
		for (ObjectError error : result.getAllErrors()) {
			if (error instanceof FieldError fieldError) {
				errors.byField.putIfAbsent(fieldError.getField(), fieldError.getDefaultMessage());
			}
			else {
				errors.global.add(error.getDefaultMessage());
			}
		}
		return errors;
	}

	public FormErrors field(String field, String message) {
		byField.putIfAbsent(field, message);
		return this;
	}

	public FormErrors global(String message) {
		global.add(message);
		return this;
	}

	public boolean has(String field) {
		return byField.containsKey(field);
	}

	public String get(String field) {
		return byField.get(field);
	}

	public Map<String, String> byField() {
		return Collections.unmodifiableMap(byField);
	}

	public List<String> global() {
		return Collections.unmodifiableList(global);
	}

	public boolean isEmpty() {
		return byField.isEmpty() && global.isEmpty();
	}
}
