package dev.hearth.client.lan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hearth.lan.LanRecord;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class LanRelaysViewModelTest {

    private static final LanRecord KITCHEN = new LanRecord("Hearth on kitchen", "192.168.1.20", 7777, null, true, 1);
    private static final LanRecord ATTIC = new LanRecord("hearth on Attic", "192.168.1.30", 7777, null, false, 1);

    private final LanRelaysViewModel model = new LanRelaysViewModel();

    @Test
    void listsWhatWasFoundByNameAndDropsWhatWasLost() {
        model.apply(List.of(found(KITCHEN), found(ATTIC)));
        assertEquals(List.of(ATTIC, KITCHEN), model.relays(), "by name, ignoring case");

        model.apply(List.of(new LanChange.Lost(LanChange.keyOf(KITCHEN.name()))));
        assertEquals(List.of(ATTIC), model.relays());
    }

    @Test
    void aRelayFoundAgainReplacesItselfEvenWhenDnsSpellsItsNameInAnotherCase() {
        LanRecord moved = new LanRecord("HEARTH ON KITCHEN", "192.168.1.21", 7777, null, true, 1);

        model.apply(List.of(found(KITCHEN)));
        model.apply(List.of(found(moved)));

        assertEquals(List.of(moved), model.relays());
    }

    @Test
    void aBatchIsOneChangeOfTheListAndNothingNewIsNone() {
        List<ListChangeListener.Change<? extends LanRecord>> changes = new ArrayList<>();
        model.relays().addListener((ListChangeListener<LanRecord>) changes::add);

        model.apply(List.of(found(KITCHEN), found(ATTIC), new LanChange.Lost(LanChange.keyOf(ATTIC.name())),
                found(ATTIC)));
        model.apply(List.of(found(KITCHEN)));

        assertEquals(1, changes.size());
    }

    @Test
    void losingARelayNeverSeenChangesNothingAndTheListIsReadOnly() {
        model.apply(List.of(new LanChange.Lost("nobody")));

        assertEquals(List.of(), model.relays());
        assertThrows(UnsupportedOperationException.class, () -> model.relays().add(KITCHEN));
    }

    private static LanChange found(LanRecord record) {
        return new LanChange.Found(LanChange.keyOf(record.name()), record);
    }
}
