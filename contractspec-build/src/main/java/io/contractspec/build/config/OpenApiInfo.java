package io.contractspec.build.config;

import io.contractspec.build.load.LoadException;
import io.contractspec.rest.openapi.OpenApiOptions;
import java.util.Optional;

/** Reads {@code generate.openapi} of {@code .contractsrc.json} into the exporter's options. */
final class OpenApiInfo {

    private static final String SECTION = "generate.openapi.";

    private OpenApiInfo() {}

    static OpenApiOptions read(ConfigReader reader, String title, String version) {
        OpenApiOptions.Builder options = OpenApiOptions.builder().title(title).version(version);
        reader.text(SECTION + "description").ifPresent(options::description);
        Optional<String> contactName = reader.text(SECTION + "contact.name");
        Optional<String> contactUrl = reader.text(SECTION + "contact.url");
        Optional<String> contactEmail = reader.text(SECTION + "contact.email");
        if (contactName.isPresent() || contactUrl.isPresent() || contactEmail.isPresent()) {
            options.contact(new OpenApiOptions.Contact(contactName, contactUrl, contactEmail));
        }
        Optional<String> licenseName = reader.text(SECTION + "license.name");
        Optional<String> licenseUrl = reader.text(SECTION + "license.url");
        Optional<String> identifier = reader.text(SECTION + "license.identifier");
        if (licenseName.isEmpty() && (licenseUrl.isPresent() || identifier.isPresent())) {
            throw new LoadException(reader.file() + ": " + SECTION + "license.name: a license needs a name");
        }
        if (licenseUrl.isPresent() && identifier.isPresent()) {
            throw new LoadException(reader.file() + ": " + SECTION + "license: give either url or identifier, not both");
        }
        licenseName.ifPresent(name -> options.license(new OpenApiOptions.License(name, licenseUrl, identifier)));
        reader.strings(SECTION + "servers").ifPresent(servers -> servers.forEach(options::server));
        // The registry's events, features and capabilities in x-contractspec-* (what import needs to give them back)
        reader.bool(SECTION + "allSpecs").ifPresent(options::allSpecs);
        return options.build();
    }
}
