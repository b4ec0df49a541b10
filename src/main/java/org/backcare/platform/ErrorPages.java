package org.backcare.platform;

import java.net.URI;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error that reaches the servlet container ends here: a friendly page for people, an RFC 9457 problem
 * document for the JSON API. Never a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

	@RequestMapping("/error")
	Object error(HttpServletRequest request) {
		HttpStatus status = statusOf(request);
		String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
		if (path.startsWith("/api/")) {
			var problem = ProblemDetail.forStatus(status);
			problem.setInstance(URI.create(path));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		var words = wordsFor(status);
		return new ModelAndView("platform/error",
				Map.of("status", status.value(), "title", words[0], "message", words[1]), status);
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	private static String[] wordsFor(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> new String[] { "We can't find that page",
					"The page may have moved, or the address may have a typo. The links above will take you to our articles, shop, therapies and booking." };
			case FORBIDDEN -> new String[] { "This page isn't open to you",
					"Your account doesn't have access to this page. If you think it should, please contact the practice." };
			case TOO_MANY_REQUESTS -> new String[] { "Too many attempts",
					"For your account's safety we have paused attempts for a while. Please wait a few minutes and try again." };
			case BAD_REQUEST, METHOD_NOT_ALLOWED -> new String[] { "We couldn't handle that request",
					"Something in the request wasn't as we expected. Please go back and try again." };
			default -> status.is5xxServerError()
					? new String[] { "Something went wrong on our side",
							"We're sorry: the page couldn't be shown. Nothing you entered was half-saved. Please try again in a moment." }
					: new String[] { "We couldn't handle that request", status.getReasonPhrase() };
		};
	}
}
