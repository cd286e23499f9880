import { EuiBasicTable, EuiHealth, EuiText, type EuiBasicTableColumn } from '@elastic/eui';
import type { RemoteClusterSummary } from '../../../../common/types/local_cluster';
import { strings } from '../../strings';
import { OpenInRemoteClustersLink } from './open_in_remote_clusters_link';
import { RemoteConnection } from './remote_connection';

const { columns: labels } = strings.remoteClusters;

const columns: Array<EuiBasicTableColumn<RemoteClusterSummary>> = [
  { field: 'alias', name: labels.alias },
  {
    field: 'connected',
    name: labels.status,
    render: (connected: boolean) =>
      connected ? (
        <EuiHealth color="success">{strings.remoteClusters.connected}</EuiHealth>
      ) : (
        <EuiHealth color="danger">{strings.remoteClusters.notConnected}</EuiHealth>
      ),
  },
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
    render: ({ alias }: RemoteClusterSummary) => <OpenInRemoteClustersLink alias={alias} />,
  },
];

interface Props {
  remotes: RemoteClusterSummary[];
  caption: string;
  isLoading: boolean;
}

export function RemoteClustersTable({ remotes, caption, isLoading }: Props) {
  return (
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
  );
}
