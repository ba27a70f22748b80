package io.github.tertib.bench.store;

import io.github.tertib.bench.TertibV4;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.Answer;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/** The happy path's 8 commands as store commands, a minute apart, the last of them at a given instant. */
final class TertibHappyPath {

    private TertibHappyPath() {
    }

    /** The first {@code count} commands of the happy path, the last at {@code last}. */
    @SuppressWarnings("unchecked")
    static UnaryOperator<SopInstance>[] commands(Instant last, int count) {
        Instant[] at = new Instant[count];
        for (int k = 0; k < count; k++) {
            at[k] = TertibV4.at(last, k - count + 1);
        }
        List<UnaryOperator<SopInstance>> all = List.of(
                c -> c.complete(1, TertibV4.KASI, at[0]),
                c -> c.complete(2, TertibV4.KABID, at[1]),
                c -> c.complete(2, TertibV4.KADIN, at[2]),
                c -> c.decide(3, Answer.YES, TertibV4.KASI, at[3]),
                c -> c.complete(4, TertibV4.STAF, at[4]),
                c -> c.complete(5, TertibV4.TIM, at[5]),
                c -> c.complete(6, TertibV4.STAF, at[6]),
                c -> c.complete(6, TertibV4.KASI, at[7]));
        return all.subList(0, count).toArray(UnaryOperator[]::new);
    }
}
