package org.backcare.shop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.backcare.homecare.ProductTag;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the catalogue: active products that have at least one active variant, each with its variants in their
 * order. One statement per read, whatever the number of products: each product row carries its variants as
 * arrays (a product page is a hot path: one round trip for the product, one for its related products).
 */
@Component
class ProductCatalogue {

	private static final String PRODUCTS = """
			select p.id, p.slug, p.name, p.category_slug, c.name as category_name, p.summary, p.what_it_is_for,
			       p.how_to_use, p.who_should_not, p.product_tag, p.age_restricted, p.places, p.image_path, p.image_alt,
			       v.skus, v.labels, v.sizes, v.firmnesses, v.prices, v.currencies, v.stocks, v.low_at
			from shop_products p
			join shop_categories c on c.slug = p.category_slug
			join lateral (
			    select array_agg(sku order by sort_order, sku) as skus, array_agg(label order by sort_order, sku) as labels,
			           array_agg(size order by sort_order, sku) as sizes,
			           array_agg(firmness order by sort_order, sku) as firmnesses,
			           array_agg(price_minor order by sort_order, sku) as prices,
			           array_agg(currency order by sort_order, sku) as currencies,
			           array_agg(stock order by sort_order, sku) as stocks,
			           array_agg(low_stock_at order by sort_order, sku) as low_at
			    from shop_variants where product_id = p.id and active) v on v.skus is not null
			where p.active
			""";

	private static final int MOST_LISTED = 100;

	private final JdbcClient jdbc;

	ProductCatalogue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Categories categories() {
		return new Categories(jdbc.sql("select slug, name, parent_slug, summary from shop_categories order by sort_order, name")
			.query((row, number) -> new ProductCategory(row.getString("slug"), row.getString("name"),
					row.getString("parent_slug"), row.getString("summary")))
			.list());
	}

	/** Best matches first when searching (name over summary over description), else by category and name. */
	List<CatalogueEntry> search(CatalogueFilter filter) {
		return entries(jdbc.sql(PRODUCTS + """
				  and (:query = '' or p.search @@ websearch_to_tsquery('english', :query))
				  and (:category = '' or c.slug = :category or c.parent_slug = :category)
				  and (:tag = '' or p.product_tag = :tag)
				  and (:place = '' or :place = any (p.places))
				  and (not :inStockOnly or exists (select 1 from shop_variants v
				                                   where v.product_id = p.id and v.active and v.stock > 0))
				order by case when :query = '' then 0 else ts_rank(p.search, websearch_to_tsquery('english', :query)) end desc,
				         c.sort_order, p.name
				limit :limit""")
			.param("query", filter.query())
			.param("category", filter.category())
			.param("tag", filter.tag() == null ? "" : filter.tag().name())
			.param("place", filter.place() == null ? "" : filter.place().name())
			.param("inStockOnly", filter.inStockOnly())
			.param("limit", MOST_LISTED));
	}

	Optional<CatalogueEntry> bySlug(String slug) {
		return entries(jdbc.sql(PRODUCTS + " and p.slug = :slug").param("slug", slug)).stream().findFirst();
	}

	/** The product an active variant belongs to. */
	Optional<CatalogueEntry> bySku(String sku) {
		return entries(jdbc.sql(PRODUCTS + """
				  and p.id = (select product_id from shop_variants where sku = :sku and active)""").param("sku", sku))
			.stream()
			.findFirst();
	}

	/** Others from the same category first, then others a care plan recommends by the same tag. */
	List<CatalogueEntry> related(CatalogueEntry product, int limit) {
		return entries(jdbc.sql(PRODUCTS + """
				  and p.id <> :id and (p.category_slug = :category or p.product_tag = :tag)
				order by (p.category_slug = :category) desc, p.name
				limit :limit""")
			.param("id", product.id())
			.param("category", product.categorySlug())
			.param("tag", product.tag() == null ? "" : product.tag().name())
			.param("limit", limit));
	}

	/** Products of these kinds, in the order of the kinds (a care plan lists them by importance). */
	List<CatalogueEntry> tagged(Collection<ProductTag> tags) {
		if (tags.isEmpty()) {
			return List.of();
		}
		List<String> names = tags.stream().map(ProductTag::name).toList();
		return entries(jdbc.sql(PRODUCTS + """
				  and p.product_tag in (:tags)
				order by array_position(cast(:order as text[]), p.product_tag), p.name""")
			.param("tags", names)
			.param("order", names.toArray(String[]::new)));
	}

	private List<CatalogueEntry> entries(JdbcClient.StatementSpec products) {
		return products.query((row, number) -> entry(row)).list();
	}

	private static CatalogueEntry entry(ResultSet row) throws SQLException {
		String tag = row.getString("product_tag");
		List<CushionPlace> places = Arrays.stream(strings(row, "places")).map(CushionPlace::valueOf).toList();
		return new CatalogueEntry(row.getLong("id"), row.getString("slug"), row.getString("name"),
				row.getString("category_slug"), row.getString("category_name"), row.getString("summary"),
				row.getString("what_it_is_for"), row.getString("how_to_use"), row.getString("who_should_not"),
				tag == null ? null : ProductTag.valueOf(tag), row.getBoolean("age_restricted"), places,
				row.getString("image_path"), row.getString("image_alt"), offers(row));
	}

	private static List<Offer> offers(ResultSet row) throws SQLException {
		String[] skus = strings(row, "skus");
		String[] labels = strings(row, "labels");
		String[] sizes = strings(row, "sizes");
		String[] firmnesses = strings(row, "firmnesses");
		Long[] prices = (Long[]) row.getArray("prices").getArray();
		String[] currencies = strings(row, "currencies");
		Integer[] stocks = (Integer[]) row.getArray("stocks").getArray();
		Integer[] lowAt = (Integer[]) row.getArray("low_at").getArray();
		List<Offer> offers = new ArrayList<>(skus.length);
		for (int i = 0; i < skus.length; i++) {
			offers.add(new Offer(skus[i], labels[i], sizes[i], firmnesses[i],
					new Money(prices[i], Currency.getInstance(currencies[i])), stocks[i], lowAt[i]));
		}
		return offers;
	}

	private static String[] strings(ResultSet row, String column) throws SQLException {
		return (String[]) row.getArray(column).getArray();
	}
}
