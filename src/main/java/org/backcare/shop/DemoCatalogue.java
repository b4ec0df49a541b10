package org.backcare.shop;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo shop: categories, the fifteen products of {@link DemoProducts} with stock (some low, one variant and
 * one product sold out), the holidays the shop closes in 2026 and 2027, and the countries it ships to. Only with
 * the demo profile; what is already there (by slug, day or country) is left alone, so restarts change nothing.
 */
@Component
@Profile("demo")
class DemoCatalogue {

	private static final Logger log = LoggerFactory.getLogger(DemoCatalogue.class);

	private record Category(String slug, String name, String parent, int sortOrder, String summary) {
	}

	private static final List<Category> CATEGORIES = List.of(
			new Category("massage-tools", "Massage tools", null, 10, "Rollers, balls and hooks for gentle self-massage at home."),
			new Category("foam-rollers", "Foam rollers", "massage-tools", 11, "For the buttocks, thighs and upper back."),
			new Category("massage-balls", "Massage balls", "massage-tools", 12, "For tight spots, against a wall."),
			new Category("hook-tools", "Trigger-point hook tools", "massage-tools", 13, "To reach the side of the lower back."),
			new Category("handheld-massagers", "Handheld massagers", "massage-tools", 14, "Gentle vibration for the muscles."),
			new Category("heat-and-cold", "Heat and cold", null, 20, "Warmth to ease stiffness, cold if you prefer it."),
			new Category("kinesiology-tape", "Kinesiology tape", null, 30, "Stretchy tape some people find comfortable."),
			new Category("topical-salves", "Balms and salves", null, 40, "Cooling balm and CBD salve for the skin over sore muscles."),
			new Category("seat-cushions", "Seat and lumbar cushions", null, 50, "For more comfortable sitting, wherever you sit."));

	private record Holiday(String day, String name) {
	}

	// US federal holidays (observed days) and the day after Thanksgiving, when the shop's dispatch is closed too.
	private static final List<Holiday> HOLIDAYS = List.of(new Holiday("2026-01-01", "New Year's Day"),
			new Holiday("2026-01-19", "Martin Luther King Jr. Day"), new Holiday("2026-02-16", "Presidents' Day"),
			new Holiday("2026-05-25", "Memorial Day"), new Holiday("2026-06-19", "Juneteenth"),
			new Holiday("2026-07-03", "Independence Day (observed)"), new Holiday("2026-09-07", "Labor Day"),
			new Holiday("2026-10-12", "Columbus Day"), new Holiday("2026-11-11", "Veterans Day"),
			new Holiday("2026-11-26", "Thanksgiving"), new Holiday("2026-11-27", "Day after Thanksgiving"),
			new Holiday("2026-12-25", "Christmas Day"), new Holiday("2027-01-01", "New Year's Day"),
			new Holiday("2027-01-18", "Martin Luther King Jr. Day"), new Holiday("2027-02-15", "Presidents' Day"),
			new Holiday("2027-05-31", "Memorial Day"), new Holiday("2027-06-18", "Juneteenth (observed)"),
			new Holiday("2027-07-05", "Independence Day (observed)"), new Holiday("2027-09-06", "Labor Day"),
			new Holiday("2027-10-11", "Columbus Day"), new Holiday("2027-11-11", "Veterans Day"),
			new Holiday("2027-11-25", "Thanksgiving"), new Holiday("2027-11-26", "Day after Thanksgiving"),
			new Holiday("2027-12-24", "Christmas Day (observed)"), new Holiday("2027-12-31", "New Year's Day (observed)"));

	private record Destination(String country, String name, boolean allowsRestricted) {
	}

	// Only the US allows the CBD salve here: its sale elsewhere needs rules the demo shop does not know.
	private static final List<Destination> DESTINATIONS = List.of(new Destination("US", "United States", true),
			new Destination("CA", "Canada", false), new Destination("GB", "United Kingdom", false),
			new Destination("IE", "Ireland", false), new Destination("DE", "Germany", false),
			new Destination("AU", "Australia", false));

	private final JdbcClient jdbc;

	private final ShopSettings settings;

	DemoCatalogue(JdbcClient jdbc, ShopSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(70)
	@Transactional
	void createDemoCatalogue() {
		CATEGORIES.forEach(category -> jdbc.sql("""
				insert into shop_categories (slug, name, parent_slug, sort_order, summary)
				values (:slug, :name, :parent, :sortOrder, :summary) on conflict (slug) do nothing""")
			.param("slug", category.slug())
			.param("name", category.name())
			.param("parent", category.parent())
			.param("sortOrder", category.sortOrder())
			.param("summary", category.summary())
			.update());
		HOLIDAYS.forEach(holiday -> jdbc.sql("insert into shop_holidays (day, name) values (:day, :name) on conflict do nothing")
			.param("day", LocalDate.parse(holiday.day()))
			.param("name", holiday.name())
			.update());
		DESTINATIONS.forEach(destination -> jdbc.sql("""
				insert into shop_destinations (country, name, allows_restricted)
				values (:country, :name, :allows) on conflict do nothing""")
			.param("country", destination.country())
			.param("name", destination.name())
			.param("allows", destination.allowsRestricted())
			.update());
		long created = DemoProducts.ALL.stream().filter(this::create).count();
		if (created > 0) {
			log.info("Demo data: created {} shop products", created);
		}
	}

	private boolean create(DemoProducts.Product product) {
		boolean there = jdbc.sql("select exists (select 1 from shop_products where slug = ?)")
			.param(product.slug())
			.query(Boolean.class)
			.single();
		if (there) {
			return false;
		}
		long id = jdbc.sql("""
				insert into shop_products (slug, name, category_slug, summary, what_it_is_for, how_to_use, who_should_not,
				    product_tag, age_restricted, places, image_path, image_alt)
				values (:slug, :name, :category, :summary, :whatFor, :howToUse, :whoNot, :tag, :ageRestricted,
				    cast(:places as text[]), :image, :alt)
				returning id""")
			.param("slug", product.slug())
			.param("name", product.name())
			.param("category", product.category())
			.param("summary", product.summary())
			.param("whatFor", product.whatItIsFor())
			.param("howToUse", product.howToUse())
			.param("whoNot", product.whoShouldNot())
			.param("tag", product.tag() == null ? null : product.tag().name())
			.param("ageRestricted", product.ageRestricted())
			.param("places", product.places().stream().map(Enum::name).toArray(String[]::new))
			.param("image", "/images/shop/" + product.slug() + ".svg")
			.param("alt", product.imageAlt())
			.query(Long.class)
			.single();
		int position = 0;
		for (var variant : product.variants()) {
			jdbc.sql("""
					insert into shop_variants (sku, product_id, label, size, firmness, price_minor, currency, tax_rate_bp,
					    stock, low_stock_at, sort_order)
					values (:sku, :product, :label, :size, :firmness, :price, :currency, 0, :stock, :lowAt, :position)""")
				.param("sku", variant.sku())
				.param("product", id)
				.param("label", variant.label())
				.param("size", variant.size())
				.param("firmness", variant.firmness())
				.param("price", variant.priceMinor())
				.param("currency", settings.currency().getCurrencyCode())
				.param("stock", variant.stock())
				.param("lowAt", settings.lowStockAt())
				.param("position", position++)
				.update();
		}
		return true;
	}
}
