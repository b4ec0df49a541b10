/**
 * Content: the article library with its revisions, tags, images, full-text search, feeds and SEO; reader comments
 * and their moderation; client testimonials published only with consent and after approval. Article Markdown is
 * rendered and then sanitised; comments are plain text.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "platform :: layout", "identity",
		"therapies", "scheduling" })
package org.backcare.content;
