package org.backcare.sessions;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A line chart over time as SVG, drawn on the server for the pages and the PDF alike: no script, presentation
 * attributes instead of CSS (the PDF renderer has no stylesheet), role img with a title and a description for
 * screen readers. Pages put a data table beside it. Pure: values in, markup out.
 */
final class SvgChart {

	record Point(Instant at, double value) {
	}

	record Line(String name, String colour, boolean dashed, List<Point> points) {

		Line {
			points = List.copyOf(points);
		}
	}

	/** A shaded stretch of the value axis, e.g. changes smaller than the minimal important change. */
	record Band(double from, double to, String label) {
	}

	/** @param band the shaded stretch, or null */
	record Chart(String id, String title, String description, String axis, double min, double max, List<Line> lines,
			Band band, ZoneId zone) {

		Chart {
			lines = List.copyOf(lines);
		}
	}

	static final int WIDTH = 640;

	static final int HEIGHT = 300;

	private static final int LEFT = 56, RIGHT = 36, TOP = 16, BOTTOM = 64;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

	private final Chart chart;

	private final Instant first;

	private final Instant last;

	private SvgChart(Chart chart) {
		this.chart = chart;
		List<Instant> times = points().map(Point::at).sorted().toList();
		Instant from = times.isEmpty() ? Instant.EPOCH : times.get(0);
		Instant to = times.isEmpty() ? Instant.EPOCH : times.get(times.size() - 1);
		// One day each side when everything happened at once, so a single point sits in the middle.
		this.first = from.equals(to) ? from.minusSeconds(86_400) : from;
		this.last = from.equals(to) ? to.plusSeconds(86_400) : to;
	}

	static String render(Chart chart) {
		return new SvgChart(chart).svg();
	}

	private String svg() {
		var svg = new StringBuilder();
		String id = escape(chart.id());
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" aria-labelledby=\"")
			.append(id).append("-title ").append(id).append("-desc\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
			.append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\">");
		svg.append("<title id=\"").append(id).append("-title\">").append(escape(chart.title())).append("</title>");
		svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(chart.description())).append("</desc>");
		svg.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" fill=\"#ffffff\"/>");
		band(svg);
		valueAxis(svg);
		timeAxis(svg);
		chart.lines().forEach(line -> line(svg, line));
		legend(svg);
		return svg.append("</svg>").toString();
	}

	private void band(StringBuilder svg) {
		if (chart.band() == null) {
			return;
		}
		double top = y(Math.max(chart.band().from(), chart.band().to()));
		double bottom = y(Math.min(chart.band().from(), chart.band().to()));
		svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(number(top)).append("\" width=\"").append(WIDTH - LEFT - RIGHT)
			.append("\" height=\"").append(number(bottom - top)).append("\" fill=\"#dcefe3\"/>");
		svg.append("<text x=\"").append(LEFT + 6).append("\" y=\"").append(number(top + 14))
			.append("\" font-size=\"12\" fill=\"#1d4d31\">").append(escape(chart.band().label())).append("</text>");
	}

	private void valueAxis(StringBuilder svg) {
		double step = chart.max() - chart.min() > 5 ? 2 : 1;
		for (double value = chart.min(); value <= chart.max(); value += step) {
			double y = y(value);
			svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(number(y)).append("\" x2=\"").append(WIDTH - RIGHT)
				.append("\" y2=\"").append(number(y)).append("\" stroke=\"#d0d4d9\" stroke-width=\"1\"/>");
			svg.append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(number(y + 4))
				.append("\" font-size=\"12\" text-anchor=\"end\" fill=\"#2b2f33\">").append(number(value)).append("</text>");
		}
		double middle = (TOP + HEIGHT - BOTTOM) / 2.0;
		svg.append("<text x=\"14\" y=\"").append(number(middle)).append("\" font-size=\"12\" text-anchor=\"middle\" fill=\"#2b2f33\" transform=\"rotate(-90 14 ")
			.append(number(middle)).append(")\">").append(escape(chart.axis())).append("</text>");
	}

	/** Up to six of the measured days, evenly spread, labelled in the zone where the client is treated. */
	private void timeAxis(StringBuilder svg) {
		List<Instant> days = points().map(Point::at).sorted().toList();
		int baseline = HEIGHT - BOTTOM;
		svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(baseline).append("\" x2=\"").append(WIDTH - RIGHT)
			.append("\" y2=\"").append(baseline).append("\" stroke=\"#2b2f33\" stroke-width=\"1\"/>");
		int ticks = Math.min(6, days.size());
		String previous = null;
		for (int i = 0; i < ticks; i++) {
			Instant at = days.get(ticks == 1 ? 0 : Math.round(i * (days.size() - 1) / (float) (ticks - 1)));
			String label = DAY.format(at.atZone(chart.zone()));
			if (label.equals(previous)) {
				continue;
			}
			previous = label;
			svg.append("<text x=\"").append(number(x(at))).append("\" y=\"").append(baseline + 18)
				.append("\" font-size=\"12\" text-anchor=\"middle\" fill=\"#2b2f33\">").append(escape(label)).append("</text>");
		}
	}

	private void line(StringBuilder svg, Line line) {
		if (line.points().isEmpty()) {
			return;
		}
		String colour = escape(line.colour());
		svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\"")
			.append(line.dashed() ? " stroke-dasharray=\"6 4\"" : "").append(" points=\"");
		line.points().stream().sorted(Comparator.comparing(Point::at))
			.forEach(point -> svg.append(number(x(point.at()))).append(',').append(number(y(point.value()))).append(' '));
		svg.setLength(svg.length() - 1);
		svg.append("\"/>");
		for (Point point : line.points()) {
			svg.append("<circle cx=\"").append(number(x(point.at()))).append("\" cy=\"").append(number(y(point.value())))
				.append("\" r=\"4\" fill=\"").append(colour).append("\"/>");
		}
	}

	private void legend(StringBuilder svg) {
		int x = LEFT;
		int y = HEIGHT - 18;
		for (Line line : chart.lines()) {
			svg.append("<line x1=\"").append(x).append("\" y1=\"").append(y - 4).append("\" x2=\"").append(x + 24).append("\" y2=\"")
				.append(y - 4).append("\" stroke=\"").append(escape(line.colour())).append("\" stroke-width=\"2\"")
				.append(line.dashed() ? " stroke-dasharray=\"6 4\"" : "").append("/>");
			svg.append("<text x=\"").append(x + 30).append("\" y=\"").append(y).append("\" font-size=\"12\" fill=\"#2b2f33\">")
				.append(escape(line.name())).append("</text>");
			x += 40 + 7 * line.name().length();
		}
	}

	private Stream<Point> points() {
		return chart.lines().stream().flatMap(line -> line.points().stream());
	}

	private double x(Instant at) {
		double share = (double) (at.getEpochSecond() - first.getEpochSecond()) / (last.getEpochSecond() - first.getEpochSecond());
		return LEFT + share * (WIDTH - LEFT - RIGHT);
	}

	private double y(double value) {
		double share = (value - chart.min()) / (chart.max() - chart.min());
		return HEIGHT - BOTTOM - share * (HEIGHT - BOTTOM - TOP);
	}

	private static String number(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ENGLISH, "%.1f", value);
	}

	/** Text and attribute values: the five characters XML gives meaning to. */
	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
	}
}
