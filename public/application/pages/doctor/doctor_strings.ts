import type { HopEvidence, HopStatus } from '../../../../common/doctor/hop_types';
import { i18n } from '../../i18n';

const ID = 'eckRemoteClusters.doctor';

/** Every string of the connection doctor's page. Hop reasons, causes and fixes come from the server's catalogue. */
export const doctorStrings = {
  breadcrumb: (alias: string) =>
    i18n.translate(`${ID}.breadcrumb`, { defaultMessage: 'Diagnose {alias}', values: { alias } }),
  pageTitle: (alias: string) =>
    i18n.translate(`${ID}.pageTitle`, { defaultMessage: 'Diagnose {alias}', values: { alias } }),
  pageDescription: i18n.translate(`${ID}.pageDescription`, {
    defaultMessage:
      'Every hop of the connection, from Kubernetes to your own privileges on the remote cluster, checked now. Nothing is changed.',
  }),
  checkedAgainst: (namespace: string, name: string) =>
    i18n.translate(`${ID}.checkedAgainst`, {
      defaultMessage: 'ECK cluster {namespace}/{name}',
      values: { namespace, name },
    }),
  identifiedBy: {
    request: i18n.translate(`${ID}.identifiedBy.request`, { defaultMessage: 'as chosen' }),
    server_name: i18n.translate(`${ID}.identifiedBy.serverName`, { defaultMessage: 'recognised by the server name' }),
    address: i18n.translate(`${ID}.identifiedBy.address`, { defaultMessage: 'recognised by the proxy address' }),
  },
  notEck: i18n.translate(`${ID}.notEck`, {
    defaultMessage: 'No ECK cluster is behind this alias: the Kubernetes hops do not apply.',
  }),
  diagnoseAgain: i18n.translate(`${ID}.diagnoseAgain`, { defaultMessage: 'Diagnose again' }),
  loading: i18n.translate(`${ID}.loading`, { defaultMessage: 'Checking every hop…' }),
  summary: {
    allOk: i18n.translate(`${ID}.summary.allOk`, { defaultMessage: 'Every hop that could be checked is fine.' }),
    failed: (count: number, first: string) =>
      count === 1
        ? i18n.translate(`${ID}.summary.failedOne`, {
            defaultMessage: '1 hop fails: {first}',
            values: { first },
          })
        : i18n.translate(`${ID}.summary.failedMany`, {
            defaultMessage: '{count} hops fail, first: {first}',
            values: { count, first },
          }),
  },
  status: {
    ok: i18n.translate(`${ID}.status.ok`, { defaultMessage: 'OK' }),
    failed: i18n.translate(`${ID}.status.failed`, { defaultMessage: 'Failed' }),
    unknown: i18n.translate(`${ID}.status.unknown`, { defaultMessage: 'Not checked' }),
  } satisfies Record<HopStatus, string>,
  cause: i18n.translate(`${ID}.cause`, { defaultMessage: 'Cause' }),
  fix: i18n.translate(`${ID}.fix`, { defaultMessage: 'Fix' }),
  reference: i18n.translate(`${ID}.reference`, { defaultMessage: 'Reference' }),
  evidence: (count: number) =>
    i18n.translate(`${ID}.evidence`, {
      defaultMessage: 'What was checked ({count})',
      values: { count },
    }),
  evidenceSources: {
    kubernetes: i18n.translate(`${ID}.source.kubernetes`, { defaultMessage: 'Kubernetes' }),
    local_elasticsearch: i18n.translate(`${ID}.source.local`, { defaultMessage: 'local cluster' }),
    remote_elasticsearch: i18n.translate(`${ID}.source.remote`, { defaultMessage: 'ECK cluster' }),
    kibana_host: i18n.translate(`${ID}.source.kibanaHost`, { defaultMessage: 'Kibana host' }),
  } satisfies Record<HopEvidence['source'], string>,
  evidenceValue: (value: string, source: string) =>
    i18n.translate(`${ID}.evidenceValue`, { defaultMessage: '{value} ({source})', values: { value, source } }),
  diagnose: i18n.translate(`${ID}.diagnose`, { defaultMessage: 'Diagnose' }),
  diagnoseAriaLabel: (alias: string) =>
    i18n.translate(`${ID}.diagnoseAriaLabel`, { defaultMessage: 'Diagnose {alias}', values: { alias } }),
};
