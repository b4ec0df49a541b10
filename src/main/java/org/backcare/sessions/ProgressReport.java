package org.backcare.sessions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.springframework.stereotype.Component;

/**
 * The printable progress summary for the client's physician: the XHTML of {@code sessions/progress-report.jte},
 * charts included as SVG, rendered to PDF by openhtmltopdf.
 */
@Component
class ProgressReport {

	private final TemplateEngine templates = TemplateEngine.createPrecompiled(null, ContentType.Html, null, "org.backcare");

	byte[] pdf(ClientProgress progress, Instant generatedAt) {
		var xhtml = new StringOutput();
		templates.render("sessions/progress-report.jte", Map.of("progress", progress, "generatedAt", generatedAt), xhtml);
		var pdf = new ByteArrayOutputStream();
		try {
			var builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useSVGDrawer(new BatikSVGDrawer());
			builder.withHtmlContent(xhtml.toString(), null);
			builder.toStream(pdf);
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return pdf.toByteArray();
	}

	/** e.g. backcare-progress-dana-desk-2027-03-15.pdf: the client's name, ASCII only, so every browser keeps it. */
	static String fileName(ClientProgress progress, Instant generatedAt) {
		String name = Normalizer.normalize(progress.clientName(), Normalizer.Form.NFD)
			.replaceAll("[^A-Za-z0-9]+", "-")
			.replaceAll("(^-|-$)", "")
			.toLowerCase(Locale.ROOT);
		return "backcare-progress-" + (name.isEmpty() ? "client" : name) + "-" + generatedAt.atZone(progress.zone()).toLocalDate() + ".pdf";
	}

	/** An enum name as words: HIP_AND_GLUTE becomes Hip and glute. */
	static String words(Enum<?> value) {
		String text = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
