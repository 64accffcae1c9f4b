package com.example.shop.products;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The shop's own data access (Spring's JdbcClient on the application's DataSource). */
@Repository
public class ProductRepository {

    private final JdbcClient jdbc;

    ProductRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Product> find(long id) {
        return jdbc.sql("SELECT id, name, price_cents FROM product WHERE id = ?").param(id)
                .query((row, n) -> new Product(row.getLong("id"), row.getString("name"), row.getLong("price_cents")))
                .optional();
    }

    public boolean exists(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM product WHERE id = ?").param(id).query(Integer.class).single() > 0;
    }

    Product add(NewProduct product) {
        long id = jdbc.sql("SELECT NEXT VALUE FOR product_id").query(Long.class).single();
        jdbc.sql("INSERT INTO product (id, name, price_cents) VALUES (?, ?, ?)")
                .params(id, product.name(), product.priceCents()).update();
        return new Product(id, product.name(), product.priceCents());
    }
}
