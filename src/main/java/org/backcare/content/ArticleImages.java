package org.backcare.content;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.backcare.platform.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Images authors upload for their articles, kept in the database and served from /articles/images. */
@Component
class ArticleImages {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	ArticleImages(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	record Stored(long id, String filename, String mediaType, byte[] bytes) {

		String path() {
			return "/articles/images/" + id + "/" + filename;
		}
	}

	record Listed(long id, String filename, String mediaType, int size, Instant uploadedAt) {

		String path() {
			return "/articles/images/" + id + "/" + filename;
		}
	}

	@Transactional
	Stored keep(ImageFile image, byte[] bytes, long uploaderId) {
		long id = jdbc.sql("""
				insert into content_images (filename, content_type, bytes, uploaded_by)
				values (:filename, :type, :bytes, :uploader) returning id""")
			.param("filename", image.filename())
			.param("type", image.mediaType())
			.param("bytes", bytes)
			.param("uploader", uploaderId)
			.query(Long.class)
			.single();
		audit.record(uploaderId, "article-image.uploaded", "article-image:" + id);
		return new Stored(id, image.filename(), image.mediaType(), bytes);
	}

	Optional<Stored> find(long id) {
		return jdbc.sql("select id, filename, content_type, bytes from content_images where id = :id")
			.param("id", id)
			.query((row, n) -> new Stored(row.getLong("id"), row.getString("filename"), row.getString("content_type"),
					row.getBytes("bytes")))
			.optional();
	}

	/** The newest uploads first. */
	List<Listed> latest(int count) {
		return jdbc.sql("""
				select id, filename, content_type, length(bytes) as size, uploaded_at from content_images
				order by uploaded_at desc, id desc limit :count""")
			.param("count", count)
			.query((row, n) -> new Listed(row.getLong("id"), row.getString("filename"), row.getString("content_type"),
					row.getInt("size"), row.getTimestamp("uploaded_at").toInstant()))
			.list();
	}
}
