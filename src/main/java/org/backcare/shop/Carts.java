package org.backcare.shop;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carts hold SKUs and quantities only; prices and totals are read from the variants whenever a cart is shown.
 * A quantity is capped by the stock when it is set, and never above 99.
 */
@Repository
class Carts {

	static final int MOST_PER_LINE = 99;

	private final JdbcClient jdbc;

	private final Variants variants;

	private final ShopSettings settings;

	Carts(JdbcClient jdbc, Variants variants, ShopSettings settings) {
		this.jdbc = jdbc;
		this.variants = variants;
		this.settings = settings;
	}

	/** An anonymous cart (a signed-in shopper's is found by account). */
	boolean isAnonymous(UUID cart) {
		return jdbc.sql("select count(*) from shop_carts where id = :id and account_id is null")
			.param("id", cart)
			.query(Long.class)
			.single() == 1;
	}

	Optional<UUID> ofAccount(long account) {
		return jdbc.sql("select id from shop_carts where account_id = :account")
			.param("account", account)
			.query(UUID.class)
			.optional();
	}

	UUID create(Long account) {
		UUID id = UUID.randomUUID();
		if (account == null) {
			jdbc.sql("insert into shop_carts (id) values (:id)").param("id", id).update();
			return id;
		}
		// Two first requests of one account at once both get the one cart.
		return jdbc.sql("""
				insert into shop_carts (id, account_id) values (:id, :account)
				on conflict (account_id) do update set updated_at = now() returning id""")
			.param("id", id)
			.param("account", account)
			.query(UUID.class)
			.single();
	}

	int quantityOf(UUID cart, String sku) {
		return jdbc.sql("select quantity from shop_cart_lines where cart_id = :cart and sku = :sku")
			.param("cart", cart)
			.param("sku", sku)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	/** @return the quantity the cart now holds: what was asked, or less when the stock is lower */
	int set(UUID cart, Variants.Variant variant, int wanted) {
		int kept = Math.min(Math.min(wanted, MOST_PER_LINE), variant.sellable() ? variant.stock() : 0);
		if (kept <= 0) {
			remove(cart, variant.sku());
			return 0;
		}
		jdbc.sql("""
				insert into shop_cart_lines (cart_id, sku, quantity) values (:cart, :sku, :quantity)
				on conflict (cart_id, sku) do update set quantity = excluded.quantity""")
			.param("cart", cart)
			.param("sku", variant.sku())
			.param("quantity", kept)
			.update();
		touch(cart);
		return kept;
	}

	void remove(UUID cart, String sku) {
		jdbc.sql("delete from shop_cart_lines where cart_id = :cart and sku = :sku").param("cart", cart).param("sku", sku).update();
		touch(cart);
	}

	void clear(UUID cart) {
		jdbc.sql("delete from shop_cart_lines where cart_id = :cart").param("cart", cart).update();
	}

	/**
	 * Moves an anonymous cart's lines into the account's cart on sign-in: quantities of the same product are
	 * added up, then capped by the stock (at least one stays, shown as short of stock), and the anonymous cart goes.
	 */
	@Transactional
	void merge(UUID anonymous, UUID into) {
		jdbc.sql("""
				insert into shop_cart_lines (cart_id, sku, quantity)
				select :into, l.sku, l.quantity from shop_cart_lines l where l.cart_id = :from
				on conflict (cart_id, sku) do update set quantity = shop_cart_lines.quantity + excluded.quantity""")
			.param("into", into)
			.param("from", anonymous)
			.update();
		jdbc.sql("""
				update shop_cart_lines l set quantity = greatest(1, least(l.quantity, :most, v.stock))
				from shop_variants v where v.sku = l.sku and l.cart_id = :into""")
			.param("into", into)
			.param("most", MOST_PER_LINE)
			.update();
		jdbc.sql("delete from shop_carts where id = :from and account_id is null").param("from", anonymous).update();
	}

	Cart load(UUID cart) {
		Map<String, Integer> quantities = new LinkedHashMap<>();
		jdbc.sql("select sku, quantity from shop_cart_lines where cart_id = :cart order by added_at, sku")
			.param("cart", cart)
			.query((rs, n) -> quantities.put(rs.getString("sku"), rs.getInt("quantity")))
			.list();
		Map<String, Variants.Variant> found = variants.bySku(quantities.keySet());
		List<Cart.Line> lines = quantities.entrySet()
			.stream()
			.filter(entry -> found.containsKey(entry.getKey()))
			.map(entry -> new Cart.Line(found.get(entry.getKey()), entry.getValue()))
			.toList();
		Totals totals = Totals.of(lines.stream().map(Cart.Line::orderLine).toList(), ShippingMethod.STANDARD, settings);
		return new Cart(cart, lines, totals);
	}

	Cart empty() {
		return new Cart(null, List.of(), Totals.of(List.of(), ShippingMethod.STANDARD, settings));
	}

	private void touch(UUID cart) {
		jdbc.sql("update shop_carts set updated_at = now() where id = :cart").param("cart", cart).update();
	}
}
