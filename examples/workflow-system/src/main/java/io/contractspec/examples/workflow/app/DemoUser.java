package io.contractspec.examples.workflow.app;

import io.contractspec.runtime.Principal;

/**
 * The demo organization's users. They are token subjects only: the application keeps no password
 * store, so a demo token is made with {@code token --user <id> --org org_demo --roles <role>}.
 */
public enum DemoUser {
    REQUESTER("u-requester", "employee"),
    MANAGER("u-manager", "manager"),
    FINANCE("u-finance", "finance"),
    SECURITY("u-security", "security"),
    PROCUREMENT("u-procurement", "procurement"),
    LEGAL("u-legal", "legal"),
    ADMIN("u-admin", "workflow.admin");

    public static final String ORGANIZATION = "org_demo";

    private final String id;
    private final String role;

    DemoUser(String id, String role) {
        this.id = id;
        this.role = role;
    }

    public String id() {
        return id;
    }

    public String role() {
        return role;
    }

    public Principal principal() {
        return Principal.of(id, ORGANIZATION, role);
    }
}
