package io.github.tertib.store;

import io.github.tertib.run.Event;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.Revision;
import io.github.tertib.sop.SopDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The revisions a store object knows, by fingerprint. Thread-safe. */
final class Registry {

    private final Map<String, SopDefinition> byFingerprint = new ConcurrentHashMap<>();
    private final List<Revision> order = new ArrayList<>();

    /** Adds the definition; true if it was not known. */
    synchronized boolean add(SopDefinition d) {
        boolean added = byFingerprint.putIfAbsent(d.fingerprint().toString(), d) == null;
        if (added) {
            order.add(d.revision());
        }
        return added;
    }

    synchronized List<Revision> revisions() {
        return List.copyOf(order);
    }

    SopDefinition require(SopDefinition d) {
        if (!byFingerprint.containsKey(d.fingerprint().toString())) {
            throw new StoreException(d.revision() + " is not registered with this store: call"
                    + " store.register(definition) once when the application starts");
        }
        return d;
    }

    /** The registered definition a stored case runs, by the fingerprint kept with it. */
    SopDefinition forCase(String caseId, String sop, String fingerprint) {
        SopDefinition d = byFingerprint.get(fingerprint);
        if (d == null) {
            throw new StoreException("case " + caseId + " runs SOP " + sop + " with fingerprint " + fingerprint
                    + ", a revision not registered with this store: register that revision of SOP " + sop
                    + " (its definition as it was when the case began) with store.register(definition); registered"
                    + " are " + revisions());
        }
        return d;
    }

    /** The fingerprint a case records: its START event's revision, or its definition's for an older log. */
    static String fingerprintOf(SopInstance c) {
        Event.Started s = (Event.Started) c.events().get(0);
        return s.revision().map(r -> r.fingerprint().toString()).orElse(c.definition().fingerprint().toString());
    }
}
