import { EuiInMemoryTable, type EuiBasicTableColumn, type EuiSearchBarProps } from '@elastic/eui';
import type { EckClusterSummary, EckHealth } from '../../../../common/types/eck_cluster';
import { strings } from '../../strings';
import { ConnectClusterLink } from './connect_cluster_link';
import { EckClusterQualificationCell } from './eck_cluster_qualification_cell';
import { EckHealthIndicator } from './eck_health_indicator';
import { EckPhaseBadge } from './eck_phase_badge';
import { EckServicesList } from './eck_services_list';
import { EckVersion } from './eck_version';
import { overviewStrings } from './overview_strings';
import { RemoteClusterServerStatus } from './remote_cluster_server_status';

const { columns: labels } = strings.eckClusters;

const columns: Array<EuiBasicTableColumn<EckClusterSummary>> = [
  { field: 'namespace', name: labels.namespace, sortable: true },
  { field: 'name', name: labels.name, sortable: true },
  { name: labels.version, render: (cluster: EckClusterSummary) => <EckVersion cluster={cluster} /> },
  {
    field: 'health',
    name: labels.health,
    sortable: true,
    render: (health: EckHealth) => <EckHealthIndicator health={health} />,
  },
  {
    name: labels.phase,
    render: ({ phase, changesObserved }: EckClusterSummary) => (
      <EckPhaseBadge phase={phase} changesObserved={changesObserved} />
    ),
  },
  {
    field: 'operatorVersion',
    name: labels.operatorVersion,
    render: (operatorVersion: string | null) => operatorVersion ?? strings.eckClusters.unknownVersion,
  },
  {
    name: labels.remoteClusterServer,
    render: ({ remoteClusterServer }: EckClusterSummary) => <RemoteClusterServerStatus server={remoteClusterServer} />,
  },
  {
    name: labels.services,
    render: ({ services }: EckClusterSummary) => <EckServicesList services={services} />,
  },
  {
    name: overviewStrings.eckColumns.canConnect,
    render: (cluster: EckClusterSummary) => <EckClusterQualificationCell cluster={cluster} />,
  },
  { name: labels.actions, render: (cluster: EckClusterSummary) => <ConnectClusterLink cluster={cluster} /> },
];

const HEALTHS: EckHealth[] = ['green', 'yellow', 'red', 'unknown'];

function searchBar(clusters: EckClusterSummary[]): EuiSearchBarProps {
  const namespaces = [...new Set(clusters.map(({ namespace }) => namespace))].sort();
  return {
    box: {
      incremental: true,
      placeholder: strings.eckClusters.searchPlaceholder,
      'data-test-subj': 'eckClustersSearch',
    },
    filters: [
      {
        type: 'field_value_selection',
        field: 'namespace',
        name: labels.namespace,
        multiSelect: 'or',
        options: namespaces.map((namespace) => ({ value: namespace })),
      },
      {
        type: 'field_value_selection',
        field: 'health',
        name: labels.health,
        multiSelect: 'or',
        options: HEALTHS.map((health) => ({ value: health, view: <EckHealthIndicator health={health} /> })),
      },
    ],
  };
}

// Free text matches these fields; the others are objects the search bar cannot read.
const SEARCHABLE_FIELDS = ['namespace', 'name', 'version', 'runningVersion', 'phase', 'health', 'operatorVersion'];

const clusterId = ({ namespace, name }: EckClusterSummary) => `${namespace}/${name}`;

interface Props {
  clusters: EckClusterSummary[];
  isLoading: boolean;
}

export function EckClustersTable({ clusters, isLoading }: Props) {
  return (
    <EuiInMemoryTable
      items={clusters}
      itemId={clusterId}
      columns={columns}
      search={searchBar(clusters)}
      executeQueryOptions={{ defaultFields: SEARCHABLE_FIELDS }}
      sorting={{ sort: { field: 'namespace', direction: 'asc' } }}
      pagination={{ initialPageSize: 20, pageSizeOptions: [10, 20, 50] }}
      rowHeader="name"
      tableCaption={strings.eckClusters.title}
      loading={isLoading}
      noItemsMessage={strings.eckClusters.noMatches}
      rowProps={(cluster) => ({ 'data-test-subj': `eckClusterRow-${clusterId(cluster)}` })}
      data-test-subj="eckClustersTable"
    />
  );
}
