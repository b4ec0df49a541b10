package org.backcare.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class WebImageTest {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };

	static final byte[] SVG = bytes("<?xml version=\"1.0\"?>\n<!-- roller -->\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
			+ "viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"4\"/></svg>");

	@Test
	void recognisesEachTypeByItsContentNotItsName() {
		assertThat(WebImage.of(PNG)).contains(WebImage.PNG);
		assertThat(WebImage.of(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, 0 })).contains(WebImage.JPEG);
		assertThat(WebImage.of(bytes("RIFF\0\0\0\0WEBPVP8 "))).contains(WebImage.WEBP);
		assertThat(WebImage.of(SVG)).contains(WebImage.SVG);
		assertThat(WebImage.of(bytes("%PDF-1.7"))).isEmpty();
		assertThat(WebImage.of(bytes("<html><svg></svg></html>"))).isEmpty();
		assertThat(WebImage.of(new byte[0])).isEmpty();
	}

	@Test
	void findsScriptsAndHandlersInAnSvg() {
		assertThat(WebImage.active(SVG)).isFalse();
		assertThat(WebImage.active(bytes("<svg><script>alert(1)</script></svg>"))).isTrue();
		assertThat(WebImage.active(bytes("<svg><rect ONLOAD=\"x()\"/></svg>"))).isTrue();
		assertThat(WebImage.active(bytes("<svg><a href=\"javascript:x()\">x</a></svg>"))).isTrue();
		assertThat(WebImage.active(bytes("<svg><foreignObject><p>x</p></foreignObject></svg>"))).isTrue();
		assertThat(WebImage.active(bytes("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x \"y\">]><svg>&x;</svg>"))).isTrue();
		assertThat(WebImage.active(bytes("<svg><g/onclick='x()'/></svg>"))).isTrue();
	}

	@Test
	void namesTheFileFromTheUploadTidiedWithItsRealExtension() {
		assertThat(WebImage.PNG.filename("C:\\photos\\Foam Roller (1).JPG")).isEqualTo("foam-roller-1.png");
		assertThat(WebImage.SVG.filename("../../etc/passwd")).isEqualTo("passwd.svg");
		assertThat(WebImage.JPEG.filename("ÄÖ.jpg")).isEqualTo("image.jpg");
		assertThat(WebImage.WEBP.filename(null)).isEqualTo("image.webp");
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
