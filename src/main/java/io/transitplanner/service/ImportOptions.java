package io.transitplanner.service;

/**
 * How an admin wants a scenario import to treat the shipments already stored.
 *
 * @param mode {@link Mode#MERGE} keeps every stored shipment the document does not name; {@link Mode#REPLACE}
 *     archives them (restorable)
 * @param unservable what to do with a kept shipment the new network cannot serve; {@link Unservable#REFUSE} refuses
 *     the whole import
 * @param dryRun compute and report everything, write nothing
 */
public record ImportOptions(Mode mode, Unservable unservable, boolean dryRun) {
    public static final ImportOptions DEFAULT = new ImportOptions(Mode.MERGE, Unservable.REFUSE, false);

    public ImportOptions {
        mode = mode == null ? Mode.MERGE : mode;
        unservable = unservable == null ? Unservable.REFUSE : unservable;
    }

    public enum Mode {
        MERGE,
        REPLACE
    }

    public enum Unservable {
        REFUSE,
        ARCHIVE,
        KEEP
    }
}
