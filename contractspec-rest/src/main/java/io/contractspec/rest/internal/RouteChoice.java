package io.contractspec.rest.internal;

import io.contractspec.core.spec.ParameterBinding;
import io.contractspec.core.spec.RestRoute;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Chooses among the operations that share one method and path by the header or query value each
 * route matches ({@link RestRoute.Match}); a route without a match, if there is one, serves what
 * no match claims. Shared by the Javalin server and the Spring Boot starter, so both dispatch alike.
 *
 * @param <E> the adapter's endpoint of one operation
 */
public final class RouteChoice<E> {

    /** How many matched values a refusal names before it stops listing. */
    private static final int LISTED_VALUES = 5;

    private record Candidate<E>(RestRoute.Match match, E endpoint) {}

    private final List<Candidate<E>> candidates;
    private final E fallback;
    private final String refusal;

    private RouteChoice(List<Candidate<E>> candidates, E fallback, String refusal) {
        this.candidates = List.copyOf(candidates);
        this.fallback = fallback;
        this.refusal = refusal;
    }

    /** The routes of one method and path (a group of {@link RouteTable#groups()}), each with its endpoint. */
    public static <E> RouteChoice<E> of(List<OperationRoute> routes, Function<OperationRoute, E> endpoint) {
        List<Candidate<E>> candidates = new ArrayList<>();
        E fallback = null;
        for (OperationRoute route : routes) {
            if (route.match().isPresent()) {
                candidates.add(new Candidate<>(route.match().get(), endpoint.apply(route)));
            } else {
                fallback = endpoint.apply(route);
            }
        }
        return new RouteChoice<>(candidates, fallback, refusal(routes.get(0), candidates));
    }

    /** Whether the group needs a choice at all: some route of it matches a value. */
    public static boolean needed(List<OperationRoute> routes) {
        return routes.stream().anyMatch(route -> route.match().isPresent());
    }

    /** The endpoint whose match the request meets (else the fallback); empty when none serves it. */
    public Optional<E> choose(HttpServletRequest request) {
        Map<String, List<String>> query = null;
        for (Candidate<E> candidate : candidates) {
            RestRoute.Match match = candidate.match();
            String value;
            if (match.in() == ParameterBinding.Location.HEADER) {
                value = request.getHeader(match.name());
            } else {
                query = query != null ? query : QueryString.parse(request.getQueryString());
                List<String> values = query.getOrDefault(match.name(), List.of());
                value = values.size() == 1 ? values.get(0) : null;
            }
            if (match.value().equals(value)) {
                return Optional.of(candidate.endpoint());
            }
        }
        return Optional.ofNullable(fallback);
    }

    /** The 400 detail for a request that meets no match: which parameter, and some of the values served. */
    public String refusal() {
        return refusal;
    }

    private static <E> String refusal(OperationRoute route, List<Candidate<E>> candidates) {
        Map<String, List<String>> values = candidates.stream().collect(Collectors.groupingBy(
                candidate -> candidate.match().in().wireName() + " parameter '" + candidate.match().name() + "'",
                LinkedHashMap::new, Collectors.mapping(candidate -> candidate.match().value(),
                        Collectors.collectingAndThen(Collectors.toList(), found -> found.stream().sorted().toList()))));
        String named = values.entrySet().stream().map(entry -> "the " + entry.getKey() + " ("
                + String.join(", ", entry.getValue().subList(0, Math.min(LISTED_VALUES, entry.getValue().size())))
                + (entry.getValue().size() > LISTED_VALUES ? ", …" : "") + ")").collect(Collectors.joining(" or "));
        return route.method() + " " + route.path() + " serves several operations told apart by " + named
                + "; the request gives none of their values.";
    }
}
