package com.techladder.batch.importing.certificates;

import com.techladder.batch.importing.CellType;
import com.techladder.batch.importing.ImportColumn;
import java.util.List;

/** The columns of the certificates file (docs/contracts/import-csv.md, certificates), in the order of the staging table. */
public enum CertificateColumn implements ImportColumn {
    USCC("uscc", true, CellType.USCC, "统一社会信用代码"),
    NAME("name", true, CellType.NAME, "企业名称"),
    PROGRAMME("programme", true, CellType.PROGRAMME, "类别"),
    CERTIFICATE_NO("certificate_no", false, CellType.CERTIFICATE_NO, "证书编号/入库登记编号", "证书编号", "入库登记编号"),
    ISSUED_ON("issued_on", true, CellType.DATE, "发证日期/入库日期", "发证日期", "入库日期"),
    VALID_UNTIL("valid_until", false, CellType.DATE, "有效期至"),
    BATCH("batch", false, CellType.BATCH, "批次"),
    REVOKED("revoked", false, CellType.BOOLEAN, "是否撤销"),
    REVOKED_ON("revoked_on", false, CellType.DATE, "撤销日期");

    private final Spec spec;

    CertificateColumn(String csvName, boolean required, CellType type, String... aliases) {
        this.spec = Spec.of(csvName, required, type, aliases);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
