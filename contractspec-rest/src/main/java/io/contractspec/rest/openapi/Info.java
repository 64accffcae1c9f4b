package io.contractspec.rest.openapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The {@code info} object: title, version, and the description, contact and license when configured. */
final class Info {

    private Info() {}

    static ObjectNode of(OpenApiOptions options) {
        ObjectNode info = JsonNodeFactory.instance.objectNode().put("title", options.title());
        if (!options.description().isEmpty()) {
            info.put("description", options.description());
        }
        options.contact().ifPresent(contact -> {
            ObjectNode node = info.putObject("contact");
            contact.name().ifPresent(name -> node.put("name", name));
            contact.url().ifPresent(url -> node.put("url", url));
            contact.email().ifPresent(email -> node.put("email", email));
        });
        options.license().ifPresent(license -> {
            ObjectNode node = info.putObject("license").put("name", license.name());
            license.identifier().ifPresent(identifier -> node.put("identifier", identifier));
            license.url().ifPresent(url -> node.put("url", url));
        });
        return info.put("version", options.version());
    }
}
