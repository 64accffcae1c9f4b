-- The application's own table, migrated by the application's Flyway before the runtime's tables.
CREATE TABLE note (
    id   INT AUTO_INCREMENT PRIMARY KEY,
    text VARCHAR(200) NOT NULL
);
