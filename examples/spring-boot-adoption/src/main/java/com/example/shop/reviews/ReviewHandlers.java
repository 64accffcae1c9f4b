package com.example.shop.reviews;

import com.example.shop.products.ProductRepository;
import io.contractspec.core.result.ContractException;
import io.contractspec.runtime.HandlerContext;
import io.contractspec.spring.ContractHandler;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The reviews feature's handlers: plain Spring bean methods on records, using the shop's own
 * repository and JdbcClient. Each call runs in one transaction with its audit record.
 */
@Component
class ReviewHandlers {

    record AddReview(long productId, int rating, String text) {}

    record ProductRef(long productId) {}

    record ReviewRef(long productId, long reviewId) {}

    record Review(long id, long productId, String author, int rating, String text) {}

    record ReviewList(long productId, List<Review> reviews) {}

    private final JdbcClient jdbc;
    private final ProductRepository products;

    ReviewHandlers(JdbcClient jdbc, ProductRepository products) {
        this.jdbc = jdbc;
        this.products = products;
    }

    @ContractHandler("shop.review.add")
    Review add(AddReview input, HandlerContext context) {
        if (!products.exists(input.productId())) {
            throw new ContractException(ReviewContracts.PRODUCT_NOT_FOUND, "No product " + input.productId() + ".");
        }
        String author = context.requirePrincipal().userId();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO review (product_id, author, rating, text) VALUES (?, ?, ?, ?)")
                .params(input.productId(), author, input.rating(), input.text())
                .update(keys, "id");
        return new Review(keys.getKeyAs(Long.class), input.productId(), author, input.rating(), input.text());
    }

    @ContractHandler("shop.review.list")
    ReviewList list(ProductRef input) {
        return new ReviewList(input.productId(), reviews(input.productId()));
    }

    @ContractHandler("shop.review.remove")
    Review remove(ReviewRef input) {
        Review review = reviews(input.productId()).stream().filter(candidate -> candidate.id() == input.reviewId())
                .findFirst().orElseThrow(() -> new ContractException(ReviewContracts.REVIEW_NOT_FOUND,
                        "Product " + input.productId() + " has no review " + input.reviewId() + "."));
        jdbc.sql("DELETE FROM review WHERE id = ?").param(review.id()).update();
        return review;
    }

    private List<Review> reviews(long productId) {
        return jdbc.sql("SELECT id, product_id, author, rating, text FROM review WHERE product_id = ? ORDER BY id")
                .param(productId)
                .query((row, n) -> new Review(row.getLong("id"), row.getLong("product_id"), row.getString("author"),
                        row.getInt("rating"), row.getString("text")))
                .list();
    }
}
