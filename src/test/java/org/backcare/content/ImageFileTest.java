package org.backcare.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ImageFileTest {

	@Test
	void theBytesDecideTheTypeAndTheExtensionWhateverTheNameSays() {
		assertThat(ImageFile.of("photo.svg", ArticleImagesWebTests.PNG)).isEqualTo(new ImageFile("image/png", "photo.png"));
		assertThat(ImageFile.of("C:\\Users\\me\\Back Pain.jpeg", new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, 0 }))
			.isEqualTo(new ImageFile("image/jpeg", "back-pain.jpg"));
		byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII);
		assertThat(ImageFile.of("x.png", webp)).isEqualTo(new ImageFile("image/webp", "x.webp"));
		assertThat(ImageFile.of("drawing", ArticleImagesWebTests.SVG)).isEqualTo(new ImageFile("image/svg+xml", "drawing.svg"));
		assertThat(ImageFile.of("../../etc/passwd.png", ArticleImagesWebTests.PNG).filename()).isEqualTo("passwd.png");
		assertThat(ImageFile.of("ßß.png", ArticleImagesWebTests.PNG).filename()).isEqualTo("image.png");
	}

	@Test
	void aPdfTextOrNothingIsNoImage() {
		for (byte[] bytes : new byte[][] { "%PDF-1.7".getBytes(StandardCharsets.US_ASCII),
				"<html><svg></svg></html>".getBytes(StandardCharsets.UTF_8), { (byte) 0xc3, 0x28 } }) {
			assertThatThrownBy(() -> ImageFile.of("a.png", bytes)).isInstanceOf(ImageFile.Refused.class)
				.hasMessageContaining("not a PNG, JPEG, WebP or SVG");
		}
		assertThatThrownBy(() -> ImageFile.of("a.png", new byte[0])).hasMessageContaining("Choose an image");
	}

	@Test
	void anSvgThatCouldRunScriptIsRefused() {
		for (String svg : new String[] { "<svg><script>alert(1)</script></svg>", "<svg><g onclick='x()'/></svg>",
				"<svg/onload=alert(1)>", "<svg><a xlink:href=\"JavaScript:alert(1)\"/></svg>",
				"<svg><foreignObject><iframe/></foreignObject></svg>",
				"<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x \"y\">]><svg>&x;</svg>" }) {
			assertThatThrownBy(() -> ImageFile.of("a.svg", svg.getBytes(StandardCharsets.UTF_8))).as(svg)
				.isInstanceOf(ImageFile.Refused.class);
		}
	}

	@Test
	void moreThanTwoMegabytesIsTooLarge() {
		byte[] bytes = new byte[ImageFile.MOST_BYTES + 1];
		System.arraycopy(ArticleImagesWebTests.PNG, 0, bytes, 0, ArticleImagesWebTests.PNG.length);
		assertThatThrownBy(() -> ImageFile.of("a.png", bytes)).hasMessage(ImageFile.TOO_LARGE);
		assertThat(ImageFile.of("a.png", java.util.Arrays.copyOf(bytes, ImageFile.MOST_BYTES)).mediaType())
			.isEqualTo("image/png");
	}
}
