import { connect } from 'node:net';
import type { DoctorTcpProbe } from '../../common/doctor/doctor_observation';
import type { ProbeTarget } from './probe_target';

/** Opens a TCP connection and closes it at once: whether anything listens there, seen from this host. */
export function probeTcp(target: ProbeTarget, timeoutMs: number): Promise<DoctorTcpProbe> {
  const started = Date.now();
  return new Promise((resolve) => {
    const socket = connect({ host: target.host, port: target.port });
    let settled = false;
    const finish = (error: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ address: target.address, error, elapsedMs: Date.now() - started });
    };
    const timer = setTimeout(() => finish(`ETIMEDOUT (no answer within ${timeoutMs} ms)`), timeoutMs);
    socket.once('connect', () => finish(null));
    socket.once('error', (error: NodeJS.ErrnoException) => finish(error.code ?? error.message));
  });
}
