import { EuiCode, EuiText } from '@elastic/eui';
import type { EckServiceSummary } from '../../../../common/types/eck_cluster';
import { strings } from '../../strings';

/** The Services a remote could connect through; the external addresses are what a self-managed cluster dials. */
export function EckServicesList({ services }: { services: EckServiceSummary[] }) {
  if (services.length === 0) {
    return (
      <EuiText size="s" color="subdued">
        {strings.eckClusters.noServices}
      </EuiText>
    );
  }
  return (
    <EuiText size="xs">
      <ul>
        {services.map(({ name, type, externalAddresses }) => (
          <li key={name} data-test-subj={`eckService-${name}`}>
            <EuiCode transparentBackground>{name}</EuiCode> {strings.eckClusters.serviceType(type)}
            {externalAddresses.length > 0 && <> {strings.eckClusters.externalAddresses(externalAddresses)}</>}
          </li>
        ))}
      </ul>
    </EuiText>
  );
}
