package dev.hearth.relay.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The relay-wide outbound budget with stand-in connections: who is cut off, when, and how many. */
class OutboundBudgetTest {
    private final List<String> cut = new ArrayList<>();

    /** A connection holding what the test says, which gives its bytes back when cut off, as an outbox does. */
    private final class FakeQueue implements OutboundBudget.Queue {
        private final String name;
        private final OutboundBudget budget;
        private long live;
        private long requested;
        /** What cutting it gives back; what it holds counted alone unless the test says less (shared bytes). */
        private long freesOnCut = -1;

        FakeQueue(String name, OutboundBudget budget, long live, long requested) {
            this.name = name;
            this.budget = budget;
            this.live = live;
            this.requested = requested;
            budget.track(this);
            budget.charge(live + requested);
        }

        @Override
        public OutboundBudget.Waiting waiting() {
            return new OutboundBudget.Waiting(live, live + requested);
        }

        @Override
        public void cutOff() {
            cut.add(name);
            budget.release(freesOnCut >= 0 ? freesOnCut : live + requested);
            live = 0;
            requested = 0;
        }
    }

    @Test
    void nobodyIsCutOffWithinTheBudget() {
        OutboundBudget budget = new OutboundBudget(100);
        new FakeQueue("a", budget, 60, 0);
        new FakeQueue("b", budget, 0, 40);

        budget.enforce();

        assertEquals(List.of(), cut);
    }

    @Test
    void pastTheBudgetTheReaderWithTheMostLiveBytesWaitingIsCutOff() {
        OutboundBudget budget = new OutboundBudget(100);
        new FakeQueue("resuming", budget, 10, 70); // most in all, but what it asked for
        new FakeQueue("stalled", budget, 30, 0);

        budget.enforce();

        assertEquals(List.of("stalled"), cut);
        assertEquals(80, budget.bytes());
    }

    @Test
    void withNoLiveBytesAnywhereTheMostInAllIsCutOff() {
        OutboundBudget budget = new OutboundBudget(100);
        new FakeQueue("small", budget, 0, 30);
        new FakeQueue("large", budget, 0, 80);

        budget.enforce();

        assertEquals(List.of("large"), cut);
    }

    @Test
    void asManyAreCutOffAsItTakesAndNoMore() {
        OutboundBudget budget = new OutboundBudget(100);
        new FakeQueue("a", budget, 50, 0);
        new FakeQueue("b", budget, 40, 0);
        new FakeQueue("c", budget, 30, 0);
        new FakeQueue("d", budget, 20, 0); // 140 in all: a alone brings it to 90

        budget.enforce();
        assertEquals(List.of("a"), cut);

        new FakeQueue("e", budget, 30, 100); // 220: b (most live), then e (as much live as c, more in all)
        budget.enforce();
        assertEquals(List.of("a", "b", "e"), cut);
        assertEquals(50, budget.bytes());
    }

    @Test
    void aCutThatFreesLessThanItHeldAloneIsFollowedByAnother() {
        OutboundBudget budget = new OutboundBudget(100);
        // a is furthest behind, but nearly all it holds is shared with b: cutting it frees 5.
        FakeQueue a = new FakeQueue("a", budget, 80, 0);
        FakeQueue b = new FakeQueue("b", budget, 60, 0);
        budget.release(30); // what they share, counted once: 110 in all
        a.freesOnCut = 5;
        b.freesOnCut = 105;

        budget.enforce();

        assertEquals(List.of("a", "b"), cut, "105 is still over: b goes too");
        assertEquals(0, budget.bytes());
    }

    @Test
    void aConnectionNoLongerTrackedIsNeverCutOff() {
        OutboundBudget budget = new OutboundBudget(100);
        FakeQueue gone = new FakeQueue("gone", budget, 150, 0);
        budget.untrack(gone);

        budget.enforce();

        assertEquals(List.of(), cut);
    }

    @Test
    void chargesAndReleasesFromManyThreadsAddUp() {
        OutboundBudget budget = new OutboundBudget(Long.MAX_VALUE);
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            for (int t = 0; t < 8; t++) {
                threads.submit(() -> {
                    for (int i = 0; i < 100_000; i++) {
                        budget.charge(17);
                        budget.release(17);
                    }
                });
            }
        }
        assertEquals(0, budget.bytes());
    }
}
