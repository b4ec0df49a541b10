package org.backcare.content;

import org.backcare.platform.WebImage;
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

	private final ArticleImages images;

	ArticleImageController(ArticleImages images) {
		this.images = images;
	}

	@GetMapping("/articles/images/{id}/{filename}")
	ResponseEntity<byte[]> image(@PathVariable long id, @PathVariable String filename) {
		return images.find(id)
			.filter(image -> image.filename().equals(filename))
			.map(image -> WebImage.served(image.mediaType(), image.filename(), image.bytes()))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}
}
