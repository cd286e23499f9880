import { EuiCode, EuiText } from '@elastic/eui';
import type { RemoteClusterSummary } from '../../../../common/types/local_cluster';
import { strings } from '../../strings';

/** Proxy mode dials one proxy address; sniff mode starts from its seeds. */
const addressesOf = (remote: RemoteClusterSummary): string[] =>
  remote.mode === 'proxy' ? (remote.proxyAddress ? [remote.proxyAddress] : []) : remote.seeds;

export function RemoteConnection({ remote }: { remote: RemoteClusterSummary }) {
  const addresses = addressesOf(remote);
  return (
    <div>
      <EuiText size="xs" color="subdued">
        {strings.remoteClusters.modes[remote.mode]}
      </EuiText>
      {addresses.length === 0 ? (
        <EuiText size="s" color="subdued">
          {strings.remoteClusters.noAddress}
        </EuiText>
      ) : (
        addresses.map((address) => (
          <div key={address}>
            <EuiCode transparentBackground>{address}</EuiCode>
          </div>
        ))
      )}
    </div>
  );
}
