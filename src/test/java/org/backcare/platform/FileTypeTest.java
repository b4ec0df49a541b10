package org.backcare.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class FileTypeTest {

	@Test
	void recognisesPdfPngAndJpegByTheirFirstBytes() {
		assertThat(FileType.of("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).contains(FileType.PDF);
		assertThat(FileType.of(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0 })).contains(FileType.PNG);
		assertThat(FileType.of(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe1 })).contains(FileType.JPEG);
		assertThat(FileType.PNG.mediaType()).isEqualTo("image/png");
	}

	@Test
	void anythingElseIsNoneOfThem() {
		assertThat(FileType.of("<svg xmlns=...".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(FileType.of(new byte[] { (byte) 0x89, 'P', 'N', 'G' })).as("cut short").isEmpty();
		assertThat(FileType.of(new byte[0])).isEmpty();
		assertThat(FileType.of(null)).isEmpty();
	}
}
