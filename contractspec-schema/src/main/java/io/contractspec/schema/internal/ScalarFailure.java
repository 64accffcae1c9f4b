package io.contractspec.schema.internal;

/** Why a scalar value was rejected: a stable validation code and a message for humans. */
public record ScalarFailure(String code, String message) {}
