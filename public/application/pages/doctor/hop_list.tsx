import { EuiFlexGroup, EuiFlexItem, EuiPanel, EuiSpacer, EuiTitle } from '@elastic/eui';
import type { Hop } from '../../../../common/doctor/hop_types';
import { doctorStrings as text } from './doctor_strings';
import { HopDetails } from './hop_details';
import { HopStatusIcon } from './hop_status_icon';

/** The hops in the order a connection meets them, each with its status, what it found and how to fix it. */
export function HopList({ hops }: { hops: Hop[] }) {
  return (
    <ol aria-label={text.pageDescription} data-test-subj="doctorHops">
      {hops.map((hop) => (
        <li key={hop.id} data-test-subj={`hop-${hop.id}`}>
          <EuiPanel hasBorder paddingSize="m" color={hop.status === 'failed' ? 'danger' : 'transparent'}>
            <EuiFlexGroup gutterSize="m" responsive={false} alignItems="flexStart">
              <EuiFlexItem grow={false}>
                <HopStatusIcon status={hop.status} />
              </EuiFlexItem>
              <EuiFlexItem>
                <EuiTitle size="xs">
                  <h3>{hop.title}</h3>
                </EuiTitle>
                <HopDetails hop={hop} />
              </EuiFlexItem>
            </EuiFlexGroup>
          </EuiPanel>
          <EuiSpacer size="s" />
        </li>
      ))}
    </ol>
  );
}
