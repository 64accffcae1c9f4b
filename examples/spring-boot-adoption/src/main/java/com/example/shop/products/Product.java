package com.example.shop.products;

/** A product as the hand-written endpoints answer it. */
public record Product(long id, String name, long priceCents) {}
