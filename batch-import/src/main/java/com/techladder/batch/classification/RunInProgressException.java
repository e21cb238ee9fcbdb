package com.techladder.batch.classification;

/** A classification run was asked for while another holds the lock; the HTTP layer answers 409. */
public class RunInProgressException extends RuntimeException {

    private final Long runningRunId;

    public RunInProgressException(Long runningRunId) {
        super(runningRunId == null ? "另一个分类运行正在进行中" : "分类运行 " + runningRunId + " 正在进行中，请等待其结束");
        this.runningRunId = runningRunId;
    }

    /** The run in progress, when known. */
    public Long runningRunId() {
        return runningRunId;
    }
}
