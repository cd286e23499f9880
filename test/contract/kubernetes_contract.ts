import type { ContractTarget } from './contract_target';
import { eckContract } from './eck_contract';
import { errorsContract } from './errors_contract';
import { patchesContract } from './patches_contract';
import { rbacContract } from './rbac_contract';
import { servicesContract } from './services_contract';
import { watchContract } from './watch_contract';

export type { ContractTarget, ContractUser } from './contract_target';

/**
 * The Kubernetes behaviour the plugin relies on, as one suite that runs against the sandbox and
 * against a real kube-apiserver alike: the same test bodies, through @kubernetes/client-node, so
 * that the sandbox is a fake verified against the real thing. Each test works in a namespace of
 * its own on one server started for the whole suite.
 */
export function describeKubernetesContract(
  name: string,
  start: () => Promise<ContractTarget>,
  options: { startTimeoutMs?: number } = {},
) {
  describe(name, () => {
    let target: ContractTarget | undefined;
    const current = () => {
      if (!target) throw new Error(`${name} did not start`);
      return target;
    };

    beforeAll(async () => {
      target = await start();
    }, options.startTimeoutMs);
    afterAll(() => target?.stop());

    errorsContract(current);
    rbacContract(current);
    patchesContract(current);
    servicesContract(current);
    watchContract(current);
    eckContract(current);
  });
}
