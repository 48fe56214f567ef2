package io.transitplanner.service;

import io.transitplanner.domain.Lane;
import io.transitplanner.domain.Leg;
import io.transitplanner.domain.Node;
import io.transitplanner.domain.Scenario;
import io.transitplanner.domain.Shipment;
import io.transitplanner.domain.TrackedShipment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an import will do to the stored shipments, decided before anything is written (a dry run stops here): which
 * of the document's shipments are new, which update a stored one of the same nation and reference, which stored ones
 * stay, which are archived, and which the new network cannot serve.
 *
 * @param additions the document's shipments no nation has stored yet
 * @param updates stored shipment id to the document's version of it, where the two differ
 * @param unchanged how many of the document's shipments are stored exactly as the document has them
 * @param kept stored shipments the document does not name that stay
 * @param archived stored shipment id to the reason it is archived, in id order
 * @param unservable stored shipments the new network cannot serve, whatever becomes of them
 * @param retainedNodes codes of stored nodes the document drops but kept unservable shipments still name
 * @param retainedLanes codes of stored lanes the document drops but pinned legs of kept shipments still use
 */
record ImportPlan(
        List<Shipment> additions,
        Map<Long, Shipment> updates,
        int unchanged,
        List<TrackedShipment> kept,
        Map<Long, String> archived,
        List<UnservableShipment> unservable,
        Set<String> retainedNodes,
        Set<String> retainedLanes) {

    static final String NOT_IN_DOCUMENT = "not named by the document of a replacing import (mode=replace)";

    /**
     * @param document the scenario being imported, its shipment ids already plain references
     * @param stored every stored shipment, of every status
     * @param storedLanes the lanes stored now (a retained lane keeps its ends)
     */
    static ImportPlan of(
            Scenario document, List<TrackedShipment> stored, Map<String, Lane> storedLanes, ImportOptions options) {
        Map<String, Shipment> named = new LinkedHashMap<>();
        document.shipments().forEach(s -> named.put(key(s.nation(), s.id()), s));
        Servability servability = new Servability(document);
        List<Shipment> additions = new ArrayList<>();
        Map<Long, Shipment> updates = new LinkedHashMap<>();
        int unchanged = 0;
        List<TrackedShipment> kept = new ArrayList<>();
        Map<Long, String> archived = new LinkedHashMap<>();
        List<UnservableShipment> unservable = new ArrayList<>();
        Set<String> storedKeys = new java.util.HashSet<>();
        for (TrackedShipment t : stored) {
            Shipment s = t.shipment();
            String key = key(s.nation(), s.id());
            storedKeys.add(key);
            Shipment fresh = named.get(key);
            if (fresh != null) {
                if (sameData(s, fresh)) {
                    unchanged++;
                } else {
                    updates.put(t.id(), fresh);
                }
                continue;
            }
            if (options.mode() == ImportOptions.Mode.REPLACE) {
                archived.put(t.id(), NOT_IN_DOCUMENT);
                continue;
            }
            String reason = servability.reasonAgainst(s, t.status());
            if (reason == null) {
                kept.add(t);
                continue;
            }
            unservable.add(new UnservableShipment(t.id(), s.nation(), s.id(), t.status(), reason));
            switch (options.unservable()) {
                case ARCHIVE -> archived.put(t.id(), "the new network cannot serve it: " + reason);
                case KEEP, REFUSE -> kept.add(t);
            }
        }
        for (Shipment s : document.shipments()) {
            if (!storedKeys.contains(key(s.nation(), s.id()))) {
                additions.add(s);
            }
        }
        Set<String> retainedNodes = new LinkedHashSet<>();
        Set<String> retainedLanes = new LinkedHashSet<>();
        if (options.unservable() == ImportOptions.Unservable.KEEP) {
            Set<String> nodes = document.nodes().stream().map(Node::code).collect(Collectors.toSet());
            Set<String> lanes = document.lanes().stream().map(Lane::code).collect(Collectors.toSet());
            for (TrackedShipment t : kept) {
                Shipment s = t.shipment();
                retain(s.origin(), nodes, retainedNodes);
                retain(s.destination(), nodes, retainedNodes);
                for (Leg leg : s.pinnedLegs()) {
                    if (!lanes.contains(leg.lane()) && retainedLanes.add(leg.lane())) {
                        Lane lane = storedLanes.get(leg.lane());
                        retain(lane.from(), nodes, retainedNodes);
                        retain(lane.to(), nodes, retainedNodes);
                    }
                }
            }
        }
        return new ImportPlan(additions, updates, unchanged, kept, archived, unservable, retainedNodes, retainedLanes);
    }

    /** The document's shipments with an exchange id of the form {@code NATION:reference} read as the reference. */
    static Scenario withPlainReferences(Scenario document) {
        List<Shipment> plain = document.shipments().stream()
                .map(s -> s.id().startsWith(s.nation() + ":")
                        ? new Shipment(
                                s.id().substring(s.nation().length() + 1),
                                s.nation(),
                                s.origin(),
                                s.destination(),
                                s.cargoClass(),
                                s.teu(),
                                s.weightTons(),
                                s.availableAt(),
                                s.dueAt(),
                                s.priority(),
                                s.pinnedLegs())
                        : s)
                .toList();
        return document.withShipments(plain);
    }

    /** Two shipments of the document naming the same nation and reference (once prefixes are read). */
    static List<FieldProblem> duplicates(Scenario document) {
        Map<String, Integer> first = new HashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < document.shipments().size(); i++) {
            Shipment s = document.shipments().get(i);
            Integer before = first.putIfAbsent(key(s.nation(), s.id()), i);
            if (before != null) {
                problems.add(new FieldProblem(
                        "$.shipments[" + i + "].id",
                        "shipment " + s.nation() + " '" + s.id() + "' is already $.shipments[" + before + "]"));
            }
        }
        return problems;
    }

    private static void retain(String code, Set<String> documentCodes, Set<String> retained) {
        if (!documentCodes.contains(code)) {
            retained.add(code);
        }
    }

    private static String key(String nation, String reference) {
        return nation + "\u0000" + reference;
    }

    private static boolean sameData(Shipment a, Shipment b) {
        return a.origin().equals(b.origin())
                && a.destination().equals(b.destination())
                && a.cargoClass() == b.cargoClass()
                && a.teu() == b.teu()
                && Double.compare(a.weightTons(), b.weightTons()) == 0
                && a.availableAt().equals(b.availableAt())
                && a.dueAt().equals(b.dueAt())
                && a.priority() == b.priority()
                && Objects.equals(a.pinnedLegs(), b.pinnedLegs());
    }
}
