import { EuiBasicTable, EuiFlexGroup, EuiText, type EuiBasicTableColumn } from '@elastic/eui';
import type { RemoteClusterSummary } from '../../../../common/types/local_cluster';
import { strings } from '../../strings';
import { DiagnoseLink } from '../doctor/diagnose_link';
import { OpenInRemoteClustersLink } from './open_in_remote_clusters_link';
import { ReconnectRemoteButton } from './reconnect_remote_button';
import { RemoteConnection } from './remote_connection';
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
    name: labels.actions,
    render: ({ alias }: RemoteClusterSummary) => (
      // One action per line: three side by side do not fit the column.
      <EuiFlexGroup direction="column" gutterSize="xs" alignItems="flexStart" responsive={false}>
        <OpenInRemoteClustersLink alias={alias} />
        <ReconnectRemoteButton alias={alias} />
        <DiagnoseLink alias={alias} />
      </EuiFlexGroup>
    ),
  },
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
