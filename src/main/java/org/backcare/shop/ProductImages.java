package org.backcare.shop;

import org.backcare.platform.WebImage;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Uploaded product images, kept in the database beside the product so a backup holds both. */
@Component
class ProductImages {

	static final String PREFIX = "/shop/images/";

	static final int MAX_BYTES = 2 * 1024 * 1024;

	private static final Pattern OURS = Pattern.compile("^" + PREFIX + "(\\d+)/[^/]+$");

	private final JdbcClient jdbc;

	ProductImages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An image as uploaded, already checked: its type read from its content, an SVG free of scripts. */
	record Upload(WebImage type, String filename, byte[] content) {
	}

	record Stored(long id, String filename, String mediaType, byte[] content) {
	}

	/** Stores the image; answers the path it is served at. */
	String store(Upload upload, long actorId) {
		long id = jdbc.sql("""
				insert into shop_images (filename, media_type, content, uploaded_by)
				values (:filename, :type, :content, :actor) returning id""")
			.param("filename", upload.filename())
			.param("type", upload.type().mediaType())
			.param("content", upload.content())
			.param("actor", actorId)
			.query(Long.class)
			.single();
		return PREFIX + id + "/" + upload.filename();
	}

	Optional<Stored> find(long id) {
		return jdbc.sql("select id, filename, media_type, content from shop_images where id = :id")
			.param("id", id)
			.query((row, n) -> new Stored(row.getLong("id"), row.getString("filename"), row.getString("media_type"),
					row.getBytes("content")))
			.optional();
	}

	/** Removes an image no product shows any more; paths not served from here are left alone. */
	void forgetUnused(String path) {
		Matcher ours = OURS.matcher(path);
		if (ours.matches()) {
			jdbc.sql("delete from shop_images where id = :id and not exists (select 1 from shop_products where image_path = :path)")
				.param("id", Long.parseLong(ours.group(1)))
				.param("path", path)
				.update();
		}
	}
}
