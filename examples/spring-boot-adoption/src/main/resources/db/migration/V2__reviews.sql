-- The first feature served through contracts keeps its data in the shop's database.
CREATE TABLE review (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    product_id BIGINT NOT NULL REFERENCES product (id),
    author     VARCHAR(100) NOT NULL,
    rating     INT NOT NULL,
    text       VARCHAR(2000) NOT NULL
);
