package org.backcare.content;

import java.util.Map;
import java.util.Set;

import org.commonmark.node.Image;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * A paragraph holding nothing but an image with a title becomes a figure whose caption is that title:
 * {@code ![A foam roller under the upper back](/images/articles/roller.svg "Roll slowly, never over the spine")}.
 * Every other paragraph renders as usual.
 */
final class FigureRenderer implements NodeRenderer {

	private final HtmlNodeRendererContext context;

	private final HtmlWriter html;

	FigureRenderer(HtmlNodeRendererContext context) {
		this.context = context;
		this.html = context.getWriter();
	}

	@Override
	public Set<Class<? extends Node>> getNodeTypes() {
		return Set.of(Paragraph.class);
	}

	@Override
	public void render(Node node) {
		Node only = node.getFirstChild();
		if (only instanceof Image && only.getNext() == null && ((Image) only).getTitle() != null
				&& !((Image) only).getTitle().isBlank()) {
			Image image = (Image) only;
			html.line();
			html.tag("figure");
			html.tag("img", Map.of("src", context.encodeUrl(image.getDestination()), "alt",
					ArticleMarkdown.textOf(image)), true);
			html.tag("figcaption");
			html.text(image.getTitle());
			html.tag("/figcaption");
			html.tag("/figure");
			html.line();
			return;
		}
		boolean tight = node.getParent() instanceof ListItem && node.getParent().getParent() instanceof ListBlock
				&& ((ListBlock) node.getParent().getParent()).isTight();
		if (!tight) {
			html.line();
			html.tag("p");
		}
		Node child = node.getFirstChild();
		while (child != null) {
			Node next = child.getNext();
			context.render(child);
			child = next;
		}
		if (!tight) {
			html.tag("/p");
			html.line();
		}
	}
}
