package com.techladder.batch.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads and checks the data rows of an import file for the stage step, a chunk of rows ({@link RowBatch}) per item.
 * Parsing and checking run a chunk or two ahead on their own thread, and with a preparer (COPY encoding on PostgreSQL)
 * a second thread finishes each chunk, so both overlap with the database writing the previous chunk (the two dominant
 * costs of an import, stack-notes.md). The position saved with every chunk counts
 * batches handed to the step, not batches parsed ahead: after a crash the relaunched step skips exactly the rows
 * already committed, as every batch but the last holds exactly {@code rowsPerBatch} rows.
 */
public class ValidatingRowReader extends AbstractItemCountingItemStreamItemReader<RowBatch> {

    /** Batches parsed ahead of the step: a bounded amount of memory. */
    private static final int AHEAD = 2;
    private static final Object END = new Object();

    private final Path file;
    private final DetectedEncoding encoding;
    private final ImportDefinition definition;
    private final RowValidator validator;
    private final int rowsPerBatch;
    private final UnaryOperator<RowBatch> preparer;
    private CsvRecords records;
    private BlockingQueue<Object> ahead;
    private Thread parser;
    private Thread preparing;
    private boolean finished;

    /**
     * With a preparer (null for none), a second thread applies it to each checked batch (encoding it for COPY) between
     * the checking thread and the step, so that the step's thread only streams bytes to the database.
     */
    public ValidatingRowReader(Path file, DetectedEncoding encoding, ImportDefinition definition,
            RowValidator validator, int rowsPerBatch, UnaryOperator<RowBatch> preparer) {
        this.file = file;
        this.encoding = encoding;
        this.definition = definition;
        this.validator = validator;
        this.rowsPerBatch = rowsPerBatch;
        this.preparer = preparer;
        setName("validatingRowReader");
    }

    @Override
    protected void doOpen() throws Exception {
        records = new CsvRecords(file, encoding);
        HeaderMapping header = CsvHeader.read(records, definition.columns());
        ahead = new ArrayBlockingQueue<>(AHEAD);
        finished = false;
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

    /** Applies the preparer to every batch, passing the end marker and failures through unchanged. */
    private void prepare(BlockingQueue<Object> checked) {
        try {
            try {
                for (Object next = checked.take(); ; next = checked.take()) {
                    ahead.put(next instanceof RowBatch batch ? preparer.apply(batch) : next);
                    if (!(next instanceof RowBatch)) {
                        return;
                    }
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
                List<ValidatedRow> rows = new ArrayList<>(rowsPerBatch);
                for (CsvRecords.Record record = records.next(); record != null; record = records.next()) {
                    rows.add(validator.validate(header.row(record)));
                    if (rows.size() == rowsPerBatch) {
                        out.put(new RowBatch(rows));
                        rows = new ArrayList<>(rowsPerBatch);
                    }
                }
                if (!rows.isEmpty()) {
                    out.put(new RowBatch(rows));
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
    protected RowBatch doRead() throws Exception {
        if (finished) {
            return null;
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
        return (RowBatch) next;
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
        if (records != null) {
            records.close();
            records = null;
        }
    }
}
