import { useMemo, useState } from 'react';
import { EuiButtonEmpty, EuiCallOut, EuiPageHeader, EuiPanel, EuiSpacer } from '@elastic/eui';
import type { SecurityModelMode } from '../../../../common/plan/plan_types';
import { useAppLink } from '../../hooks/use_app_link';
import { OVERVIEW_PATH } from '../../router/app_routes';
import { useHistoryLocation } from '../../router/use_history_location';
import { useAppServices } from '../../services/app_services';
import { strings } from '../../strings';
import { AddInRemoteClustersLink } from './add_in_remote_clusters_link';
import { ConnectionForm, type ShownField } from './connection_form';
import {
  defaultFormValues,
  formValuesFromQuery,
  formValuesToQuery,
  hasChoicesInQuery,
  TEXT_FIELDS,
  validateChoices,
  withModel,
  type ConnectionFormValues,
} from './connection_form_model';
import type { SubmittedConnection } from './connection_model';
import { ConnectionPlanSection } from './connection_plan_section';
import { SecurityModelChoice } from './security_model_choice';
import { useServerFieldError } from './use_server_field_error';

const ALL_FIELDS: ReadonlySet<ShownField> = new Set([...TEXT_FIELDS, 'localTransportCa']);

const sameConnection = (a: SubmittedConnection, b: SubmittedConnection | undefined) =>
  JSON.stringify(a) === JSON.stringify(b);

interface Props {
  namespace: string;
  name: string;
}

/**
 * "Add ECK remote": the choices, kept in the URL so a reload resumes where the admin was, then
 * the plan for the submitted choices. A link that carries valid choices shows its plan at once.
 * The certificate model's pasted CA is the one choice kept out of the URL: a reload forgets it,
 * and the plan's step then asks for it again.
 */
export function ConnectPage({ namespace, name }: Props) {
  const { history } = useAppServices();
  const location = useHistoryLocation(history);
  const backLink = useAppLink(OVERVIEW_PATH);
  const defaults = useMemo(() => defaultFormValues(name), [name]);
  const values = useMemo(() => formValuesFromQuery(location.search, defaults), [location.search, defaults]);
  const [localTransportCa, setLocalTransportCa] = useState('');
  const serverError = useServerFieldError({ values, localTransportCa });
  const validation = useMemo(
    () => validateChoices({ namespace, name }, values, { localTransportCa }),
    [namespace, name, values, localTransportCa],
  );
  const [resumed] = useState(() => hasChoicesInQuery(location.search));
  const [shownErrors, setShownErrors] = useState<ReadonlySet<ShownField>>(() => (resumed ? ALL_FIELDS : new Set()));
  const [submitted, setSubmitted] = useState(() => (resumed ? validation.submitted : undefined));

  const writeToUrl = (next: ConnectionFormValues) =>
    history.replace({ pathname: location.pathname, search: formValuesToQuery(next) });

  const showErrorsOf = (field: ShownField) => {
    if (!shownErrors.has(field)) setShownErrors(new Set([...shownErrors, field]));
  };

  const change = (next: ConnectionFormValues, field?: ShownField) => {
    writeToUrl(next);
    if (field) showErrorsOf(field);
  };

  const changeCa = (pem: string) => {
    setLocalTransportCa(pem);
    showErrorsOf('localTransportCa');
  };

  const submitValues = (next: ConnectionFormValues) => {
    writeToUrl(next);
    setShownErrors(ALL_FIELDS);
    const { submitted: connection } = validateChoices({ namespace, name }, next, { localTransportCa });
    // A new object even for the same choices: submitting again reads the plan again.
    if (connection) setSubmitted({ ...connection });
  };

  const changeModel = (model: SecurityModelMode) => change(withModel(values, model));

  const isStale = submitted !== undefined && !sameConnection(submitted, validation.submitted);

  return (
    <>
      <EuiPageHeader
        bottomBorder
        pageTitle={strings.connect.pageTitle(namespace, name)}
        description={strings.connect.pageDescription}
        rightSideItems={[
          <EuiButtonEmpty key="back" iconType="arrowLeft" {...backLink} data-test-subj="backToOverview">
            {strings.navigation.backToOverview}
          </EuiButtonEmpty>,
          <AddInRemoteClustersLink key="add" namespace={namespace} name={name} />,
        ]}
      />
      <EuiSpacer size="l" />
      <EuiPanel hasBorder paddingSize="l" data-test-subj="connectionChoices">
        <SecurityModelChoice model={values.model} onChange={changeModel} />
        <EuiSpacer size="l" />
        <ConnectionForm
          values={values}
          errors={{ ...validation.errors, ...serverError.errors }}
          shownErrors={serverError.field ? new Set([...shownErrors, serverError.field]) : shownErrors}
          onChange={change}
          onSubmit={() => submitValues(values)}
          hasPlan={submitted !== undefined}
          localTransportCa={localTransportCa}
          onCaChange={changeCa}
        />
      </EuiPanel>
      {submitted && (
        <>
          <EuiSpacer size="xl" />
          {isStale && (
            <>
              <EuiCallOut
                size="s"
                color="warning"
                iconType="warning"
                title={strings.connect.form.choicesChanged}
                data-test-subj="choicesChanged"
              />
              <EuiSpacer size="m" />
            </>
          )}
          <ConnectionPlanSection
            submitted={submitted}
            onPlanError={serverError.report}
            onSwitchToApiKey={() => submitValues(withModel(values, 'api_key'))}
          />
        </>
      )}
    </>
  );
}
