package com.techladder.registry.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.techladder.batch.importing.ImportColumn;
import com.techladder.batch.importing.ImportFileRejectedException;
import com.techladder.batch.importing.ImportKind;
import com.techladder.batch.importing.ImportService;
import com.techladder.batch.importing.ImportStatus;
import com.techladder.batch.importing.enterprises.EnterpriseColumn;
import com.techladder.batch.text.Message;
import com.techladder.registry.importing.ImportUploads;
import com.techladder.registry.system.WebSlice;

/**
 * The import pages in a web slice, the import service and the stored rows mocked: a partial import is amber and says
 * how many rows were rejected, its rejected rows are listed a page at a time with the column and reason in the
 * reader's language, the blank templates carry the contract's Chinese headers, and auditors' copy has no upload.
 */
@WebSlice
class ImportPagesWebTest {

    private static final RequestPostProcessor STAFF = user("staff-1").roles("STAFF");
    private static final RequestPostProcessor AUDITOR = user("auditor-1").roles("AUDITOR");
    private static final long ID = 7;
    /** 2,000 rows read, 3 of them rejected, for 60 broken fields: three pages of rejections. */
    private static final ImportStatus PARTIAL = new ImportStatus(ID, "enterprises", "<b>企业</b>.csv", "ab".repeat(32),
            ImportStatus.COMPLETED, 2000, 1900, 3, 1, Message.of("import.text.summary", 2000, 1900, 3, 1).stored(),
            "GB18030", "staff-1", LocalDateTime.of(2026, 12, 4, 9, 30), LocalDateTime.of(2026, 12, 4, 9, 31));

    @Autowired
    MockMvc mvc;
    @Autowired
    ImportUploads uploads;
    @Autowired
    ImportService imports;
    @Autowired
    ImportHistory history;
    @Autowired
    ImportRejections rejections;

    @BeforeEach
    void aPartialImportWithSixtyRejectedFields() {
        when(imports.find(ID)).thenReturn(Optional.of(PARTIAL));
        when(history.newest(ConsoleImportController.NEWEST)).thenReturn(List.of(PARTIAL));
        when(rejections.count(ID)).thenReturn(60);
        when(rejections.page(eq(ID), anyInt(), anyInt()))
                .thenAnswer(call -> {
                    int offset = call.getArgument(1);
                    int limit = call.getArgument(2);
                    return IntStream.range(offset, Math.min(60, offset + limit))
                            .mapToObj(n -> new ImportRejections.Rejection(n + 2, "tech_staff", Integer.toString(60 + n),
                                    Message.of("import.text.techStaffAboveEmployees", 60 + n, 50).stored()))
                            .toList();
                });
    }

    @Test
    void aPartialImportIsAmberAndListsItsRejectedRowsAPageAtATime() throws Exception {
        String page = page(get("/console/imports/" + ID).with(STAFF));
        assertThat(page).containsPattern("class=\"badge import-status status-PARTIAL\"[^>]*>完成，有 3 行被拒<")
                .containsPattern("class=\"alert alert-warn\"[^>]*>导入完成：读取 2,000 行，写入 1,900 行，拒绝 3 行，警告 1 条<")
                .doesNotContain("status-COMPLETED")
                .contains("被拒绝的行（60 处）", "第 1 / 3 页", "<td data-label=\"列\">科技人员数</td>",
                        "科技人员数（60）不能大于职工总数（50）", "id=\"download-rejections\"")
                // the row count of the page is bounded, whatever the import's
                .doesNotContain("科技人员数（85）");
        assertThat(rows(page)).isEqualTo(ImportPage.ROWS);
        verify(rejections).page(ID, 0, ImportPage.ROWS);
    }

    @Test
    void inEnglishTheWholePageIsEnglishAndALaterPageReadsFurtherOn() throws Exception {
        String page = page(get("/console/imports/" + ID).param("page", "2").param("lang", "en").with(STAFF));
        verify(rejections).page(ID, 2 * ImportPage.ROWS, ImportPage.ROWS);
        assertThat(rows(page)).isEqualTo(60 - 2 * ImportPage.ROWS);
        assertThat(page).contains("Completed, 3 rows rejected",
                        "Import completed: 2,000 rows read, 1,900 written, 3 rejected, 1 warning",
                        "Rejected rows (60 problems)", "Page 3 of 3", ">tech_staff<",
                        "Technology staff (110) cannot exceed the employees (50)")
                .doesNotContain("被拒绝", "导入完成", "行号", "原因", "不能大于", "企业年度数据");
    }

    @Test
    void theFileNameIsShownAsTextNotAsMarkup() throws Exception {
        assertThat(page(get("/console/imports/" + ID).with(STAFF))).contains("&lt;b&gt;企业&lt;/b&gt;.csv")
                .doesNotContain("<b>企业</b>");
    }

    @Test
    void theCsvTemplateHasTheContractsChineseHeadersInOrder() throws Exception {
        byte[] body = mvc.perform(get("/console/imports/templates/enterprises.csv").with(STAFF))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF统一社会信用代码,企业名称,所属区县,");
        assertThat(text.substring(1).strip().split(",")).containsExactlyElementsOf(chineseHeaders());
    }

    @Test
    void theXlsxTemplateHasTheSameHeaders() throws Exception {
        byte[] body = mvc.perform(get("/console/imports/templates/enterprises.xlsx").with(STAFF))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            List<String> cells = new ArrayList<>();
            header.forEach(cell -> cells.add(cell.getStringCellValue()));
            assertThat(cells).containsExactlyElementsOf(chineseHeaders());
        }
    }

    @Test
    void anUnknownKindHasNoTemplate() throws Exception {
        mvc.perform(get("/console/imports/templates/people.csv").with(STAFF)).andExpect(status().isNotFound());
    }

    @Test
    void aRefusedFileIsExplainedInTheReadersLanguage() throws Exception {
        when(uploads.start(eq(ImportKind.ENTERPRISES), any(), any(), any()))
                .thenThrow(new ImportFileRejectedException("import.text.headerOnly"));
        MockMultipartFile file = new MockMultipartFile("file", "empty.csv", "text/csv", "uscc\n".getBytes());
        String english = page(multipart("/console/imports").file(file).param("kind", "enterprises")
                .param("lang", "en").with(csrf()).with(STAFF));
        assertThat(english).contains("id=\"upload-refusal\"", "The file has a header but no rows");
        String chinese = page(multipart("/console/imports").file(file).param("kind", "enterprises")
                .with(csrf()).with(STAFF));
        assertThat(chinese).contains("文件只有表头，没有数据行");
    }

    @Test
    void auditorsReadTheImportsWithoutUploadingOrDownloadingTheStaffReport() throws Exception {
        String list = page(get("/review/imports").with(AUDITOR));
        assertThat(list).contains("href=\"/review/imports/7\"", "完成，有 3 行被拒", "staff-1")
                .doesNotContain("id=\"upload-form\"");
        String one = page(get("/review/imports/" + ID).with(AUDITOR));
        assertThat(one).contains("被拒绝的行（60 处）").doesNotContain("download-rejections", "data-poll");
        // who may call which page (auditors not the console's) is AccessMatrixTest's, over the whole application
    }

    private static List<String> chineseHeaders() {
        return EnterpriseColumn.all().stream().map(ImportColumn::aliases).map(a -> a.get(0)).toList();
    }

    private static int rows(String page) {
        String table = page.substring(page.indexOf("id=\"rejection-rows\""), page.indexOf("</table>", page.indexOf("id=\"rejection-rows\"")));
        return table.split("<tr>").length - 2;
    }

    private String page(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
