package com.techladder.batch.importing;

import java.nio.file.Path;
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

    /** Rows parsed ahead of the step: about two chunks, a bounded amount of memory. */
    private static final int AHEAD = 4096;
    private static final Object END = new Object();

    private final Path file;
    private final DetectedEncoding encoding;
    private final ImportDefinition definition;
    private final RowValidator validator;
    private CsvRecords records;
    private BlockingQueue<Object> ahead;
    private Thread parser;
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
        finished = false;
        parser = new Thread(() -> parse(header), "import-parse-" + file.getFileName());
        parser.setDaemon(true);
        parser.start();
    }

    private void parse(HeaderMapping header) {
        try {
            try {
                for (CsvRecords.Record record = records.next(); record != null; record = records.next()) {
                    ahead.put(validator.validate(header.row(record)));
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
    protected ValidatedRow doRead() throws Exception {
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
        return (ValidatedRow) next;
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
