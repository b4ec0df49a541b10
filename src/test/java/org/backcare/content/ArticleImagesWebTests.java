package org.backcare.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.backcare.BackCareTest;
import org.backcare.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@BackCareTest
class ArticleImagesWebTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	static final byte[] SVG = """
			<?xml version="1.0" encoding="UTF-8"?>
			<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>A back</title>
			<rect width="10" height="10" style="fill:#8fb09d"/></svg>
			""".getBytes(StandardCharsets.UTF_8);

	@LocalServerPort
	int port;

	@Test
	void anUploadedImageIsServedToEveryoneWithLongCachingAndTheMarkdownToPaste() {
		var admin = WebSession.signedInAdmin(port);
		admin.get("/admin/articles/images");

		var uploaded = admin.postMultipart("/admin/articles/images", List.of(), "image", "Lower Back.PNG", "image/png", PNG);

		assertThat(uploaded.status()).isEqualTo(201);
		String path = uploaded.find("(/articles/images/\\d+/lower-back\\.png)");
		assertThat(path).as(uploaded.text()).isNotNull();
		assertThat(uploaded.text()).contains("![describe the image](" + path + " \"caption\")");
		var served = new WebSession(port).get(path);
		assertThat(served.status()).isEqualTo(200);
		assertThat(served.mediaType()).isEqualTo("image/png");
		assertThat(served.header("Cache-Control")).contains("max-age=31536000").contains("public").contains("immutable");
		assertThat(served.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(served.header("Set-Cookie")).as("no session for a reader's image").isNull();
		assertThat(new WebSession(port).get(path.replace("lower-back.png", "other.png")).status()).isEqualTo(404);
	}

	@Test
	void anSvgIsServedInlineUnderAPolicyThatLetsNothingRun() {
		var admin = WebSession.signedInAdmin(port);
		admin.get("/admin/articles/images");

		var uploaded = admin.postMultipart("/admin/articles/images", List.of(), "image", "back.svg", "image/svg+xml", SVG);

		String path = uploaded.find("(/articles/images/\\d+/back\\.svg)");
		var served = new WebSession(port).get(path);
		assertThat(served.mediaType()).isEqualTo("image/svg+xml");
		assertThat(served.header("Content-Security-Policy")).contains("default-src 'none'").contains("sandbox");
		assertThat(served.header("Content-Disposition")).startsWith("inline");
	}

	@Test
	void scriptInAnSvgAFileThatIsNoImageAndATooLargeImageAreRefusedWithAReason() {
		var admin = WebSession.signedInAdmin(port);
		admin.get("/admin/articles/images");

		for (String svg : List.of("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
				"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"></svg>",
				"<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"javascript:alert(1)\"><text>x</text></a></svg>")) {
			var refused = admin.postMultipart("/admin/articles/images", List.of(), "image", "x.svg", "image/svg+xml",
					svg.getBytes(StandardCharsets.UTF_8));
			assertThat(refused.status()).as(svg).isEqualTo(422);
			assertThat(refused.text()).contains("That SVG contains script");
		}
		var html = admin.postMultipart("/admin/articles/images", List.of(), "image", "evil.png", "image/png",
				"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
		assertThat(html.status()).isEqualTo(422);
		assertThat(html.text()).contains("That file is not a PNG, JPEG, WebP or SVG image.");

		byte[] large = new byte[2 * 1024 * 1024 + 1];
		System.arraycopy(PNG, 0, large, 0, PNG.length);
		var tooLarge = admin.postMultipart("/admin/articles/images", List.of(), "image", "big.png", "image/png", large);
		assertThat(tooLarge.status()).isEqualTo(422);
		assertThat(tooLarge.text()).contains("The image is too large: at most 2 MB.");
	}

	@Test
	void anUploadPastTheServersLimitIsRefusedNotAnError() {
		var admin = WebSession.signedInAdmin(port);
		admin.get("/admin/articles/images");
		var refused = admin.postMultipart("/admin/articles/images", List.of(), "image", "huge.png", "image/png",
				new byte[10 * 1024 * 1024]);
		assertThat(refused.status()).isEqualTo(413);
	}

	@Test
	void aClientCannotUpload() {
		var client = WebSession.signedInClient(port, "Priya", org.backcare.TestData.email("uploader"));
		client.get("/account");
		assertThat(client.postMultipart("/admin/articles/images", List.of(), "image", "a.png", "image/png", PNG).status())
			.isEqualTo(403);
	}
}
