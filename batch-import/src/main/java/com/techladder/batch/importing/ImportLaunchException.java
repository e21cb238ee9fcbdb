package com.techladder.batch.importing;

/**
 * An import that was recorded but whose job could not be started (the database refused, repeatedly): the import is
 * FAILED with {@link #MESSAGE}, its upload removed. The cause goes to the log, never to the user.
 */
public class ImportLaunchException extends RuntimeException {

    static final String MESSAGE = "导入未能启动：数据库暂时无法受理（已记入服务器日志）。登记库未改动，请稍后重新上传该文件。";

    private final long importId;

    ImportLaunchException(long importId, Throwable cause) {
        super(MESSAGE, cause);
        this.importId = importId;
    }

    public long importId() {
        return importId;
    }
}
