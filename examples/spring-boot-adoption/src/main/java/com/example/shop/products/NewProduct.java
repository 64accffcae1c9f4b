package com.example.shop.products;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** The body of POST /api/products, checked with Jakarta Bean Validation as the shop always did. */
public record NewProduct(@NotBlank @Size(max = 100) String name, @Positive long priceCents) {}
