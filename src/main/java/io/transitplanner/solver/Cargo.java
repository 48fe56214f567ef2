package io.transitplanner.solver;

import io.transitplanner.domain.Shipment;

/**
 * What one shipment brings to each of its candidate itineraries, held once and shared by all of them: the shipment,
 * its weight in grams, the problem's network and its pinned legs (the first legs of every candidate).
 */
final class Cargo {
    private static final Hop[] NONE = new Hop[0];

    private final Shipment shipment;
    private final NetworkIndex network;
    private final long grams;
    private final Hop[] pinned;

    Cargo(Shipment shipment, NetworkIndex network, Hop[] pinned) {
        this.shipment = shipment;
        this.network = network;
        this.grams = NetworkIndex.grams(shipment.weightTons());
        this.pinned = pinned.length == 0 ? NONE : pinned;
    }

    Shipment shipment() {
        return shipment;
    }

    NetworkIndex network() {
        return network;
    }

    int teu() {
        return shipment.teu();
    }

    long grams() {
        return grams;
    }

    Hop[] pinned() {
        return pinned;
    }

    static Hop[] none() {
        return NONE;
    }
}
