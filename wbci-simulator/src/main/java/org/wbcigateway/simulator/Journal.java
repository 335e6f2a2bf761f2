package org.wbcigateway.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.message.WbciMessage;

/** Every message the simulator received or sent, in order; safe to read while the simulator runs. */
public final class Journal {

    private final List<JournalEntry> entries = new CopyOnWriteArrayList<>();
    private final AtomicInteger seq = new AtomicInteger();

    JournalEntry add(Direction direction, byte[] raw, WbciMessage message, TeqCode teq, String note) {
        return add(nextSeq(), Instant.now(), direction, raw, message, teq, note);
    }

    /** A place in the order, taken when a message goes out: its TEQ arrives later, and answers may come before it. */
    int nextSeq() {
        return seq.incrementAndGet();
    }

    synchronized JournalEntry add(
            int place, Instant at, Direction direction, byte[] raw, WbciMessage message, TeqCode teq, String note) {
        JournalEntry entry = new JournalEntry(place, direction, at, raw, message, teq, note);
        int index = entries.size();
        while (index > 0 && entries.get(index - 1).seq() > place) {
            index--;
        }
        entries.add(index, entry);
        return entry;
    }

    public List<JournalEntry> entries() {
        return List.copyOf(entries);
    }

    public List<JournalEntry> entries(Predicate<JournalEntry> filter) {
        return entries.stream().filter(filter).toList();
    }

    /** The entries of one Vorabstimmung, in order. */
    public List<JournalEntry> of(String vaId) {
        return entries(e -> vaId.equals(e.vaId()));
    }

    /** {@link JournalEntry#describe()} of every entry of the Vorabstimmung, e.g. {@code [IN VA-KUE-MRN, OUT RUEM-VA 8001]}. */
    public List<String> exchange(String vaId) {
        return of(vaId).stream().map(JournalEntry::describe).toList();
    }

    /** The last readable entry matching the filter. */
    public Optional<JournalEntry> last(Predicate<JournalEntry> filter) {
        List<JournalEntry> matching = entries(e -> e.message() != null && filter.test(e));
        return matching.isEmpty() ? Optional.empty() : Optional.of(matching.get(matching.size() - 1));
    }

    /** Waits until an entry matches and returns the first such one. */
    public JournalEntry await(Predicate<JournalEntry> filter, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            for (JournalEntry e : entries) {
                if (filter.test(e)) {
                    return e;
                }
            }
            sleep();
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no such journal entry within " + timeout + "; journal:\n" + this);
    }

    /** Waits until the Vorabstimmung has at least {@code count} entries and returns its exchange. */
    public List<String> awaitExchange(String vaId, int count, Duration timeout) {
        await(e -> of(vaId).size() >= count, timeout);
        return exchange(vaId);
    }

    public void clear() {
        entries.clear();
    }

    @Override
    public String toString() {
        return entries.stream().map(JournalEntry::toString).collect(Collectors.joining("\n"));
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
