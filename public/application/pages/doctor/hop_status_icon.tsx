import { EuiIcon } from '@elastic/eui';
import type { HopStatus } from '../../../../common/doctor/hop_types';
import { doctorStrings as text } from './doctor_strings';

const ICONS = {
  ok: { type: 'checkInCircleFilled', color: 'success' },
  failed: { type: 'error', color: 'danger' },
  unknown: { type: 'question', color: 'subdued' },
} as const satisfies Record<HopStatus, { type: string; color: string }>;

export function HopStatusIcon({ status }: { status: HopStatus }) {
  const { type, color } = ICONS[status];
  return (
    <EuiIcon
      type={type}
      color={color}
      size="l"
      aria-label={text.status[status]}
      data-test-subj={`hopStatus-${status}`}
    />
  );
}
