package com.example.shop.reviews;

import static io.contractspec.core.Contracts.auth;
import static io.contractspec.core.spec.AuthLevel.ANONYMOUS;
import static io.contractspec.core.spec.AuthLevel.USER;
import static io.contractspec.core.spec.RestRoute.Method.DELETE;
import static io.contractspec.core.spec.RestRoute.Method.GET;
import static io.contractspec.core.spec.RestRoute.Method.POST;
import static io.contractspec.schema.Scalar.ID;
import static io.contractspec.schema.Scalar.INT;
import static io.contractspec.schema.Scalar.NON_EMPTY_STRING;

import io.contractspec.core.Contracts;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Stability;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;

/**
 * The reviews feature, the shop's first served through contracts. Its routes sit beside the
 * hand-written product endpoints ({@code /api/products/{productId}/reviews}); its input is checked
 * by the contract, its policy by the executor.
 */
public final class ReviewContracts {

    static final String OWNER = "@shop.catalog";
    static final String PRODUCT_NOT_FOUND = "PRODUCT_NOT_FOUND";
    static final String REVIEW_NOT_FOUND = "REVIEW_NOT_FOUND";

    static final Model REVIEW = Model.builder("Review")
            .description("A customer's review of a product.")
            .required("id", INT, "The review's number.")
            .required("productId", INT, "The reviewed product.")
            .required("author", ID, "Who wrote it.")
            .field(Field.required("rating", INT).minimum(1).maximum(5).description("1 (poor) to 5 (excellent) stars."))
            .required("text", NON_EMPTY_STRING, "What the customer wrote.")
            .build();

    static final Model ADD_REVIEW_INPUT = Model.builder("AddReviewInput")
            .required("productId", INT, "The product to review.")
            .field(Field.required("rating", INT).minimum(1).maximum(5).description("1 (poor) to 5 (excellent) stars."))
            .field(Field.required("text", NON_EMPTY_STRING).maxLength(2000).description("The review."))
            .build();

    static final Model PRODUCT_REF = Model.builder("ProductRef").required("productId", INT, "The product.").build();

    static final Model REVIEW_LIST = Model.builder("ReviewList")
            .required("productId", INT, "The product.")
            .field(Field.required("reviews", REVIEW).array().description("Its reviews, oldest first."))
            .build();

    static final Model REVIEW_REF = Model.builder("ReviewRef")
            .required("productId", INT, "The product.")
            .required("reviewId", INT, "The review.")
            .build();

    public static final OperationSpec ADD = Contracts.command("shop.review.add", "1.0.0")
            .stability(Stability.STABLE).owners(OWNER).tags("reviews")
            .description("Review a product.")
            .goal("Let customers tell others what they think of a product.")
            .context("A signed-in customer on a product page.")
            .input(ADD_REVIEW_INPUT).output(REVIEW).successStatus(201)
            .policy(auth(USER))
            .rest(POST, "/products/{productId}/reviews")
            .error(PRODUCT_NOT_FOUND, 404, "the product does not exist")
            .audit("shop.review.added")
            .build();

    public static final OperationSpec LIST = Contracts.query("shop.review.list", "1.0.0")
            .stability(Stability.STABLE).owners(OWNER).tags("reviews")
            .description("A product's reviews.")
            .goal("Show what customers think of a product.")
            .context("Anyone on a product page.")
            .input(PRODUCT_REF).output(REVIEW_LIST)
            .policy(auth(ANONYMOUS))
            .rest(GET, "/products/{productId}/reviews")
            .build();

    public static final OperationSpec REMOVE = Contracts.command("shop.review.remove", "1.0.0")
            .stability(Stability.STABLE).owners(OWNER).tags("reviews")
            .description("Remove a review.")
            .goal("Keep reviews civil.")
            .context("A moderator.")
            .input(REVIEW_REF).output(REVIEW)
            .policy(auth(USER).roles("moderator"))
            .rest(DELETE, "/products/{productId}/reviews/{reviewId}")
            .error(REVIEW_NOT_FOUND, 404, "the product has no review with this number")
            .audit("shop.review.removed")
            .build();

    private ReviewContracts() {}
}
