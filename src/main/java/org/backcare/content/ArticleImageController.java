package org.backcare.content;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the images authors uploaded. An upload never changes (a new one gets a new id), so browsers and caches
 * may keep it for a year. An SVG opened on its own gets a policy that lets nothing in it run or load.
 */
@RestController
class ArticleImageController {

	static final String SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

	private final ArticleImages images;

	ArticleImageController(ArticleImages images) {
		this.images = images;
	}

	@GetMapping("/articles/images/{id}/{filename}")
	ResponseEntity<byte[]> image(@PathVariable long id, @PathVariable String filename) {
		return images.find(id).filter(image -> image.filename().equals(filename)).map(image -> {
			var response = ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(image.mediaType()))
				.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
				.header("X-Content-Type-Options", "nosniff");
			if (ImageFile.SVG.equals(image.mediaType())) {
				response.header("Content-Security-Policy", SVG_POLICY)
					.header(HttpHeaders.CONTENT_DISPOSITION,
							ContentDisposition.inline().filename(image.filename()).build().toString());
			}
			return response.body(image.bytes());
		}).orElseGet(() -> ResponseEntity.notFound().build());
	}
}
