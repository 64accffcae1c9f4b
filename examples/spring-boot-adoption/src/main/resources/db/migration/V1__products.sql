-- The shop's tables, migrated by the shop's Flyway; the ContractSpec runtime adds its own tables
-- (history in cs_runtime_schema_history) after these.
CREATE SEQUENCE product_id START WITH 100;

CREATE TABLE product (
    id          BIGINT PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    price_cents BIGINT NOT NULL
);

INSERT INTO product (id, name, price_cents) VALUES (1, 'Fountain pen', 2500), (2, 'Notebook', 900);
