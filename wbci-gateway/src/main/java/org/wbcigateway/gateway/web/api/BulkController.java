package org.wbcigateway.gateway.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wbcigateway.gateway.web.api.AnfrageRequests.StornoRequest;
import org.wbcigateway.gateway.web.api.AnfrageRequests.TvRequest;
import org.wbcigateway.gateway.web.api.AnfrageRequests.VorabstimmungRequest;
import org.wbcigateway.gateway.web.api.MeldungRequests.AbbmRequest;
import org.wbcigateway.gateway.web.api.MeldungRequests.AbbmTrRequest;
import org.wbcigateway.gateway.web.api.MeldungRequests.AkmTrRequest;
import org.wbcigateway.gateway.web.api.MeldungRequests.RuemVaRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Many actions in one request, for mass changes (a migration, a backlog): NDJSON in, one line per action, each the
 * same action, body, checks and answer as its single endpoint ({@link BulkAction}); NDJSON out, one result per line
 * in order. Lines run in order, {@value #CHUNK} to a transaction with a savepoint each, so a refused line changes
 * nothing and the others go on; a result is written only once its transaction has committed. A line without a
 * result was not applied (the request broke off, or the database went away: the lines of that transaction are
 * answered 503 and the rest is not read), so the caller sends again from the first line without a 2xx result. With
 * an {@code Idempotency-Key} the whole request is one transaction and its response is kept like any other.
 */
@RestController
@RequestMapping("/api/bulk")
@Tag(name = "Bulk", description = "Many actions in one request (NDJSON)")
public class BulkController {

    static final String NDJSON = "application/x-ndjson";
    static final int CHUNK = 200;
    static final int MAX_REF_LENGTH = 200;

    private static final Logger log = LoggerFactory.getLogger(BulkController.class);

    private final VorabstimmungController vorabstimmungen;
    private final ApiExceptionHandler problems;
    private final JsonMapper json;
    private final TransactionTemplate chunk;
    private final TransactionTemplate savepoint;

    public BulkController(
            VorabstimmungController vorabstimmungen,
            ApiExceptionHandler problems,
            JsonMapper json,
            PlatformTransactionManager transactions) {
        this.vorabstimmungen = vorabstimmungen;
        this.problems = problems;
        this.json = json;
        this.chunk = new TransactionTemplate(transactions);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @PostMapping(consumes = NDJSON, produces = NDJSON)
    @Operation(
            summary = "Run many actions, one NDJSON line each; results as NDJSON, one per line, in order",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = NDJSON,
                                            schema = @Schema(implementation = BulkLines.Line.class),
                                            examples =
                                                    @io.swagger.v3.oas.annotations.media.ExampleObject(
                                                            value = ApiExamples.BULK))),
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            content =
                                    @Content(
                                            mediaType = NDJSON,
                                            schema = @Schema(implementation = BulkLines.Result.class))))
    public void run(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType(NDJSON);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        OutputStream out = response.getOutputStream();
        BufferedReader in = new BufferedReader(new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8));
        List<Numbered> pending = new ArrayList<>(CHUNK);
        int number = 0;
        for (String text = in.readLine(); text != null; text = in.readLine()) {
            number++;
            if (text.isBlank()) {
                continue;
            }
            pending.add(new Numbered(number, text));
            if (pending.size() == CHUNK && !runChunk(pending, out)) {
                return;
            }
        }
        if (!pending.isEmpty()) {
            runChunk(pending, out);
        }
    }

    private record Numbered(int number, String text) {}

    /** Runs and answers one chunk; false if its transaction failed (then nothing more is read). */
    private boolean runChunk(List<Numbered> lines, OutputStream out) throws IOException {
        List<BulkLines.Result> results;
        boolean committed = true;
        try {
            results = chunk.execute(status -> lines.stream().map(this::runLine).toList());
        } catch (RuntimeException e) {
            log.warn(
                    "bulk request: a transaction of {} line(s) failed ({}); the request ends there",
                    lines.size(),
                    e.toString());
            Map<String, Object> problem = view(problems.problemOf(e).getBody());
            results = lines.stream()
                    .map(l -> new BulkLines.Result(l.number(), null, (Integer) problem.get("status"), null, problem))
                    .toList();
            committed = false;
        }
        for (BulkLines.Result result : results) {
            out.write(json.writeValueAsBytes(result));
            out.write('\n');
        }
        out.flush();
        lines.clear();
        return committed;
    }

    private BulkLines.Result runLine(Numbered numbered) {
        String ref = null;
        try {
            BulkLines.Line line = json.readValue(numbered.text(), BulkLines.Line.class);
            ref = line.ref();
            if (ref != null && ref.length() > MAX_REF_LENGTH) {
                ref = null;
                throw new IllegalArgumentException("ref must be at most " + MAX_REF_LENGTH + " characters");
            }
            Views.Sent sent = savepoint.execute(status -> apply(line));
            return new BulkLines.Result(numbered.number(), ref, line.action().successStatus(), sent, null);
        } catch (RuntimeException e) {
            ProblemDetail problem = problems.problemOf(e).getBody();
            return new BulkLines.Result(numbered.number(), ref, problem.getStatus(), null, view(problem));
        }
    }

    private Views.Sent apply(BulkLines.Line line) {
        if (line.action() == null) {
            throw new IllegalArgumentException("action is required: one of " + List.of(BulkAction.values()));
        }
        return switch (line.action()) {
            case START_VORABSTIMMUNG ->
                vorabstimmungen.start(body(line, VorabstimmungRequest.class)).getBody();
            case RUEM_VA -> vorabstimmungen.ruemVa(id(line), body(line, RuemVaRequest.class));
            case ABBM -> vorabstimmungen.abbm(id(line), body(line, AbbmRequest.class));
            case ABBM_TR -> vorabstimmungen.abbmTr(id(line), body(line, AbbmTrRequest.class));
            case AKM_TR -> vorabstimmungen.akmTr(id(line), body(line, AkmTrRequest.class));
            case TV -> vorabstimmungen.tv(id(line), body(line, TvRequest.class));
            case STORNO -> vorabstimmungen.storno(id(line), body(line, StornoRequest.class));
            case ERLM -> vorabstimmungen.erlm(id(line));
            case CHANGE_REQUEST_ABBM -> vorabstimmungen.abbmToChangeRequest(id(line), body(line, AbbmRequest.class));
        };
    }

    private static String id(BulkLines.Line line) {
        if (line.vorabstimmungsId() == null || line.vorabstimmungsId().isBlank()) {
            throw new IllegalArgumentException("vorabstimmungsId is required for " + line.action());
        }
        return line.vorabstimmungsId();
    }

    private <T> T body(BulkLines.Line line, Class<T> type) {
        JsonNode body = line.body();
        if (body == null || body.isNull()) {
            throw new IllegalArgumentException("body is required for " + line.action());
        }
        return json.treeToValue(body, type);
    }

    /** A problem as the single endpoint's problem+json shows it: its fields, then its properties. */
    private static Map<String, Object> view(ProblemDetail problem) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("type", String.valueOf(problem.getType()));
        view.put("title", problem.getTitle());
        view.put("status", problem.getStatus());
        view.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            view.putAll(problem.getProperties());
        }
        return view;
    }
}
