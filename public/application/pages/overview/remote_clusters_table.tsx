import { EuiBasicTable, EuiText, type EuiBasicTableColumn } from '@elastic/eui';
import type { RemoteClusterSummary } from '../../../../common/types/local_cluster';
import { strings } from '../../strings';
import { CaExpiryCell } from './ca_expiry_cell';
import { overviewStrings } from './overview_strings';
import { RemoteActions } from './remote_actions';
import { RemoteConnection } from './remote_connection';
import { RemoteEckClusterCell } from './remote_eck_cluster_cell';
import { RemoteStatusCell } from './remote_status_cell';
import { RemoteStatusProvider } from './remote_status_context';

const { columns: labels } = strings.remoteClusters;

const columns: Array<EuiBasicTableColumn<RemoteClusterSummary>> = [
  { field: 'alias', name: labels.alias },
  { name: labels.status, render: (remote: RemoteClusterSummary) => <RemoteStatusCell remote={remote} /> },
  {
    field: 'securityModel',
    name: labels.securityModel,
    render: (model: RemoteClusterSummary['securityModel']) => strings.remoteClusters.securityModels[model],
  },
  { name: labels.connection, render: (remote: RemoteClusterSummary) => <RemoteConnection remote={remote} /> },
  {
    field: 'serverName',
    name: labels.serverName,
    render: (serverName: string | null) =>
      serverName ?? (
        <EuiText size="s" color="subdued">
          {strings.remoteClusters.noServerName}
        </EuiText>
      ),
  },
  {
    field: 'settingsSource',
    name: labels.definedIn,
    render: (source: RemoteClusterSummary['settingsSource']) => strings.remoteClusters.settingsSources[source],
  },
  {
    name: overviewStrings.remoteColumns.eckCluster,
    render: ({ alias }: RemoteClusterSummary) => <RemoteEckClusterCell alias={alias} />,
  },
  {
    name: overviewStrings.remoteColumns.caExpiry,
    render: ({ alias }: RemoteClusterSummary) => <CaExpiryCell alias={alias} />,
  },
  { name: labels.actions, render: ({ alias }: RemoteClusterSummary) => <RemoteActions alias={alias} /> },
];

interface Props {
  remotes: RemoteClusterSummary[];
  caption: string;
  isLoading: boolean;
}

export function RemoteClustersTable({ remotes, caption, isLoading }: Props) {
  return (
    <RemoteStatusProvider remotes={remotes}>
      <EuiBasicTable
        items={remotes}
        itemId="alias"
        columns={columns}
        rowHeader="alias"
        tableCaption={caption}
        loading={isLoading}
        rowProps={({ alias }) => ({ 'data-test-subj': `remoteClusterRow-${alias}` })}
        data-test-subj="remoteClustersTable"
      />
    </RemoteStatusProvider>
  );
}
