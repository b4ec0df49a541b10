package org.backcare.shop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.backcare.platform.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practice's product range as the admin keeps it: every product, active or not, with its variants. A slug or
 * SKU that is taken is refused by the database (unique keys) and reported on the form.
 */
@Component
class ProductRange {

	private final JdbcClient jdbc;

	private final ProductImages images;

	private final StockLedger ledger;

	private final AuditLog audit;

	ProductRange(JdbcClient jdbc, ProductImages images, StockLedger ledger, AuditLog audit) {
		this.jdbc = jdbc;
		this.images = images;
		this.ledger = ledger;
		this.audit = audit;
	}

	record Category(String slug, String name, String parentSlug) {
	}

	record Listed(long id, String slug, String name, String category, boolean active, int variants, int stock) {
	}

	/** What the product form edits. */
	record ProductDetails(String slug, String name, String categorySlug, String summary, String whatItIsFor,
			String howToUse, String whoShouldNot, String productTag, boolean ageRestricted, List<String> places,
			String imagePath, String imageAlt, boolean active) {
	}

	record Product(long id, ProductDetails details) {
	}

	/** What the variant form edits; the SKU is chosen once. */
	record VariantDetails(String label, String size, String firmness, long priceMinor, int taxRateBp, int lowStockAt,
			boolean active) {
	}

	record Variant(String sku, long productId, String productName, VariantDetails details, Money price, int stock) {
	}

	List<Category> categories() {
		return jdbc.sql("select slug, name, parent_slug from shop_categories order by coalesce(parent_slug, slug), parent_slug nulls first, sort_order, name")
			.query((row, n) -> new Category(row.getString("slug"), row.getString("name"), row.getString("parent_slug")))
			.list();
	}

	List<Listed> all() {
		return jdbc.sql("""
				select p.id, p.slug, p.name, c.name as category, p.active, count(v.sku) as variants,
				       coalesce(sum(v.stock), 0) as stock
				from shop_products p join shop_categories c on c.slug = p.category_slug
				left join shop_variants v on v.product_id = p.id
				group by p.id, c.name order by p.name""")
			.query((row, n) -> new Listed(row.getLong("id"), row.getString("slug"), row.getString("name"),
					row.getString("category"), row.getBoolean("active"), row.getInt("variants"), row.getInt("stock")))
			.list();
	}

	Optional<Product> product(long id) {
		return jdbc.sql("select * from shop_products where id = :id")
			.param("id", id)
			.query((row, n) -> new Product(id, new ProductDetails(row.getString("slug"), row.getString("name"),
					row.getString("category_slug"), row.getString("summary"), row.getString("what_it_is_for"),
					row.getString("how_to_use"), row.getString("who_should_not"), row.getString("product_tag"),
					row.getBoolean("age_restricted"), Arrays.asList((String[]) row.getArray("places").getArray()),
					row.getString("image_path"), row.getString("image_alt"), row.getBoolean("active"))))
			.optional();
	}

	List<Variant> variants(long productId) {
		return jdbc.sql(VARIANTS + " where v.product_id = :id order by v.sort_order, v.sku")
			.param("id", productId)
			.query(ProductRange::variant)
			.list();
	}

	Optional<Variant> variant(String sku) {
		return jdbc.sql(VARIANTS + " where v.sku = :sku").param("sku", sku).query(ProductRange::variant).optional();
	}

	/** @throws org.springframework.dao.DuplicateKeyException when the slug is taken */
	@Transactional
	long add(ProductDetails details, ProductImages.Upload image, long actorId) {
		String imagePath = images.store(image, actorId);
		long id = jdbc.sql("insert into shop_products (" + COLUMNS + ") values (" + VALUES + ") returning id")
			.params(params(details, imagePath))
			.query(Long.class)
			.single();
		audit.record(actorId, "shop.product.added", "product:" + id);
		return id;
	}

	/**
	 * @param image a new image, or null to keep the one there is
	 * @throws org.springframework.dao.DuplicateKeyException when the slug is taken
	 */
	@Transactional
	boolean change(long id, ProductDetails details, ProductImages.Upload image, long actorId) {
		Optional<String> old = jdbc.sql("select image_path from shop_products where id = :id for update")
			.param("id", id)
			.query(String.class)
			.optional();
		if (old.isEmpty()) {
			return false;
		}
		String imagePath = image == null ? old.get() : images.store(image, actorId);
		jdbc.sql("update shop_products set (" + COLUMNS + ", updated_at) = (" + VALUES + ", now()) where id = :id")
			.params(params(details, imagePath))
			.param("id", id)
			.update();
		if (!imagePath.equals(old.get())) {
			images.forgetUnused(old.get());
		}
		audit.record(actorId, "shop.product.changed", "product:" + id);
		return true;
	}

	/**
	 * A new variant with the stock counted for it (an entry in its stock history when above zero).
	 *
	 * @throws org.springframework.dao.DuplicateKeyException when the SKU is taken
	 */
	@Transactional
	void addVariant(long productId, String sku, VariantDetails details, Currency currency, int stock, long actorId) {
		jdbc.sql("""
				insert into shop_variants (sku, product_id, label, size, firmness, price_minor, currency, tax_rate_bp,
				                           stock, low_stock_at, active, sort_order)
				values (:sku, :product, :label, :size, :firmness, :price, :currency, :tax, 0, :low, :active,
				        (select coalesce(max(sort_order) + 1, 0) from shop_variants where product_id = :product))""")
			.param("sku", sku)
			.param("product", productId)
			.params(variantParams(details))
			.param("currency", currency.getCurrencyCode())
			.update();
		audit.record(actorId, "shop.variant.added", "sku:" + sku);
		if (stock > 0) {
			ledger.setTo(sku, stock, "First stock of a new variant", actorId);
		}
	}

	@Transactional
	boolean changeVariant(String sku, VariantDetails details, long actorId) {
		int changed = jdbc.sql("""
				update shop_variants set label = :label, size = :size, firmness = :firmness, price_minor = :price,
				    tax_rate_bp = :tax, low_stock_at = :low, active = :active where sku = :sku""")
			.params(variantParams(details))
			.param("sku", sku)
			.update();
		if (changed > 0) {
			audit.record(actorId, "shop.variant.changed", "sku:" + sku);
		}
		return changed > 0;
	}

	private static final String COLUMNS = "slug, name, category_slug, summary, what_it_is_for, how_to_use, "
			+ "who_should_not, product_tag, age_restricted, places, image_path, image_alt, active";

	private static final String VALUES = ":slug, :name, :category, :summary, :whatFor, :howTo, :whoNot, :tag, "
			+ ":ageRestricted, cast(:places as text[]), :imagePath, :imageAlt, :active";

	private static final String VARIANTS = """
			select v.*, p.name as product_name from shop_variants v join shop_products p on p.id = v.product_id""";

	private static java.util.Map<String, Object> params(ProductDetails details, String imagePath) {
		var params = new java.util.HashMap<String, Object>();
		params.put("slug", details.slug());
		params.put("name", details.name());
		params.put("category", details.categorySlug());
		params.put("summary", details.summary());
		params.put("whatFor", details.whatItIsFor());
		params.put("howTo", details.howToUse());
		params.put("whoNot", details.whoShouldNot());
		params.put("tag", details.productTag());
		params.put("ageRestricted", details.ageRestricted());
		params.put("places", details.places().toArray(String[]::new));
		params.put("imagePath", imagePath);
		params.put("imageAlt", details.imageAlt());
		params.put("active", details.active());
		return params;
	}

	private static java.util.Map<String, Object> variantParams(VariantDetails details) {
		var params = new java.util.HashMap<String, Object>();
		params.put("label", details.label());
		params.put("size", details.size());
		params.put("firmness", details.firmness());
		params.put("price", details.priceMinor());
		params.put("tax", details.taxRateBp());
		params.put("low", details.lowStockAt());
		params.put("active", details.active());
		return params;
	}

	private static Variant variant(ResultSet row, int n) throws SQLException {
		var price = new Money(row.getLong("price_minor"), Currency.getInstance(row.getString("currency")));
		return new Variant(row.getString("sku"), row.getLong("product_id"), row.getString("product_name"),
				new VariantDetails(row.getString("label"), row.getString("size"), row.getString("firmness"),
						price.minor(), row.getInt("tax_rate_bp"), row.getInt("low_stock_at"), row.getBoolean("active")),
				price, row.getInt("stock"));
	}
}
