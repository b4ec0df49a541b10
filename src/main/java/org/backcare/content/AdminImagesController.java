package org.backcare.content;

import java.io.IOException;
import java.util.HashMap;

import org.backcare.identity.SignedInAccount;
import org.backcare.platform.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/** Authors upload images for their articles and get the Markdown to paste. */
@Controller
class AdminImagesController {

	private static final String PATH = AdminArticlesController.HOME + "/images";

	private static final int SHOWN = 30;

	private final ArticleImages images;

	AdminImagesController(ArticleImages images) {
		this.images = images;
	}

	@GetMapping(PATH)
	ModelAndView images() {
		return page(null, FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping(PATH)
	ModelAndView upload(@AuthenticationPrincipal SignedInAccount me,
			@RequestParam(required = false) MultipartFile image) throws IOException {
		if (image != null && image.getSize() > ImageFile.MOST_BYTES) {
			return page(null, FormErrors.none().field("image", ImageFile.TOO_LARGE), HttpStatus.UNPROCESSABLE_CONTENT);
		}
		byte[] bytes = image == null ? new byte[0] : image.getBytes();
		ImageFile checked;
		try {
			checked = ImageFile.of(image == null ? null : image.getOriginalFilename(), bytes);
		}
		catch (ImageFile.Refused refused) {
			return page(null, FormErrors.none().field("image", refused.getMessage()), HttpStatus.UNPROCESSABLE_CONTENT);
		}
		return page(images.keep(checked, bytes, me.id().value()), FormErrors.none(), HttpStatus.CREATED);
	}

	private ModelAndView page(ArticleImages.Stored uploaded, FormErrors errors, HttpStatus status) {
		var model = new HashMap<String, Object>();
		model.put("uploaded", uploaded);
		model.put("errors", errors);
		model.put("latest", images.latest(SHOWN));
		return new ModelAndView("content/admin-images", model, status);
	}
}
