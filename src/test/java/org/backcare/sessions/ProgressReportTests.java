package org.backcare.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.backcare.BackCareTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class ProgressReportTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theClientDownloadsAPdfSummaryForTheirPhysician() throws Exception {
		var practice = new ProgressPractice(jdbc, port);
		var client = practice.client("Petra Pdf");
		var therapist = practice.therapist("Theresa Therapist");
		var session = practice.withApprovedPlan(client, therapist);
		long booking = practice.session(client, therapist, 14, 7, 5);
		practice.session(client, therapist, 7, 4, 3);
		practice.psfs(client, booking, 14, 3, 4);

		var pdf = ProgressPractice.download(port, session, "/account/progress/report.pdf");

		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
			.startsWith("attachment;").contains("filename=\"backcare-progress-petra-pdf-");
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (var document = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Progress summary", "Petra Pdf", "Meaningful improvement", "not a diagnosis", "Swedish");
		}
		assertThat(practice.audited(client, "progress-report.downloaded")).isEqualTo(1);
	}

	@Test
	void theTherapistDownloadsItTooAndAnotherTherapistGets404() {
		var practice = new ProgressPractice(jdbc, port);
		var client = practice.client("Quinn Client");
		var therapist = practice.therapist("Uri Therapist");
		practice.withApprovedPlan(client, therapist);
		practice.session(client, therapist, 3, 6, 5);
		String path = "/therapist/clients/" + client.id() + "/progress/report.pdf";

		var theirs = ProgressPractice.download(port, practice.signIn(therapist), path);
		assertThat(theirs.statusCode()).isEqualTo(200);
		assertThat(new String(theirs.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
		assertThat(ProgressPractice.download(port, practice.signIn(practice.therapist("Vic Other")), path).statusCode()).isEqualTo(404);
	}
}
