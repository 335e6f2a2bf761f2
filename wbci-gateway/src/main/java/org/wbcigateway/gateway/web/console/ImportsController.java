package org.wbcigateway.gateway.web.console;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import org.wbcigateway.gateway.crm.ContractCsv;
import org.wbcigateway.gateway.crm.ContractImport;
import org.wbcigateway.gateway.crm.ImportJob;
import org.wbcigateway.gateway.platform.audit.PersonalDataRead;
import org.wbcigateway.gateway.vorabstimmung.NotFoundException;

/**
 * The contract import in the console: a CSV file uploaded on the contracts page runs as the API's import job, and
 * its page shows the progress (refreshing itself while the job runs), the counts and the rejected rows.
 */
@Controller
class ImportsController {

    private final ContractImport imports;
    private final ConsoleActions actions;

    ImportsController(ContractImport imports, ConsoleActions actions) {
        this.imports = imports;
        this.actions = actions;
    }

    @PostMapping("/console/contracts/import")
    String upload(
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "UTF-8") String charset,
            HttpServletRequest request,
            RedirectAttributes flash) {
        String name = file.getOriginalFilename() == null ? "CSV" : file.getOriginalFilename();
        return actions.run(
                        request,
                        flash,
                        "CONTRACT_IMPORT",
                        name,
                        () -> imports.start(new ContractCsv(bytes(file), charset(charset))))
                .map(job -> "redirect:/console/imports/" + UriUtils.encodePathSegment(job.id(), StandardCharsets.UTF_8))
                .orElse("redirect:/console/contracts");
    }

    @PersonalDataRead
    @GetMapping("/console/imports/{jobId}")
    String progress(@PathVariable String jobId, Model model, jakarta.servlet.http.HttpServletResponse response) {
        ImportJob.Progress progress =
                imports.progress(jobId).orElseThrow(() -> new NotFoundException("no import job " + jobId));
        if (progress.state() == ImportJob.State.RUNNING) {
            response.setHeader("Refresh", "2"); // the browser shows the progress until the job ends
        }
        model.addAttribute("job", progress);
        model.addAttribute("running", progress.state() == ImportJob.State.RUNNING);
        return "console/import";
    }

    private static byte[] bytes(MultipartFile file) {
        if (file.isEmpty()) {
            throw new IllegalArgumentException("the file is empty");
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Charset charset(String name) {
        return switch (name) {
            case "UTF-8" -> StandardCharsets.UTF_8;
            case "ISO-8859-1" -> StandardCharsets.ISO_8859_1;
            case "windows-1252" -> Charset.forName("windows-1252");
            default -> throw new IllegalArgumentException("unknown character set " + name);
        };
    }
}
