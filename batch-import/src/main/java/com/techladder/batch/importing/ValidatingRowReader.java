package com.techladder.batch.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads and checks the data rows of an import file for the stage step, one {@link ValidatedRow} per item, so the step's
 * chunk size is a number of rows. Parsing and checking run ahead on their own thread, and with a preparer (COPY
 * encoding on PostgreSQL) a second thread finishes each row, so both overlap with the database writing the previous
 * chunk (the two dominant costs of an import, stack-notes.md). The threads hand rows over in blocks
 * ({@link #HANDOFF}), not one by one, to keep the queues' locking out of the per-row cost. The position saved with
 * every chunk counts rows handed to the step, not rows parsed ahead: after a crash the relaunched step skips exactly
 * the rows already committed ({@link #jumpToItem}), without checking them again.
 */
public class ValidatingRowReader extends AbstractItemCountingItemStreamItemReader<ValidatedRow> {

    /** Rows per hand-over between the threads. */
    private static final int HANDOFF = 500;
    /** Blocks of rows parsed ahead of the step: a bounded amount of memory. */
    private static final int AHEAD = 8;
    private static final Object END = new Object();

    private final Path file;
    private final DetectedEncoding encoding;
    private final ImportDefinition definition;
    private final RowValidator validator;
    private final UnaryOperator<ValidatedRow> preparer;
    private CsvRecords records;
    private BlockingQueue<Object> ahead;
    private Thread parser;
    private Thread preparing;
    private boolean finished;
    private Iterator<ValidatedRow> block = Collections.emptyIterator();
    /** Rows the step committed before a restart: skipped unchecked. */
    private int skip;

    /**
     * With a preparer (null for none), a second thread applies it to each checked row (encoding it for COPY) between
     * the checking thread and the step, so that the step's thread only streams bytes to the database.
     */
    public ValidatingRowReader(Path file, DetectedEncoding encoding, ImportDefinition definition,
            RowValidator validator, UnaryOperator<ValidatedRow> preparer) {
        this.file = file;
        this.encoding = encoding;
        this.definition = definition;
        this.validator = validator;
        this.preparer = preparer;
        setName("validatingRowReader");
    }

    @Override
    protected void doOpen() {
        skip = 0;
        block = Collections.emptyIterator();
        finished = false;
    }

    /** On a restart, before the first read: the parsing thread passes over the committed rows unchecked. */
    @Override
    protected void jumpToItem(int itemIndex) {
        skip = itemIndex;
    }

    private void startThreads() throws java.io.IOException {
        records = new CsvRecords(file, encoding);
        HeaderMapping header = CsvHeader.read(records, definition.columns());
        ahead = new ArrayBlockingQueue<>(AHEAD);
        BlockingQueue<Object> checked = ahead;
        if (preparer != null) {
            checked = new ArrayBlockingQueue<>(AHEAD);
            BlockingQueue<Object> from = checked;
            preparing = start("import-prepare-", () -> prepare(from));
        }
        BlockingQueue<Object> to = checked;
        parser = start("import-parse-", () -> parse(header, to));
    }

    private Thread start(String name, Runnable work) {
        Thread thread = new Thread(work, name + file.getFileName());
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Applies the preparer to every row, passing the end marker and failures through unchanged. */
    private void prepare(BlockingQueue<Object> checked) {
        try {
            try {
                for (Object next = checked.take(); ; next = checked.take()) {
                    if (!(next instanceof List<?> rows)) {
                        ahead.put(next);
                        return;
                    }
                    List<ValidatedRow> prepared = new ArrayList<>(rows.size());
                    for (Object row : rows) {
                        prepared.add(preparer.apply((ValidatedRow) row));
                    }
                    ahead.put(prepared);
                }
            } catch (RuntimeException e) {
                ahead.put(e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the step closed the reader: stop quietly
        }
    }

    private void parse(HeaderMapping header, BlockingQueue<Object> out) {
        try {
            try {
                CsvRecords.Record record = records.next();
                for (int skipped = 0; skipped < skip && record != null; skipped++) {
                    record = records.next();
                }
                List<ValidatedRow> rows = new ArrayList<>(HANDOFF);
                for (; record != null; record = records.next()) {
                    rows.add(validator.validate(header.row(record)));
                    if (rows.size() == HANDOFF) {
                        out.put(rows);
                        rows = new ArrayList<>(HANDOFF);
                    }
                }
                if (!rows.isEmpty()) {
                    out.put(rows);
                }
                out.put(END);
            } catch (RuntimeException | java.io.IOException e) {
                out.put(e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the step closed the reader: stop quietly
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    protected ValidatedRow doRead() throws Exception {
        while (!block.hasNext()) {
            if (finished) {
                return null;
            }
            if (parser == null) {
                startThreads();
            }
            Object next = ahead.take();
            if (next == END) {
                finished = true;
                return null;
            }
            if (next instanceof Exception e) {
                finished = true;
                throw e;
            }
            block = ((List<ValidatedRow>) next).iterator();
        }
        return block.next();
    }

    @Override
    protected void doClose() throws Exception {
        for (Thread thread : new Thread[] {parser, preparing}) {
            if (thread != null) {
                thread.interrupt();
                thread.join(TimeUnit.SECONDS.toMillis(10));
            }
        }
        parser = null;
        preparing = null;
        block = Collections.emptyIterator();
        if (records != null) {
            records.close();
            records = null;
        }
    }
}
