import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { API_ROUTES } from '../../../../common/api/api_routes';
import type { ApplyKeyRotationStepResponse, KeyRotationPlanResponse } from '../../../../common/api/key_lifecycle';
import type {
  ListManagedKeysResponse,
  ManagedCrossClusterKey,
} from '../../../../common/key_lifecycle/key_lifecycle_types';
import type { PlanStep } from '../../../../common/plan/plan_types';
import { failWith, respondWith, type Responder } from '../../test_helpers/fake_core_start';
import { errorBody } from '../../test_helpers/fixtures';
import { renderAppWithResponders } from '../../test_helpers/render_app_with_responders';

// EUI renders slowly in jsdom on a loaded machine: the flows here click through several steps.
jest.setTimeout(30_000);

const key = (overrides: Partial<ManagedCrossClusterKey>): ManagedCrossClusterKey => ({
  id: 'key-1',
  name: 'kibana-remote-logs',
  createdAt: '2026-01-01T00:00:00Z',
  expiration: null,
  expiresInDays: null,
  invalidated: false,
  access: { search: [{ names: ['logs-*', 'metrics-*'] }] },
  alias: 'logs',
  localClusterUuid: 'local',
  usage: 'in_use',
  rotatedFrom: null,
  warnings: [],
  ...overrides,
});

const LIST: ListManagedKeysResponse = {
  localClusterUuid: 'local',
  expiryWarningDays: 30,
  errors: [],
  clusters: [
    {
      namespace: 'search-prod',
      name: 'logs-prod',
      keys: [
        key({
          expiration: '2026-12-10T00:00:00Z',
          expiresInDays: 10,
          warnings: ['Expires in 10 days (2026-12-10): rotate it before then.'],
        }),
        key({ id: 'key-2', name: 'kibana-remote-old', alias: 'old', usage: 'orphan' }),
      ],
    },
    { namespace: 'basic', name: 'basic-es', keys: [], error: 'no ready pod' },
  ],
};

const rotationStep = (id: string, status: PlanStep['status'], extra: Partial<PlanStep> = {}): PlanStep => ({
  id,
  title: `Step ${id}`,
  status,
  reason: `reason of ${id}`,
  evidence: [],
  changes: [],
  warnings: [],
  ...extra,
});
const rotationPlan = (statuses: Array<PlanStep['status']>, extra: Partial<KeyRotationPlanResponse> = {}) =>
  ({
    target: { alias: 'logs', namespace: 'search-prod', name: 'logs-prod' },
    phase: 'idle',
    currentKey: { id: 'key-1', name: 'kibana-remote-logs', expiration: null },
    newKey: null,
    lastRotation: null,
    steps: ['create_new_key', 'update_keystores', 'verify_connected', 'invalidate_old_key'].map((id, i) =>
      rotationStep(
        id,
        statuses[i],
        id === 'update_keystores' && statuses[i] === 'manual'
          ? {
              instructions: {
                commands: [
                  `printf '%s' "$ENCODED_KEY" | bin/elasticsearch-keystore add -x -f cluster.remote.logs.credentials`,
                ],
                files: [],
                settings: [],
                pendingNodes: ['node-1'],
                notes: [],
              },
            }
          : {},
      ),
    ),
    ...extra,
  }) as KeyRotationPlanResponse;

function renderKeys(post: Record<string, Responder> = {}, list: Responder = respondWith(LIST)) {
  return renderAppWithResponders('/keys', { [API_ROUTES.listManagedKeys.path]: list }, post);
}

describe('Cross-cluster API keys page', () => {
  it('lists the keys of each ECK cluster with their use, access and expiry warnings', async () => {
    renderKeys();
    const row = await screen.findByTestId('keyRow-key-1');
    expect(within(row).getByTestId('keyUsage-key-1')).toHaveTextContent('In use');
    expect(row).toHaveTextContent('search: logs-*, metrics-*');
    expect(within(row).getByTestId('keyWarning-key-1')).toHaveTextContent('Expires in 10 days');
    expect(within(screen.getByTestId('keyRow-key-2')).getByTestId('keyUsage-key-2')).toHaveTextContent('Orphan');
    // A key in use can be rotated, never invalidated from here; an orphan the other way round.
    expect(within(row).queryByTestId('invalidateKey-key-1')).not.toBeInTheDocument();
    expect(within(screen.getByTestId('keyRow-key-2')).queryByTestId('rotateKey-key-2')).not.toBeInTheDocument();
    expect(screen.getByTestId('keysError-basic-basic-es')).toHaveTextContent('no ready pod');
  });

  it('explains a failure to list the keys', async () => {
    renderKeys({}, failWith(errorBody('FORBIDDEN', 'API [GET …] is unauthorized')));
    expect(await screen.findByTestId('keysPermissionDenied')).toBeInTheDocument();
  });

  it('rotates a key step by step, showing the new key once', async () => {
    const applied: unknown[] = [];
    let plan = rotationPlan(['ready', 'blocked', 'blocked', 'blocked']);
    const answers: Record<string, () => ApplyKeyRotationStepResponse> = {
      create_new_key: () => ({
        applied: true,
        plan: (plan = rotationPlan(['done', 'manual', 'blocked', 'blocked'], { phase: 'in_progress' })),
        apiKey: { id: 'key-3', name: 'kibana-remote-logs', encoded: 'ZW5jb2RlZA==' },
      }),
      update_keystores: () => ({
        applied: true,
        plan: (plan = rotationPlan(['done', 'done', 'done', 'ready'], { phase: 'in_progress' })),
        reloadFailures: [],
      }),
      invalidate_old_key: () => ({
        applied: true,
        plan: (plan = rotationPlan(['ready', 'blocked', 'blocked', 'blocked'], {
          lastRotation: { from: 'key-1', to: 'key-3' },
        })),
      }),
    };
    renderKeys({
      [API_ROUTES.planKeyRotation.path]: () => Promise.resolve(plan),
      [API_ROUTES.applyKeyRotationStep.path]: (body) => {
        applied.push(body);
        return Promise.resolve(answers[(body as { step: string }).step]());
      },
    });
    await userEvent.click(await screen.findByTestId('rotateKey-key-1'));
    const flyout = await screen.findByTestId('keyRotationFlyout');

    await userEvent.click(await within(flyout).findByTestId('applyRotationStep-create_new_key'));
    expect(await within(flyout).findByTestId('newApiKeyValue')).toHaveTextContent('ZW5jb2RlZA==');
    expect(within(flyout).getByTestId('manualCommand-update_keystores-0')).toHaveTextContent(
      'bin/elasticsearch-keystore add -x -f cluster.remote.logs.credentials',
    );

    await userEvent.click(within(flyout).getByTestId('applyRotationStep-update_keystores'));
    await userEvent.click(await within(flyout).findByTestId('applyRotationStep-invalidate_old_key'));
    expect(await within(flyout).findByTestId('lastRotation')).toHaveTextContent('key-1 was replaced by key-3');
    expect(applied).toEqual(
      ['create_new_key', 'update_keystores', 'invalidate_old_key'].map((step) => ({
        target: { alias: 'logs', namespace: 'search-prod', name: 'logs-prod' },
        step,
      })),
    );

    await userEvent.click(within(flyout).getByTestId('dismissNewApiKey'));
    expect(within(flyout).queryByTestId('newApiKeyValue')).not.toBeInTheDocument();
  });

  it('invalidates an orphan only after confirmation', async () => {
    const invalidations: unknown[] = [];
    const { httpGet } = renderKeys({
      [API_ROUTES.invalidateOrphanKey.path]: (body) => {
        invalidations.push(body);
        return Promise.resolve({ invalidated: ['key-2'] });
      },
    });
    await userEvent.click(await screen.findByTestId('invalidateKey-key-2'));
    const modal = await screen.findByTestId('invalidateOrphanModal');
    expect(modal).toHaveTextContent('no remote cluster old any more');
    await userEvent.click(within(modal).getByTestId('confirmModalCancelButton'));
    expect(invalidations).toEqual([]);

    await userEvent.click(screen.getByTestId('invalidateKey-key-2'));
    await userEvent.click(
      within(await screen.findByTestId('invalidateOrphanModal')).getByTestId('confirmModalConfirmButton'),
    );
    expect(await screen.findByTestId('keyInvalidated')).toHaveTextContent('Invalidated kibana-remote-old.');
    expect(invalidations).toEqual([{ namespace: 'search-prod', name: 'logs-prod', id: 'key-2' }]);
    await waitFor(() => expect(httpGet).toHaveBeenCalledTimes(2));
  });

  it('keeps the modal open with the reason when the server refuses', async () => {
    renderKeys({
      [API_ROUTES.invalidateOrphanKey.path]: failWith(
        errorBody('API_KEY_NOT_ORPHAN', 'the local cluster still has old'),
      ),
    });
    await userEvent.click(await screen.findByTestId('invalidateKey-key-2'));
    await userEvent.click(
      within(await screen.findByTestId('invalidateOrphanModal')).getByTestId('confirmModalConfirmButton'),
    );
    expect(await screen.findByTestId('invalidateOrphanError')).toHaveTextContent('the local cluster still has old');
  });
});
