import { useMemo, useState } from 'react';
import { EuiButtonEmpty, EuiCallOut, EuiPageHeader, EuiPanel, EuiSpacer } from '@elastic/eui';
import type { ApiKeyConnectionRequest } from '../../../../common/api/api_key_connection';
import { useAppLink } from '../../hooks/use_app_link';
import { OVERVIEW_PATH } from '../../router/app_routes';
import { useHistoryLocation } from '../../router/use_history_location';
import { useAppServices } from '../../services/app_services';
import { strings } from '../../strings';
import { ConnectionForm } from './connection_form';
import {
  defaultFormValues,
  formValuesFromQuery,
  formValuesToQuery,
  hasChoicesInQuery,
  TEXT_FIELDS,
  validateConnectionForm,
  type ConnectionFormValues,
  type TextField,
} from './connection_form_model';
import { ConnectionPlanSection } from './connection_plan_section';
import { SecurityModelChoice } from './security_model_choice';

const ALL_TEXT_FIELDS: ReadonlySet<TextField> = new Set(TEXT_FIELDS);

const sameRequest = (a: ApiKeyConnectionRequest, b: ApiKeyConnectionRequest | undefined) =>
  JSON.stringify(a) === JSON.stringify(b);

interface Props {
  namespace: string;
  name: string;
}

/**
 * "Add ECK remote": the choices, kept in the URL so a reload resumes where the admin was, then
 * the plan for the submitted choices. A link that carries valid choices shows its plan at once.
 */
export function ConnectPage({ namespace, name }: Props) {
  const { history } = useAppServices();
  const location = useHistoryLocation(history);
  const backLink = useAppLink(OVERVIEW_PATH);
  const defaults = useMemo(() => defaultFormValues(name), [name]);
  const values = useMemo(() => formValuesFromQuery(location.search, defaults), [location.search, defaults]);
  const validation = useMemo(() => validateConnectionForm({ namespace, name }, values), [namespace, name, values]);
  const [resumed] = useState(() => hasChoicesInQuery(location.search));
  const [shownErrors, setShownErrors] = useState<ReadonlySet<TextField>>(() => (resumed ? ALL_TEXT_FIELDS : new Set()));
  const [submitted, setSubmitted] = useState(() => (resumed ? validation.request : undefined));

  const writeToUrl = (next: ConnectionFormValues) =>
    history.replace({ pathname: location.pathname, search: formValuesToQuery(next) });

  const change = (next: ConnectionFormValues, field?: TextField) => {
    writeToUrl(next);
    if (field && !shownErrors.has(field)) setShownErrors(new Set([...shownErrors, field]));
  };

  const submit = () => {
    writeToUrl(values);
    setShownErrors(ALL_TEXT_FIELDS);
    // A new object even for the same choices: submitting again reads the plan again.
    if (validation.request) setSubmitted({ ...validation.request });
  };

  const isStale = submitted !== undefined && !sameRequest(submitted, validation.request);

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
        ]}
      />
      <EuiSpacer size="l" />
      <EuiPanel hasBorder paddingSize="l" data-test-subj="connectionChoices">
        <SecurityModelChoice />
        <EuiSpacer size="l" />
        <ConnectionForm
          values={values}
          errors={validation.errors}
          shownErrors={shownErrors}
          onChange={change}
          onSubmit={submit}
          hasPlan={submitted !== undefined}
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
          <ConnectionPlanSection request={submitted} />
        </>
      )}
    </>
  );
}
