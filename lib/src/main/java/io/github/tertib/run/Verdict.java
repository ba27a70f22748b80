package io.github.tertib.run;

import io.github.tertib.sop.Capacity;
import io.github.tertib.sop.Role;

/**
 * What the checks of one command found: a refusal code (null when allowed), and the role and delegation
 * the actor acts in (either may be null: no role settled, or acting as definitive holder).
 */
record Verdict(RejectionCode code, Role role, Delegation delegation) {


    static Verdict allow(Role role, Delegation delegation) {
        return new Verdict(null, role, delegation);
    }

    static Verdict refuse(RejectionCode code, Role role, Delegation delegation) {
        return new Verdict(code, role, delegation);
    }

    boolean allowed() {
        return code == null;
    }

    Capacity capacity() {
        return delegation == null ? Capacity.DEFINITIVE : delegation.capacity();
    }
}
