package org.backcare.platform;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import gg.jte.Content;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Renders jte templates precompiled at build time ({@code src/main/jte/<module>/<name>.jte} is the view
 * {@code "<module>/<name>"}). Templates are generated into the module packages, so a page can take the
 * module's package-private records as parameters.
 */
@Configuration(proxyBeanMethods = false)
class PageRendering {

	@Bean
	TemplateEngine pageTemplates() {
		return TemplateEngine.createPrecompiled(null, ContentType.Html, null, "org.backcare");
	}

	@Bean
	ViewResolver jteViewResolver(TemplateEngine pageTemplates, PracticeSettings practice,
			ObjectProvider<FooterSection> footer) {
		return new JteViewResolver(pageTemplates, practice.timeZone(), footer);
	}

	record JteViewResolver(TemplateEngine templates, ZoneId zone, ObjectProvider<FooterSection> footer)
			implements ViewResolver, Ordered {

		@Override
		public View resolveViewName(String viewName, Locale locale) {
			if (viewName.startsWith("redirect:") || viewName.startsWith("forward:")) {
				return null;
			}
			return new JteView(templates, viewName + ".jte", zone, footer);
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE - 10;
		}
	}

	record JteView(TemplateEngine templates, String template, ZoneId zone, ObjectProvider<FooterSection> footer)
			implements View {

		@Override
		public String getContentType() {
			return "text/html;charset=UTF-8";
		}

		@Override
		@SuppressWarnings("unchecked")
		public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws Exception {
			var parameters = (Map<String, Object>) model;
			parameters.put("page", pageFor(request, zone, footerOf(footer)));
			var output = new Utf8ByteOutput();
			templates.render(template, parameters, output);
			response.setContentType(getContentType());
			response.setContentLength(output.getContentLength());
			output.writeTo(response.getOutputStream());
		}
	}

	static Page pageFor(HttpServletRequest request, ZoneId zone, List<Content> footer) {
		var csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return new Page(path, request.getQueryString(), csrf, viewer(), zone, footer);
	}

	/** What other modules add to every page's footer, in their order. */
	static List<Content> footerOf(ObjectProvider<FooterSection> sections) {
		return sections.orderedStream().map(FooterSection::content).toList();
	}

	private static Page.Viewer viewer() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return Page.Viewer.ANONYMOUS;
		}
		String name = authentication.getPrincipal() instanceof Page.DisplayNamed named ? named.displayName()
				: authentication.getName();
		Set<String> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.map(authority -> authority.replaceFirst("^ROLE_", ""))
			.collect(Collectors.toUnmodifiableSet());
		return new Page.Viewer(name, roles);
	}
}
