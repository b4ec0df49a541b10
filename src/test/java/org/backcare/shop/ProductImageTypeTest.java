package org.backcare.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ProductImageTypeTest {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };

	static final byte[] SVG = bytes("<?xml version=\"1.0\"?>\n<!-- roller -->\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
			+ "viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"4\"/></svg>");

	@Test
	void recognisesEachTypeByItsContentNotItsName() {
		assertThat(ProductImageType.of(PNG)).contains(ProductImageType.PNG);
		assertThat(ProductImageType.of(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, 0 })).contains(ProductImageType.JPEG);
		assertThat(ProductImageType.of(bytes("RIFF\0\0\0\0WEBPVP8 "))).contains(ProductImageType.WEBP);
		assertThat(ProductImageType.of(SVG)).contains(ProductImageType.SVG);
		assertThat(ProductImageType.of(bytes("%PDF-1.7"))).isEmpty();
		assertThat(ProductImageType.of(bytes("<html><svg></svg></html>"))).isEmpty();
		assertThat(ProductImageType.of(new byte[0])).isEmpty();
	}

	@Test
	void findsScriptsAndHandlersInAnSvg() {
		assertThat(ProductImageType.active(SVG)).isFalse();
		assertThat(ProductImageType.active(bytes("<svg><script>alert(1)</script></svg>"))).isTrue();
		assertThat(ProductImageType.active(bytes("<svg><rect ONLOAD=\"x()\"/></svg>"))).isTrue();
		assertThat(ProductImageType.active(bytes("<svg><a href=\"javascript:x()\">x</a></svg>"))).isTrue();
		assertThat(ProductImageType.active(bytes("<svg><foreignObject><p>x</p></foreignObject></svg>"))).isTrue();
	}

	@Test
	void namesTheFileFromTheUploadTidiedWithItsRealExtension() {
		assertThat(ProductImageType.PNG.filename("C:\\photos\\Foam Roller (1).JPG")).isEqualTo("foam-roller-1.png");
		assertThat(ProductImageType.SVG.filename("../../etc/passwd")).isEqualTo("passwd.svg");
		assertThat(ProductImageType.JPEG.filename("ÄÖ.jpg")).isEqualTo("image.jpg");
		assertThat(ProductImageType.WEBP.filename(null)).isEqualTo("image.webp");
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
