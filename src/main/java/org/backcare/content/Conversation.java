package org.backcare.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A top-level comment and its replies, oldest first: one level deep, as the database keeps them. */
record Conversation(Comment comment, List<Comment> replies) {

	/** Groups approved comments (oldest first) under their parents; a reply whose parent is not shown goes too. */
	static List<Conversation> of(List<Comment> oldestFirst) {
		Map<Long, List<Comment>> replies = new LinkedHashMap<>();
		List<Comment> topLevel = new ArrayList<>();
		for (Comment comment : oldestFirst) {
			if (comment.isReply()) {
				replies.computeIfAbsent(comment.parentId(), id -> new ArrayList<>()).add(comment);
			}
			else {
				topLevel.add(comment);
			}
		}
		return topLevel.stream()
			.map(comment -> new Conversation(comment, List.copyOf(replies.getOrDefault(comment.id(), List.of()))))
			.toList();
	}
}
