package io.transitplanner.service;

import java.util.Set;
import java.util.TreeSet;

/**
 * Who is asking: the token's subject, its roles and the nation claim of an officer.
 *
 * @param nation the ISO code of the officer's nation, or {@code null}
 */
public record Caller(String subject, Set<String> roles, String nation) {

    /** The service itself, acting outside any request (a scheduled job). */
    public static final Caller SYSTEM = new Caller("system", Set.of(Roles.ADMIN), null);

    public Caller {
        roles = Set.copyOf(roles);
    }

    /** Planners and admins see and change every nation's shipments. */
    public boolean isPrivileged() {
        return roles.contains(Roles.PLANNER) || roles.contains(Roles.ADMIN);
    }

    /**
     * The one nation whose shipments this caller may see, or {@code null} for all of them. An officer whose token
     * names no nation may see none.
     */
    public String nationScope() {
        if (isPrivileged()) {
            return null;
        }
        if (!roles.contains(Roles.OFFICER)) {
            throw new AccessDeniedException("the token carries none of the roles officer, planner or admin");
        }
        if (nation == null) {
            throw new AccessDeniedException("an officer's token must carry the claim 'nation' (an ISO 3166-1 code)");
        }
        return nation;
    }

    /** True when this caller may see shipments of the nation. */
    public boolean sees(String shipmentNation) {
        String scope = nationScope();
        return scope == null || scope.equals(shipmentNation);
    }

    public String rolesText() {
        return String.join(",", new TreeSet<>(roles));
    }
}
