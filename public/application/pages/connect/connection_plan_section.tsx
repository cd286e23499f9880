import { useEffect, useRef } from 'react';
import { EuiButton, EuiFlexGroup, EuiFlexItem, EuiLoadingSpinner, EuiSkeletonText, EuiSpacer } from '@elastic/eui';
import { RequestErrorCallout } from '../../components/request_error_callout';
import { TitledSection } from '../../components/titled_section';
import { useConnectionEvents, type ConnectionEventsStatus } from '../../hooks/use_connection_events';
import { useConnectionPlan } from '../../hooks/use_connection_plan';
import type { ApiError } from '../../services/api_error';
import { strings } from '../../strings';
import { CertificatePlanNotices } from './certificate_plan_notices';
import { ConnectionCompletePanel } from './connection_complete_panel';
import { certificateFacts, readPlan, type SubmittedConnection } from './connection_model';
import { NewApiKeyCallout } from './new_api_key_callout';
import { PlanSteps } from './plan_steps';
import { useStepActions } from './use_step_actions';

const { plan: labels } = strings.connect;

const UPDATES_NOTICE: Partial<Record<ConnectionEventsStatus, string>> = {
  live: labels.liveUpdates,
  failed: labels.pollingUpdates,
};

interface Props {
  submitted: SubmittedConnection;
  /** Every failed read, so the form can show a refused field where it is typed. */
  onPlanError?: (error: ApiError | undefined) => void;
  /** The certificate plan's one-click move to the API key model, offered when both clusters qualify. */
  onSwitchToApiKey: () => void;
}

/**
 * The plan for the submitted choices, of either security model, kept current: every apply answers
 * with the new plan, and Kubernetes changes to the ECK cluster re-read it.
 */
export function ConnectionPlanSection({ submitted, onPlanError, onSwitchToApiKey }: Props) {
  const { plan, error, isLoading, replan, receive, mark } = useConnectionPlan(submitted, readPlan);
  const actions = useStepActions(submitted, { receive, mark });
  const hasWaitingStep = plan?.steps.some((step) => step.status === 'waiting') ?? false;
  const { namespace, name } = submitted.request.target;
  const eventsStatus = useConnectionEvents({ namespace, name, onChange: replan, pollWhenUnavailable: hasWaitingStep });
  const isVerified = plan?.steps.some((step) => step.id === 'verify' && step.status === 'done') ?? false;
  const updatesNotice = UPDATES_NOTICE[eventsStatus];
  const certificate = plan && certificateFacts(plan);

  const reportError = useRef(onPlanError);
  useEffect(() => {
    reportError.current = onPlanError;
  }, [onPlanError]);
  useEffect(() => {
    reportError.current?.(error);
  }, [error]);

  return (
    <TitledSection
      title={labels.title}
      description={updatesNotice && <span data-test-subj={`planUpdates-${eventsStatus}`}>{updatesNotice}</span>}
      actions={
        <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false}>
          {isLoading && (
            <EuiFlexItem grow={false}>
              <EuiLoadingSpinner size="m" aria-label={labels.refreshing} data-test-subj="planRefreshing" />
            </EuiFlexItem>
          )}
          <EuiFlexItem grow={false}>
            {/* Not disabled while loading: a request that hangs must not stop the user from retrying. */}
            <EuiButton size="s" iconType="refresh" onClick={replan} data-test-subj="refreshPlan">
              {labels.refresh}
            </EuiButton>
          </EuiFlexItem>
        </EuiFlexGroup>
      }
      data-test-subj="connectionPlan"
    >
      {actions.apiKey && <NewApiKeyCallout apiKey={actions.apiKey} onDismiss={actions.dismissApiKey} />}
      {error && (
        <>
          <RequestErrorCallout error={error} testSubjPrefix="plan" />
          <EuiSpacer size="m" />
        </>
      )}
      {plan ? (
        <>
          {certificate && <CertificatePlanNotices plan={certificate} onSwitchToApiKey={onSwitchToApiKey} />}
          {isVerified && (
            <>
              <ConnectionCompletePanel plan={plan} />
              <EuiSpacer size="l" />
            </>
          )}
          <PlanSteps plan={plan} actions={actions} />
        </>
      ) : (
        !error && (
          <EuiSkeletonText
            lines={6}
            isLoading
            announceLoadingStatus
            contentAriaLabel={labels.loadingLabel}
            data-test-subj="planLoading"
          />
        )
      )}
    </TitledSection>
  );
}
