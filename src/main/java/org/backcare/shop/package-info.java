/**
 * Shop: self-care products and their variants, stock, the cart, checkout with the business-day dispatch promise,
 * orders and their fulfilment, and the admin's catalogue, stock and order pages. Never oversells: stock is
 * reserved by one conditional update per line inside the order's transaction. Care plans recommend products by
 * their homecare product tag.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "platform :: layout", "identity",
		"homecare", "careplans" })
package org.backcare.shop;
