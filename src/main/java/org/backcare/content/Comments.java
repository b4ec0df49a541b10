package org.backcare.content;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reader comments and the practice's replies, as stored; the status moves only through {@link #move}. */
@Repository
class Comments {

	private static final String SELECT = """
			select id, article_id, parent_id, author_name, email, by_practice, body, status, ip, created_at
			from content_comments c
			""";

	/** A comment as the moderation queue lists it, with its article. */
	record Listed(Comment comment, CommentedArticle article) {
	}

	private final JdbcClient jdbc;

	Comments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Comment add(NewComment comment, CommentStatus status, Instant at) {
		long id = jdbc.sql("""
				insert into content_comments (article_id, parent_id, author_name, email, account_id, by_practice, body,
				                              status, ip, created_at, moderated_at, moderated_by)
				values (:article, :parent, :name, :email, :account, :practice, :body, :status, :ip, :at, :moderatedAt,
				        :moderatedBy)
				returning id""")
			.param("article", comment.articleId())
			.param("parent", comment.parentId(), Types.BIGINT)
			.param("name", comment.authorName())
			.param("email", comment.email())
			.param("account", comment.accountId(), Types.BIGINT)
			// the practice's reply is its own moderation: published by whoever wrote it, when they wrote it
			.param("moderatedAt", comment.byPractice() ? Timestamp.from(at) : null, Types.TIMESTAMP)
			.param("moderatedBy", comment.byPractice() ? comment.accountId() : null, Types.BIGINT)
			.param("practice", comment.byPractice())
			.param("body", comment.body())
			.param("status", status.name())
			.param("ip", comment.ip())
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
		return new Comment(id, comment.articleId(), comment.parentId(), comment.authorName(), comment.email(),
				comment.byPractice(), comment.body(), status, comment.ip(), at);
	}

	Optional<Comment> withId(long id) {
		return jdbc.sql(SELECT + "where id = :id").param("id", id).query(Comments::comment).optional();
	}

	/** What readers see under an article: approved comments, oldest first. */
	List<Comment> approvedOn(long articleId) {
		return jdbc.sql(SELECT + "where article_id = :article and status = 'APPROVED' order by created_at, id")
			.param("article", articleId)
			.query(Comments::comment)
			.list();
	}

	/** Whether a reader with this address has had a comment approved before (the practice's replies aside). */
	boolean approvedBefore(String email) {
		return jdbc.sql("""
				select exists (select 1 from content_comments
				               where lower(email) = lower(:email) and status = 'APPROVED' and not by_practice)""")
			.param("email", email)
			.query(Boolean.class)
			.single();
	}

	/** The queue oldest first (fair to whoever waited longest), every other tab newest first. */
	List<Listed> withStatus(CommentStatus status, int limit) {
		String order = status == CommentStatus.PENDING ? "c.created_at, c.id" : "c.created_at desc, c.id desc";
		return jdbc.sql("""
				select c.id, c.article_id, c.parent_id, c.author_name, c.email, c.by_practice, c.body, c.status, c.ip,
				       c.created_at, a.slug, a.title
				from content_comments c join content_articles a on a.id = c.article_id
				where c.status = :status""" + " order by " + order + " limit :limit")
			.param("status", status.name())
			.param("limit", limit)
			.query((row, n) -> new Listed(comment(row, n),
					new CommentedArticle(row.getLong("article_id"), row.getString("slug"), row.getString("title"))))
			.list();
	}

	int countWithStatus(CommentStatus status) {
		return jdbc.sql("select count(*) from content_comments where status = :status")
			.param("status", status.name())
			.query(Integer.class)
			.single();
	}

	/**
	 * Moves a comment on only if it is still where the moderator saw it, so two moderators acting at once cannot
	 * undo each other unknowingly.
	 *
	 * @return whether it moved
	 */
	boolean move(long id, CommentStatus from, CommentStatus to, long moderatorId, Instant at) {
		return jdbc.sql("""
				update content_comments set status = :to, moderated_at = :at, moderated_by = :by
				where id = :id and status = :from""")
			.param("to", to.name())
			.param("at", Timestamp.from(at))
			.param("by", moderatorId)
			.param("id", id)
			.param("from", from.name())
			.update() == 1;
	}

	private static Comment comment(ResultSet row, int number) throws SQLException {
		return new Comment(row.getLong("id"), row.getLong("article_id"), row.getObject("parent_id", Long.class),
				row.getString("author_name"), row.getString("email"), row.getBoolean("by_practice"),
				row.getString("body"), CommentStatus.valueOf(row.getString("status")), row.getString("ip"),
				row.getTimestamp("created_at").toInstant());
	}
}
