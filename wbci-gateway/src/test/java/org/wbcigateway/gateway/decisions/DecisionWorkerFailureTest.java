package org.wbcigateway.gateway.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.gateway.actions.ConfirmVorabstimmung;
import org.wbcigateway.gateway.actions.RefuseVorabstimmung;
import org.wbcigateway.gateway.crm.CrmPort;
import org.wbcigateway.gateway.platform.config.GatewayProperties;
import org.wbcigateway.gateway.vorabstimmung.Contexts;
import org.wbcigateway.gateway.vorabstimmung.Vorabstimmungen;

/**
 * A VA whose automatic decision fails goes to the review queue so it cannot block the others; but not when the
 * failure is the database going away: then nothing was decided, the VA stays PENDING and a later round decides it.
 */
class DecisionWorkerFailureTest {

    private final VorabstimmungsId id = VorabstimmungsId.of("DEU.BBBB.V000000001");
    private final Vorabstimmungen vorabstimmungen = mock(Vorabstimmungen.class);
    private final DecisionRepository decisions = mock(DecisionRepository.class);
    private final DecisionWorker worker = worker();

    @Test
    void theDatabaseGoingAwayLeavesTheVaPendingForALaterRound() {
        when(decisions.lockPending(1)).thenReturn(List.of(id), List.of());
        when(vorabstimmungen.find(id))
                .thenThrow(new DataAccessResourceFailureException(
                        "PreparedStatementCallback; An I/O error occurred while sending to the backend."));
        assertThat(worker.decidePending()).isZero();
        verify(decisions, never()).mark(any(), any(), any());
        verify(decisions, never()).review(any(), any(), any());
    }

    @Test
    void anyOtherFailureStillParksTheVaForAPerson() {
        when(decisions.lockPending(1)).thenReturn(List.of(id), List.of());
        when(vorabstimmungen.find(id)).thenThrow(new IllegalStateException("stored VA cannot be read"));
        assertThat(worker.decidePending()).isEqualTo(1);
        verify(decisions).review(eq(id), eq(ReviewReason.DECISION_FAILED), contains("stored VA cannot be read"));
    }

    @SuppressWarnings("unchecked")
    private DecisionWorker worker() {
        TransactionTemplate tx = mock(TransactionTemplate.class);
        when(tx.execute(any()))
                .thenAnswer(call -> ((TransactionCallback<?>) call.getArgument(0)).doInTransaction(null));
        doAnswer(call -> {
                    ((Consumer<TransactionStatus>) call.getArgument(0)).accept(null);
                    return null;
                })
                .when(tx)
                .executeWithoutResult(any());
        GatewayProperties properties = mock(GatewayProperties.class);
        when(properties.decision())
                .thenReturn(new GatewayProperties.Decision(
                        GatewayProperties.Decision.Mode.AUTOMATIC, Duration.ofSeconds(1), List.of(), false));
        org.wbcigateway.gateway.platform.tenancy.Tenants tenants =
                mock(org.wbcigateway.gateway.platform.tenancy.Tenants.class);
        when(tenants.current())
                .thenReturn(new org.wbcigateway.gateway.platform.tenancy.Tenant(
                        "DEU.AAAA",
                        org.wbcigateway.domain.id.CarrierCode.of("DEU.AAAA"),
                        "public",
                        org.wbcigateway.domain.id.Portierungskennung.of("D0AA"),
                        org.wbcigateway.domain.calendar.Bundesland.BY,
                        0));
        org.wbcigateway.gateway.platform.tenancy.EffectiveSettings settings =
                mock(org.wbcigateway.gateway.platform.tenancy.EffectiveSettings.class);
        when(settings.decisionMode()).thenReturn(GatewayProperties.Decision.Mode.AUTOMATIC);
        when(settings.projektkenner()).thenReturn(List.of());
        return new DecisionWorker(
                vorabstimmungen,
                decisions,
                mock(CrmPort.class),
                mock(ConfirmVorabstimmung.class),
                mock(RefuseVorabstimmung.class),
                properties,
                tenants,
                settings,
                tx,
                mock(Contexts.class),
                mock(ChangeRequestDecider.class),
                mock(DecisionWakeup.class));
    }
}
