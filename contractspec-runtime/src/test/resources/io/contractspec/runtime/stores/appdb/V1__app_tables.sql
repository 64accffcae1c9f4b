-- An application's own first migration, sharing the schema (and version 1) with the runtime's.
CREATE TABLE app_customer (
    id   VARCHAR(64) PRIMARY KEY,
    name VARCHAR(200) NOT NULL
);
