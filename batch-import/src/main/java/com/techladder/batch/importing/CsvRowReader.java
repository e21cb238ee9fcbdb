package com.techladder.batch.importing;

import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the data rows of an import file for the stage step. Its position (rows read) is saved with every chunk;
 * after a crash the relaunched step skips the rows already committed and continues with the next one.
 */
public class CsvRowReader extends AbstractItemCountingItemStreamItemReader<CsvRow> {

    private final Path file;
    private final DetectedEncoding encoding;
    private final List<? extends ImportColumn> columns;
    private CsvRecords records;
    private HeaderMapping header;

    public CsvRowReader(Path file, DetectedEncoding encoding, List<? extends ImportColumn> columns) {
        this.file = file;
        this.encoding = encoding;
        this.columns = columns;
        setName("csvRowReader");
    }

    @Override
    protected void doOpen() throws Exception {
        records = new CsvRecords(file, encoding);
        header = CsvHeader.read(records, columns);
    }

    @Override
    protected CsvRow doRead() throws Exception {
        CsvRecords.Record record = records.next();
        return record == null ? null : header.row(record);
    }

    @Override
    protected void doClose() throws Exception {
        if (records != null) {
            records.close();
            records = null;
        }
    }
}
