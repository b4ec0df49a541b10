package org.backcare.sessions;

import java.time.Instant;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The report as a download: a PDF saved under a name that says whose and when. */
final class ProgressDownload {

	private ProgressDownload() {
	}

	static ResponseEntity<byte[]> of(ProgressReport report, ClientProgress progress, Instant now) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(ProgressReport.fileName(progress, now)).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(report.pdf(progress, now));
	}
}
