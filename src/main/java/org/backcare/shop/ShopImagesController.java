package org.backcare.shop;

import org.backcare.platform.WebImage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Serves uploaded product images. An address never changes its image (a new upload gets a new id): cache for good. */
@Controller
class ShopImagesController {

	private final ProductImages images;

	ShopImagesController(ProductImages images) {
		this.images = images;
	}

	@GetMapping(ProductImages.PREFIX + "{id}/{filename}")
	ResponseEntity<byte[]> image(@PathVariable long id, @PathVariable String filename) {
		var image = images.find(id)
			.filter(found -> found.filename().equals(filename))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return WebImage.served(image.mediaType(), image.filename(), image.content());
	}
}
