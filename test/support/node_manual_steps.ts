import type { PlanStep } from '../../common/plan/plan_types';
import { createNodeActions } from '../../dev/sandbox/nodes';
import type { SandboxWorld } from '../../dev/sandbox/world';

/**
 * The plan's manual steps carried out on the sandbox's nodes exactly as the plan writes them, as
 * an admin with a shell on each node would.
 */
export function nodeManualSteps(world: SandboxWorld) {
  const nodes = createNodeActions(world.localElasticsearch);
  return {
    /** The keystore command of `add_credentials_to_keystore`, fed the key on stdin; returns each exit code. */
    addCredentials(step: PlanStep, encodedKey: string): number[] {
      const [command] = step.instructions!.commands;
      const consumer = command.split(' | ')[1];
      return step.instructions!.pendingNodes.map((node) => nodes.exec(node, consumer.split(' '), encodedKey).exitCode);
    },
    /** The CA file and elasticsearch.yml lines of `trust_ca_on_local_nodes`, then a rolling restart. */
    trustCa(step: PlanStep): void {
      for (const node of step.instructions!.pendingNodes) {
        for (const file of step.instructions!.files)
          nodes.placeFile(node, file.path.replace(/^config\//, ''), file.content);
        nodes.editYaml(node, { append: step.instructions!.settings.join('\n') });
      }
      nodes.rollingRestart();
    },
  };
}
