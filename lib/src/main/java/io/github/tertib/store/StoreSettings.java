package io.github.tertib.store;

import io.github.tertib.time.TimePolicy;
import io.github.tertib.time.WorkCalendar;

/** The settings a store was built with. */
record StoreSettings(WorkCalendar calendar, TimePolicy policy, int maxAttempts, CaseStore.RetryListener listener) {
}
