package org.backcare.content;

import org.backcare.identity.People;
import org.backcare.platform.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The comments a client wrote, signed in or with their account's email address. Erasure deletes them (and the
 * replies under them, which answer words that are gone): a comment is the reader's own words, not a record the
 * practice must keep.
 */
@Component
class CommentsPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final People people;

	CommentsPersonalData(JdbcClient jdbc, JsonMapper json, People people) {
		this.jdbc = jdbc;
		this.json = json;
		this.people = people;
	}

	@Override
	public String section() {
		return "comments";
	}

	@Override
	public Object exportFor(long clientId) {
		return json.readTree(jdbc.sql("""
				select coalesce(jsonb_agg(jsonb_build_object('article', a.slug, 'name', c.author_name, 'email', c.email,
				           'text', c.body, 'status', c.status, 'replyTo', c.parent_id, 'sentAt', c.created_at,
				           'ip', c.ip) order by c.created_at), '[]')
				from content_comments c join content_articles a on a.id = c.article_id
				where (c.account_id = :client or lower(c.email) = lower(:email)) and not c.by_practice""")
			.param("client", clientId)
			.param("email", emailOf(clientId))
			.query(String.class)
			.single());
	}

	@Override
	public void erase(long clientId) {
		jdbc.sql("""
				delete from content_comments
				where (account_id = :client or lower(email) = lower(:email)) and not by_practice""")
			.param("client", clientId)
			.param("email", emailOf(clientId))
			.update();
	}

	/** No account, no address: matches nothing. */
	private String emailOf(long clientId) {
		return people.withId(clientId).map(People.Person::email).orElse("");
	}
}
