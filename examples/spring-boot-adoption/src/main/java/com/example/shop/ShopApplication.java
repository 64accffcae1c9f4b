package com.example.shop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An existing Spring Boot shop: hand-written product endpoints on its own JDBC data. Its reviews
 * feature is the first it moved to contracts ({@code com.example.shop.reviews}); both are served on
 * one port and documented in one {@code /openapi.json}.
 */
@SpringBootApplication
public class ShopApplication {

    public static void main(String[] args) {
        SpringApplication.run(ShopApplication.class, args);
    }
}
