import { EuiBadge, EuiBasicTable, EuiButtonEmpty, EuiText, type EuiBasicTableColumn } from '@elastic/eui';
import type { ManagedCrossClusterKey, ManagedKeyUsage } from '../../../../common/key_lifecycle/key_lifecycle_types';
import { keysStrings as labels } from './keys_strings';

const USAGE_COLORS = {
  in_use: 'success',
  rotating_out: 'warning',
  rotating_in: 'primary',
  orphan: 'danger',
  other_cluster: 'hollow',
} as const satisfies Record<ManagedKeyUsage, string>;

/** `search: logs-*, metrics-*` per access kind, as the key grants it. */
function describeAccess(access: Record<string, unknown> | null): string[] {
  if (!access) return [];
  return Object.entries(access).map(([kind, entries]) =>
    labels.access(
      kind,
      ((entries as Array<{ names?: string[] }>) ?? []).flatMap((entry) => entry.names ?? []).join(', '),
    ),
  );
}

interface Props {
  keys: ManagedCrossClusterKey[];
  onRotate: (alias: string) => void;
  onInvalidate: (key: ManagedCrossClusterKey) => void;
}

export function ManagedKeysTable({ keys, onRotate, onInvalidate }: Props) {
  const columns: Array<EuiBasicTableColumn<ManagedCrossClusterKey>> = [
    {
      name: labels.columns.name,
      render: (key: ManagedCrossClusterKey) => (
        <EuiText size="s">
          <strong>{key.name}</strong> <code>{key.id}</code>
        </EuiText>
      ),
    },
    { field: 'alias', name: labels.columns.alias },
    {
      name: labels.columns.usage,
      render: (key: ManagedCrossClusterKey) => (
        <EuiBadge color={USAGE_COLORS[key.usage]} data-test-subj={`keyUsage-${key.id}`}>
          {labels.usage[key.usage]}
        </EuiBadge>
      ),
    },
    {
      name: labels.columns.access,
      render: (key: ManagedCrossClusterKey) => describeAccess(key.access).join('; '),
    },
    {
      name: labels.columns.expiration,
      render: (key: ManagedCrossClusterKey) => (
        <div>
          <div>{key.expiration ? key.expiration.slice(0, 10) : labels.never}</div>
          {key.warnings.map((warning) => (
            <EuiText size="xs" color="danger" key={warning} data-test-subj={`keyWarning-${key.id}`}>
              {warning}
            </EuiText>
          ))}
        </div>
      ),
    },
    {
      name: labels.columns.actions,
      render: (key: ManagedCrossClusterKey) =>
        key.usage === 'orphan' ? (
          <EuiButtonEmpty
            size="s"
            color="danger"
            iconType="trash"
            onClick={() => onInvalidate(key)}
            aria-label={labels.invalidateAriaLabel(key.name)}
            data-test-subj={`invalidateKey-${key.id}`}
          >
            {labels.invalidate}
          </EuiButtonEmpty>
        ) : key.usage === 'other_cluster' ? null : (
          <EuiButtonEmpty
            size="s"
            iconType="refresh"
            onClick={() => onRotate(key.alias)}
            aria-label={labels.rotateAriaLabel(key.alias)}
            data-test-subj={`rotateKey-${key.id}`}
          >
            {labels.rotate}
          </EuiButtonEmpty>
        ),
    },
  ];
  return (
    <EuiBasicTable
      items={keys}
      itemId="id"
      columns={columns}
      noItemsMessage={labels.noKeys}
      rowProps={(key) => ({ 'data-test-subj': `keyRow-${key.id}` })}
    />
  );
}
