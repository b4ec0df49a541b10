package org.backcare.shop;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Serves uploaded product images. An address never changes its image (a new upload gets a new id): cache for good. */
@Controller
class ShopImagesController {

	// An SVG opened on its own is a document: it may not run scripts, load anything, or be framed.
	static final String SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox";

	private final ProductImages images;

	ShopImagesController(ProductImages images) {
		this.images = images;
	}

	@GetMapping(ProductImages.PREFIX + "{id}/{filename}")
	ResponseEntity<byte[]> image(@PathVariable long id, @PathVariable String filename) {
		var image = images.find(id)
			.filter(found -> found.filename().equals(filename))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var answer = ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(image.mediaType()))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.eTag("\"shop-image-" + id + "\"");
		if (ProductImageType.SVG.mediaType().equals(image.mediaType())) {
			answer.header("Content-Security-Policy", SVG_POLICY);
		}
		return answer.body(image.content());
	}
}
