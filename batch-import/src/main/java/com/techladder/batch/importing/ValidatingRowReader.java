package com.techladder.batch.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads and checks the data rows of an import file for the stage step. Parsing and checking run one chunk or two
 * ahead on their own thread, so they overlap with the database writing the previous chunk (the two dominant costs of
 * an import, stack-notes.md). The position saved with every chunk counts rows handed to the step, not rows parsed
 * ahead: after a crash the relaunched step skips exactly the rows already committed.
 */
public class ValidatingRowReader extends AbstractItemCountingItemStreamItemReader<ValidatedRow> {

    /**
     * Rows travel between the threads in batches: one hand-over per row would wake the other thread 300,000 times per
     * file, and on a busy machine every wake-up waits for a time slice.
     */
    private static final int BATCH = 512;
    /** Batches parsed ahead of the step: 4,096 rows, about two chunks, a bounded amount of memory. */
    private static final int AHEAD = 8;
    private static final Object END = new Object();

    private final Path file;
    private final DetectedEncoding encoding;
    private final ImportDefinition definition;
    private final RowValidator validator;
    private CsvRecords records;
    private BlockingQueue<Object> ahead;
    private Thread parser;
    private Iterator<ValidatedRow> batch = Collections.emptyIterator();
    private boolean finished;

    public ValidatingRowReader(Path file, DetectedEncoding encoding, ImportDefinition definition,
            RowValidator validator) {
        this.file = file;
        this.encoding = encoding;
        this.definition = definition;
        this.validator = validator;
        setName("validatingRowReader");
    }

    @Override
    protected void doOpen() throws Exception {
        records = new CsvRecords(file, encoding);
        HeaderMapping header = CsvHeader.read(records, definition.columns());
        ahead = new ArrayBlockingQueue<>(AHEAD);
        batch = Collections.emptyIterator();
        finished = false;
        parser = new Thread(() -> parse(header), "import-parse-" + file.getFileName());
        parser.setDaemon(true);
        parser.start();
    }

    private void parse(HeaderMapping header) {
        try {
            try {
                List<ValidatedRow> rows = new ArrayList<>(BATCH);
                for (CsvRecords.Record record = records.next(); record != null; record = records.next()) {
                    rows.add(validator.validate(header.row(record)));
                    if (rows.size() == BATCH) {
                        ahead.put(rows);
                        rows = new ArrayList<>(BATCH);
                    }
                }
                if (!rows.isEmpty()) {
                    ahead.put(rows);
                }
                ahead.put(END);
            } catch (RuntimeException | java.io.IOException e) {
                ahead.put(e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the step closed the reader: stop quietly
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    protected ValidatedRow doRead() throws Exception {
        if (batch.hasNext()) {
            return batch.next();
        }
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
        batch = ((List<ValidatedRow>) next).iterator();
        return batch.next();
    }

    @Override
    protected void doClose() throws Exception {
        if (parser != null) {
            parser.interrupt();
            parser.join(TimeUnit.SECONDS.toMillis(10));
            parser = null;
        }
        if (records != null) {
            records.close();
            records = null;
        }
    }
}
