package dev.hearth.client.lan;

import dev.hearth.lan.LanRecord;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The relays announced on this network right now, for the connect screen's "On this network"
 * list: sorted by name, each once, updated live as the {@link LanBrowser} hears them come and go.
 * FX thread only: {@link #apply} is the sink of the FX hand-off that carries the browser's changes.
 */
public final class LanRelaysViewModel {

    private static final Comparator<LanRecord> BY_NAME =
            Comparator.comparing((LanRecord r) -> r.name().toLowerCase(java.util.Locale.ROOT))
                    .thenComparing(LanRecord::host).thenComparingInt(LanRecord::port);

    // properties
    private final ObservableList<LanRecord> relays = FXCollections.observableArrayList();
    private final ObservableList<LanRecord> readOnly = FXCollections.unmodifiableObservableList(relays);

    private final Map<String, LanRecord> byKey = new LinkedHashMap<>();

    public ObservableList<LanRecord> relays() {
        return readOnly;
    }

    // commands

    /** A batch of what was heard, in order: one update of the list however many changes it holds. */
    public void apply(List<LanChange> changes) {
        for (LanChange change : changes) {
            switch (change) {
                case LanChange.Found found -> byKey.put(found.key(), found.record());
                case LanChange.Lost lost -> byKey.remove(lost.key());
            }
        }
        List<LanRecord> now = byKey.values().stream().sorted(BY_NAME).toList();
        if (!now.equals(relays)) {
            relays.setAll(now);
        }
    }
}
