package org.backcare.shop;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.backcare.identity.SignedInAccount;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Stock counts for the practice's own tools, e.g. a stock-taking app: sets what is on the shelf, with a reason. */
@RestController
@Tag(name = "Admin")
class StockApi {

	private final StockLedger ledger;

	StockApi(StockLedger ledger) {
		this.ledger = ledger;
	}

	record StockRequest(Integer quantity, String reason) {
	}

	record StockLevel(String sku, int quantity) {
	}

	record FieldMessage(String field, String message) {
	}

	@PutMapping("/api/v1/admin/products/{sku}/stock")
	@Operation(summary = "Set a variant's stock to the quantity counted",
			description = "Sets the absolute quantity and keeps the change in the SKU's stock history with the reason. "
					+ "A sale at the same moment is never lost: it is taken from the new quantity.")
	@ApiResponse(responseCode = "200", description = "The stock now")
	@ApiResponse(responseCode = "404", description = "No variant with this SKU",
			content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "422", description = "A negative or missing quantity, or no reason: fieldErrors says which",
			content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/problem+json"))
	ResponseEntity<?> set(@AuthenticationPrincipal SignedInAccount me, @PathVariable String sku,
			@RequestBody StockRequest request) {
		List<FieldMessage> problems = problems(request);
		if (!problems.isEmpty()) {
			var problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid stock change",
					"Some fields are missing or not valid.");
			problem.setProperty("fieldErrors", problems);
			return answer(problem);
		}
		int quantity = ledger.setTo(sku, request.quantity(), request.reason(), me.id().value());
		return ResponseEntity.ok(new StockLevel(sku, quantity));
	}

	@ExceptionHandler(UnknownSku.class)
	ResponseEntity<ProblemDetail> unknown(UnknownSku unknown) {
		return answer(problem(HttpStatus.NOT_FOUND, "Unknown SKU", unknown.getMessage() + "."));
	}

	private static List<FieldMessage> problems(StockRequest request) {
		var problems = new ArrayList<FieldMessage>();
		if (request.quantity() == null) {
			problems.add(new FieldMessage("quantity", "Give the quantity in stock."));
		}
		else if (request.quantity() < 0) {
			problems.add(new FieldMessage("quantity", "The quantity can't be negative."));
		}
		else if (request.quantity() > StockLedger.MOST) {
			problems.add(new FieldMessage("quantity", "Keep the quantity at " + StockLedger.MOST + " or fewer."));
		}
		if (request.reason() == null || request.reason().isBlank()) {
			problems.add(new FieldMessage("reason", "Give the reason for the change, e.g. the stock count."));
		}
		else if (request.reason().strip().length() > 200) {
			problems.add(new FieldMessage("reason", "Keep the reason to 200 characters."));
		}
		return problems;
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

	private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
