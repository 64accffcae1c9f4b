package io.contractspec.spring;

import io.contractspec.annotations.PublicApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The {@code contractspec.*} settings of the starter; every one has a default. */
@ConfigurationProperties("contractspec")
@PublicApi
public class ContractSpecProperties {

    private final Runtime runtime = new Runtime();
    private final Rest rest = new Rest();
    private final Security security = new Security();

    public Runtime getRuntime() {
        return runtime;
    }

    public Rest getRest() {
        return rest;
    }

    public Security getSecurity() {
        return security;
    }

    /** Where the executor keeps outbox events, audit records and idempotency entries. */
    public enum Store {
        /** The application's DataSource, in the application's transactions (the default). */
        JDBC,
        /** In memory: lost on restart; for tests and demos, and only when chosen explicitly. */
        MEMORY
    }

    public static class Runtime {

        /** Where the runtime's state lives; JDBC requires a DataSource. */
        private Store store = Store.JDBC;

        /** Whether to create and upgrade the runtime's tables at startup, after the application's own Flyway migrations. */
        private boolean migrate = true;

        /** How long a command's result is replayed for a repeated Idempotency-Key. */
        private Duration idempotencyTtl = Duration.ofHours(24);

        public Store getStore() {
            return store;
        }

        public void setStore(Store store) {
            this.store = store;
        }

        public boolean isMigrate() {
            return migrate;
        }

        public void setMigrate(boolean migrate) {
            this.migrate = migrate;
        }

        public Duration getIdempotencyTtl() {
            return idempotencyTtl;
        }

        public void setIdempotencyTtl(Duration idempotencyTtl) {
            this.idempotencyTtl = idempotencyTtl;
        }
    }

    public static class Rest {

        /** Whether Spring MVC serves the operations' routes and the OpenAPI document. */
        private boolean enabled = true;

        /** A prefix for every operation route, e.g. /api; the OpenAPI path is not prefixed. */
        private String basePath = "";

        /** The largest request body accepted; longer bodies get 413. */
        private long maxBodyBytes = 1048576;

        /** The deepest JSON nesting accepted in a body or ?input=; deeper is a 400. */
        private int maxJsonDepth = 128;

        /** The WWW-Authenticate challenge sent with a 401 when an operation needs a user and none is known. */
        private String challenge = "Bearer";

        private final OpenApi openapi = new OpenApi();

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getBasePath() {
            return basePath;
        }

        public void setBasePath(String basePath) {
            this.basePath = basePath;
        }

        public long getMaxBodyBytes() {
            return maxBodyBytes;
        }

        public void setMaxBodyBytes(long maxBodyBytes) {
            if (maxBodyBytes < 1 || maxBodyBytes > Integer.MAX_VALUE - 16) {
                throw new IllegalArgumentException("contractspec.rest.max-body-bytes must be between 1 and " + (Integer.MAX_VALUE - 16));
            }
            this.maxBodyBytes = maxBodyBytes;
        }

        public int getMaxJsonDepth() {
            return maxJsonDepth;
        }

        public void setMaxJsonDepth(int maxJsonDepth) {
            if (maxJsonDepth < 2 || maxJsonDepth > 1000) {
                throw new IllegalArgumentException("contractspec.rest.max-json-depth must be between 2 and 1000");
            }
            this.maxJsonDepth = maxJsonDepth;
        }

        public String getChallenge() {
            return challenge;
        }

        public void setChallenge(String challenge) {
            this.challenge = challenge;
        }

        public OpenApi getOpenapi() {
            return openapi;
        }
    }

    /** How the OpenAPI document says operations that need a user are authenticated. */
    public enum SecuritySchemeKind {
        /** HTTP bearer tokens (JWT), as {@code bearerAuth}. */
        BEARER,
        /** HTTP Basic, as {@code basicAuth}. */
        BASIC,
        /** No security scheme. */
        NONE
    }

    public static class OpenApi {

        /** Where the OpenAPI 3.1 document is served; empty serves none. */
        private String path = "/openapi.json";

        /** The document's info.title. */
        private String title = "ContractSpec API";

        /** The document's info.version. */
        private String version = "1.0.0";

        /** The document's info.description. */
        private String description = "";

        /**
         * OpenAPI fragments (resource locations such as classpath:openapi/hand-written.json) whose paths,
         * tags and component schemas are merged into the document: how hand-written endpoints are documented.
         */
        private List<String> include = new ArrayList<>();

        /** The security scheme documented for operations that need a user. */
        private SecuritySchemeKind securityScheme = SecuritySchemeKind.BEARER;

        public SecuritySchemeKind getSecurityScheme() {
            return securityScheme;
        }

        public void setSecurityScheme(SecuritySchemeKind securityScheme) {
            this.securityScheme = securityScheme;
        }

        public String getPath() {
            return path;
        }

        public void setPath(String path) {
            this.path = path;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getVersion() {
            return version;
        }

        public void setVersion(String version) {
            this.version = version;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public List<String> getInclude() {
            return include;
        }

        public void setInclude(List<String> include) {
            this.include = include;
        }
    }

    public static class Security {

        /** The claim (of a JWT, or a key of the Authentication's details map) that holds the organization id. */
        private String organizationClaim = "org";

        /** Authorities with this prefix become roles, without it; every other authority is a permission. */
        private String rolePrefix = "ROLE_";

        /** A prefix removed from the other authorities before they become permissions (Spring's OAuth2 scopes). */
        private String permissionPrefix = "SCOPE_";

        public String getOrganizationClaim() {
            return organizationClaim;
        }

        public void setOrganizationClaim(String organizationClaim) {
            this.organizationClaim = organizationClaim;
        }

        public String getRolePrefix() {
            return rolePrefix;
        }

        public void setRolePrefix(String rolePrefix) {
            this.rolePrefix = rolePrefix;
        }

        public String getPermissionPrefix() {
            return permissionPrefix;
        }

        public void setPermissionPrefix(String permissionPrefix) {
            this.permissionPrefix = permissionPrefix;
        }
    }
}
