package org.backcare.shop;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** RFC 9457 problem documents for the shop's API, with every bad field named in fieldErrors. */
final class ShopProblems {

	record FieldError(String field, String message) {
	}

	private ShopProblems() {
	}

	static ResponseEntity<ProblemDetail> of(HttpStatus status, String title, String detail, String path) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setInstance(URI.create(path));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	static ResponseEntity<ProblemDetail> fields(HttpStatus status, Map<String, String> errors, String path) {
		var response = of(status, "Invalid request", "Some fields are missing or not valid.", path);
		List<FieldError> fieldErrors = errors.entrySet().stream().map(e -> new FieldError(e.getKey(), e.getValue())).toList();
		response.getBody().setProperty("fieldErrors", fieldErrors);
		return response;
	}

	static ResponseEntity<ProblemDetail> soldOut(SoldOut soldOut, String path) {
		var response = of(HttpStatus.CONFLICT, "Sold out",
				"Sold out: " + soldOut.productName() + " (" + soldOut.sku() + ") has not enough units left.", path);
		response.getBody().setProperty("sku", soldOut.sku());
		return response;
	}
}
