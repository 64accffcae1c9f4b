package io.contractspec.rest;

import io.contractspec.annotations.PublicApi;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The headers of an HTTP request, looked up by case-insensitive name. */
@FunctionalInterface
@PublicApi
public interface RequestHeaders {

    /** The first value of the header, if the request has it. */
    Optional<String> first(String name);

    /** Headers from a map, e.g. in a test: {@code RequestHeaders.of(Map.of("Authorization", "Bearer …"))}. */
    static RequestHeaders of(Map<String, String> headers) {
        Map<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byName.putAll(headers);
        return name -> Optional.ofNullable(byName.get(name));
    }
}
