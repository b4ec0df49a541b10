package org.backcare.content;

/** The article a comment belongs to, as the comment pages name and link it. */
record CommentedArticle(long id, String slug, String title) {

	String path() {
		return "/articles/" + slug;
	}

	String commentsPath() {
		return path() + "/comments";
	}
}
