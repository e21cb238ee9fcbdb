package com.techladder.rules.result;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list whose elements are made when first read: an evaluation records what each criterion found (values,
 * result, the catalogue entry) and each step of a subsidy's explanation, and the texts are formatted only for the results somebody reads or stores. Reading is
 * thread-safe: an element is an immutable record, and two threads rendering it at once make equal copies.
 *
 * @param <T> {@link CriterionResult}, {@link Gap} or {@link SubsidyResult}
 */
public final class Rendered<T> extends AbstractList<T> implements RandomAccess {

    /** One element, not formatted yet. */
    @FunctionalInterface
    public interface Later<T> {
        T render();
    }

    private final List<Object> items;

    private Rendered(List<Object> items) {
        this.items = items;
    }

    /**
     * A list of {@code items}, each an element or a {@link Later} that makes one. The list is taken over, not copied:
     * the caller hands it on and never changes it again.
     */
    public static <T> List<T> of(List<Object> items) {
        return items.isEmpty() ? List.of() : new Rendered<>(items);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        Object item = items.get(index);
        if (item instanceof Later<?> later) {
            item = later.render();
            items.set(index, item);
        }
        return (T) item;
    }

    @Override
    public int size() {
        return items.size();
    }

    /** Keeps a rendered list as it is; copies any other (results are immutable). */
    static <T> List<T> immutable(List<T> list) {
        return list instanceof Rendered<T> ? list : List.copyOf(list);
    }
}
