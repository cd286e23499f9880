import { eckServiceNames } from '../../eck/eck_names';
import { configureRemoteStep, type RemoteConnectionOptions } from '../api_key/configure_remote_step';
import type { ObservedLocalRemote } from '../observation';
import type { ConnectionTarget, PlanStep } from '../plan_types';
import { step } from '../step_helpers';
import type { TransportVerificationMode } from './certificate_steps';

/** Every ECK transport certificate names `<name>-es-transport.<namespace>.svc`; never a load balancer's address. */
export const transportServerName = (target: Pick<ConnectionTarget, 'namespace' | 'name'>) =>
  `${eckServiceNames(target.name).transport}.${target.namespace}.svc`;

/**
 * Hostname verification on the certificate model follows the local
 * `xpack.security.transport.ssl.verification_mode`: `full` needs `server_name`; `certificate`
 * (what auto-configuration writes) and `none` do not. Unknown: the name is sent, which works with
 * either mode.
 */
export function transportServerNameFor(
  target: Pick<ConnectionTarget, 'namespace' | 'name'>,
  verificationMode: TransportVerificationMode | null,
): string | null {
  return verificationMode === 'certificate' || verificationMode === 'none' ? null : transportServerName(target);
}

/** Proxy mode to `<address>:9300`, the same settings request as the API key model, with the transport's name. */
export function configureCertificateRemoteStep(input: {
  target: ConnectionTarget;
  proxyAddress: string | null;
  options: RemoteConnectionOptions;
  localRemote: ObservedLocalRemote | null;
  exposeStep: PlanStep;
  verificationMode: TransportVerificationMode | null;
}): PlanStep<'configure_remote'> {
  const serverName = transportServerNameFor(input.target, input.verificationMode);
  const { alias } = input.target;
  if (input.localRemote?.hasCredentials) {
    // Keystore credentials put the alias in the API key model, whatever its address: 9300 would refuse it.
    return step(
      'configure_remote',
      'Configure the remote cluster',
      'blocked',
      `${alias} has API key credentials in the nodes' keystores (the API key model). Use the API key flow for it, or remove cluster.remote.${alias}.credentials from every keystore and reload secure settings first.`,
    );
  }
  const result = configureRemoteStep({ ...input, serverName });
  if (input.verificationMode !== null || result.status !== 'ready') return result;
  return {
    ...result,
    warnings: [
      ...result.warnings,
      `The local transport verification mode is unknown (the node APIs withhold it): server_name ${serverName} is set, which works with full and certificate verification.`,
    ],
  };
}
