package org.backcare.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.backcare.sessions.SvgChart.Point;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SvgChartTest {

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	@Test
	void isAnAccessibleImageWithItsTitleAndDescription() throws Exception {
		Document svg = parse(SvgChart.render(chart(List.of(point("2027-03-01T15:00:00Z", 6)), null, ZoneOffset.UTC)));
		var root = svg.getDocumentElement();
		assertThat(root.getAttribute("role")).isEqualTo("img");
		assertThat(root.getAttribute("aria-labelledby")).isEqualTo("pain-title pain-desc");
		assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Pain <before> sessions & \"after\"");
		assertThat(svg.getElementsByTagName("desc").item(0).getTextContent()).isEqualTo("From 6/10 to 3/10");
	}

	@Test
	void drawsEveryPointOnTheLineAndLabelsTheDaysWhereTheClientIsTreated() throws Exception {
		// 03:00 UTC on 2 March is still 1 March in Chicago.
		var points = List.of(point("2027-03-02T03:00:00Z", 6), point("2027-03-08T15:00:00Z", 5), point("2027-03-15T15:00:00Z", 3));
		String markup = SvgChart.render(chart(points, null, CHICAGO));
		Document svg = parse(markup);
		assertThat(svg.getElementsByTagName("circle").getLength()).isEqualTo(3);
		assertThat(svg.getElementsByTagName("polyline").getLength()).isEqualTo(1);
		assertThat(markup).contains(">1 Mar<", ">8 Mar<", ">15 Mar<").doesNotContain(">2 Mar<");
	}

	@Test
	void higherValuesAreHigherOnTheChartAndTimeRunsLeftToRight() throws Exception {
		var points = List.of(point("2027-03-01T15:00:00Z", 8), point("2027-03-08T15:00:00Z", 2));
		var circles = parse(SvgChart.render(chart(points, null, ZoneOffset.UTC))).getElementsByTagName("circle");
		double firstX = Double.parseDouble(((org.w3c.dom.Element) circles.item(0)).getAttribute("cx"));
		double secondX = Double.parseDouble(((org.w3c.dom.Element) circles.item(1)).getAttribute("cx"));
		double firstY = Double.parseDouble(((org.w3c.dom.Element) circles.item(0)).getAttribute("cy"));
		double secondY = Double.parseDouble(((org.w3c.dom.Element) circles.item(1)).getAttribute("cy"));
		assertThat(firstX).isLessThan(secondX);
		assertThat(firstY).isLessThan(secondY);
	}

	@Test
	void shadesAndLabelsTheBand() {
		String markup = SvgChart.render(chart(List.of(point("2027-03-01T15:00:00Z", 6)),
				new SvgChart.Band(4, 6, "Less than a meaningful change (4 to 6)"), ZoneOffset.UTC));
		assertThat(markup).contains("fill=\"#dcefe3\"", ">Less than a meaningful change (4 to 6)<");
	}

	@Test
	void namesEachLineInALegend() {
		var chart = new SvgChart.Chart("pain", "Pain", "d", "Pain 0-10", 0, 10,
				List.of(new SvgChart.Line("Before each session", "#1f5f8b", false, List.of(point("2027-03-01T15:00:00Z", 6))),
						new SvgChart.Line("Weekly average", "#8a4b08", true, List.of(point("2027-03-01T15:00:00Z", 5)))),
				null, ZoneOffset.UTC);
		String markup = SvgChart.render(chart);
		assertThat(markup).contains(">Before each session<", ">Weekly average<", "stroke-dasharray=\"6 4\"");
	}

	@Test
	void anEmptyChartIsStillWellFormed() throws Exception {
		assertThat(parse(SvgChart.render(chart(List.of(), null, ZoneOffset.UTC))).getElementsByTagName("circle").getLength()).isZero();
	}

	private static SvgChart.Chart chart(List<Point> points, SvgChart.Band band, ZoneId zone) {
		return new SvgChart.Chart("pain", "Pain <before> sessions & \"after\"", "From 6/10 to 3/10", "Pain 0-10", 0, 10,
				List.of(new SvgChart.Line("Before each session", "#1f5f8b", false, points)), band, zone);
	}

	private static Point point(String at, double value) {
		return new Point(Instant.parse(at), value);
	}

	private static Document parse(String markup) throws Exception {
		return DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(markup.getBytes(StandardCharsets.UTF_8)));
	}
}
