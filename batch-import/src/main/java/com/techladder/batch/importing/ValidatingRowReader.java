package com.techladder.batch.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads and checks the data rows of an import file for the stage step, a chunk of rows ({@link RowBatch}) per item.
 * Parsing and checking run a chunk or two ahead on their own thread, so they overlap with the database writing the
 * previous chunk (the two dominant costs of an import, stack-notes.md). The position saved with every chunk counts
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
    private CsvRecords records;
    private BlockingQueue<Object> ahead;
    private Thread parser;
    private boolean finished;

    public ValidatingRowReader(Path file, DetectedEncoding encoding, ImportDefinition definition,
            RowValidator validator, int rowsPerBatch) {
        this.file = file;
        this.encoding = encoding;
        this.definition = definition;
        this.validator = validator;
        this.rowsPerBatch = rowsPerBatch;
        setName("validatingRowReader");
    }

    @Override
    protected void doOpen() throws Exception {
        records = new CsvRecords(file, encoding);
        HeaderMapping header = CsvHeader.read(records, definition.columns());
        ahead = new ArrayBlockingQueue<>(AHEAD);
        finished = false;
        parser = new Thread(() -> parse(header), "import-parse-" + file.getFileName());
        parser.setDaemon(true);
        parser.start();
    }

    private void parse(HeaderMapping header) {
        try {
            try {
                List<ValidatedRow> rows = new ArrayList<>(rowsPerBatch);
                for (CsvRecords.Record record = records.next(); record != null; record = records.next()) {
                    rows.add(validator.validate(header.row(record)));
                    if (rows.size() == rowsPerBatch) {
                        ahead.put(new RowBatch(rows));
                        rows = new ArrayList<>(rowsPerBatch);
                    }
                }
                if (!rows.isEmpty()) {
                    ahead.put(new RowBatch(rows));
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
