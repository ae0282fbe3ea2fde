package dev.hearth.relay.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The relay-wide budget on its own, with stand-in holders: who gives up what, and when. */
class ReplayBudgetTest {
    private final List<String> forgotten = new ArrayList<>();

    /** A holder whose bytes the test sets, and which reports each change the way a session does. */
    private final class FakeHolder implements ReplayBudget.Holder {
        private final String name;
        private final ReplayBudget budget;
        private long held;

        FakeHolder(String name, ReplayBudget budget) {
            this.name = name;
            this.budget = budget;
        }

        void grow(long bytes) {
            held += bytes;
            budget.changed(this, bytes);
        }

        void shrink(long bytes) {
            held -= bytes;
            budget.changed(this, -bytes);
        }

        @Override
        public long heldBytes() {
            return held;
        }

        @Override
        public void forget() {
            forgotten.add(name);
            held = 0;
        }
    }

    @Test
    void nobodyForgetsWhileTheTotalIsWithinTheBudget() {
        ReplayBudget budget = new ReplayBudget(100);
        FakeHolder a = new FakeHolder("a", budget);
        FakeHolder b = new FakeHolder("b", budget);
        a.grow(60);
        b.grow(40);

        assertEquals(List.of(), forgotten);
        assertEquals(100, budget.bytes());
    }

    @Test
    void pastTheBudgetTheHolderWithTheMostGivesUpAllOfIt() {
        ReplayBudget budget = new ReplayBudget(100);
        FakeHolder small = new FakeHolder("small", budget);
        FakeHolder large = new FakeHolder("large", budget);
        small.grow(30);
        large.grow(60);

        small.grow(20); // 110 in all: the larger gives up its 60, though the smaller grew

        assertEquals(List.of("large"), forgotten);
        assertEquals(50, budget.bytes());
        assertEquals(0, large.heldBytes());
        assertEquals(50, small.heldBytes());
    }

    @Test
    void theHolderThatGrewIsChosenWhenItHoldsTheMost() {
        ReplayBudget budget = new ReplayBudget(100);
        FakeHolder a = new FakeHolder("a", budget);
        FakeHolder b = new FakeHolder("b", budget);
        a.grow(40);
        b.grow(50);

        b.grow(20);

        assertEquals(List.of("b"), forgotten);
        assertEquals(40, budget.bytes());
    }

    @Test
    void holdersGiveUpLargestFirstUntilTheTotalIsWithinTheBudget() {
        ReplayBudget budget = new ReplayBudget(1000);
        FakeHolder huge = new FakeHolder("huge", budget);
        FakeHolder big = new FakeHolder("big", budget);
        FakeHolder small = new FakeHolder("small", budget);
        big.grow(400);
        small.grow(100);
        huge.grow(500);

        huge.grow(1000); // 2000 in all: huge gives up its 1500 and the other two stay

        assertEquals(List.of("huge"), forgotten);
        assertEquals(500, budget.bytes());

        big.grow(600); // big 1000 + small 100: big goes, small stays
        assertEquals(List.of("huge", "big"), forgotten);
        assertEquals(100, budget.bytes());
    }

    @Test
    void aHolderThatAloneGrowsPastTheBudgetGivesUpAllAndTheOthersKeepTheirs() {
        ReplayBudget budget = new ReplayBudget(100);
        FakeHolder a = new FakeHolder("a", budget);
        FakeHolder b = new FakeHolder("b", budget);
        a.grow(80);
        b.grow(5);

        b.grow(200); // b holds 205: it goes first, and with it the total falls to 80

        assertEquals(List.of("b"), forgotten);
        assertEquals(80, budget.bytes());
    }

    @Test
    void amongEqualHoldersTheOneHoldingLongestGoesFirst() {
        ReplayBudget budget = new ReplayBudget(100);
        FakeHolder first = new FakeHolder("first", budget);
        FakeHolder second = new FakeHolder("second", budget);
        FakeHolder third = new FakeHolder("third", budget);
        first.grow(50);
        second.grow(50);

        third.grow(1);

        assertEquals(List.of("first"), forgotten);
        assertEquals(51, budget.bytes());
    }

    @Test
    void oncePassedTheBudgetFreesAnEighthOfItselfNotJustTheExcess() {
        ReplayBudget budget = new ReplayBudget(800);
        List<FakeHolder> holders = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            FakeHolder holder = new FakeHolder("h" + i, budget);
            holder.grow(80);
            holders.add(holder);
        }

        holders.get(5).grow(1); // 801: giving up h5's 81 would do, but the total must fall to 700

        assertEquals(List.of("h5", "h0"), forgotten);
        assertEquals(640, budget.bytes());

        holders.get(9).grow(100); // 740: within the budget, nobody gives up
        assertEquals(List.of("h5", "h0"), forgotten);
    }

    /**
     * Many holders growing, shrinking and giving up: the budget chooses exactly what walking over
     * all of them by the rule (the most, the longest holding among equals), once for each holder to
     * give up until an eighth of the budget is free, would.
     */
    @Test
    void manyHoldersGiveUpInTheOrderAWalkOverAllOfThemWouldChoose() {
        ReplayBudget budget = new ReplayBudget(50_000);
        List<FakeHolder> holders = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            holders.add(new FakeHolder("h" + i, budget));
        }
        List<String> expected = new ArrayList<>();
        List<FakeHolder> heldSince = new ArrayList<>(); // a walk's order: first holding first
        Random random = new Random(11);
        for (int step = 0; step < 20_000; step++) {
            boolean acknowledges = random.nextInt(10) >= 8;
            // An acknowledgement mostly comes from one of those holding the most, and frees much.
            FakeHolder holder = acknowledges && random.nextBoolean()
                    ? holders.stream().max(java.util.Comparator.comparingLong(FakeHolder::heldBytes)).orElseThrow()
                    : holders.get(random.nextInt(holders.size()));
            long change = acknowledges ? -Math.min(holder.heldBytes(), 1 + random.nextInt(3_000))
                    : 1 + random.nextInt(random.nextBoolean() ? 40 : 2_000);
            if (change == 0) {
                continue;
            }
            expected.addAll(walkWouldForget(heldSince, holder, change, 50_000));
            if (change > 0) {
                holder.grow(change);
            } else {
                holder.shrink(-change);
            }
            assertEquals(expected, forgotten, "after step " + step);
        }
        assertTrue(forgotten.size() > 100, () -> forgotten.size() + " give-ups: too few to have tested much");
    }

    /**
     * The reference: what giving up the largest (the longest holding among equals), one walk each,
     * would forget, once past {@code max}, until an eighth of it is free.
     */
    private static List<String> walkWouldForget(List<FakeHolder> heldSince, FakeHolder holder, long change, long max) {
        long after = holder.heldBytes() + change;
        if (holder.heldBytes() <= 0 && after > 0) {
            heldSince.add(holder);
        } else if (holder.heldBytes() > 0 && after <= 0) {
            heldSince.remove(holder);
        }
        Map<FakeHolder, Long> sizes = new HashMap<>();
        for (FakeHolder h : heldSince) {
            sizes.put(h, h == holder ? after : h.heldBytes());
        }
        long total = sizes.values().stream().mapToLong(Long::longValue).sum();
        List<String> gone = new ArrayList<>();
        long target = total > max ? max - max / 8 : total;
        while (total > target && !heldSince.isEmpty()) {
            FakeHolder most = null;
            for (FakeHolder h : heldSince) {
                if (most == null || sizes.get(h) > sizes.get(most)) {
                    most = h;
                }
            }
            heldSince.remove(most);
            total -= sizes.get(most);
            gone.add(most.name);
        }
        return gone;
    }

    @Test
    void bytesGivenBackLeaveRoomWithoutAnyoneForgetting() {
        ReplayBudget budget = new ReplayBudget(100);
        FakeHolder a = new FakeHolder("a", budget);
        a.grow(100);
        a.shrink(100);
        FakeHolder b = new FakeHolder("b", budget);
        b.grow(100);

        assertEquals(List.of(), forgotten);
        assertEquals(100, budget.bytes());
    }
}
