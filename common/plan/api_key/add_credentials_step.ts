import { consoleRequest } from '../elasticsearch_commands';
import type { ObservedLocalRemote } from '../observation';
import type { PlannedChange, PlanStep } from '../plan_types';
import { blockedBy, step } from '../step_helpers';
import { migrationKeystoreNote, type CredentialsOrder } from './certificate_migration';

const TITLE = "Add the key to every local node's keystore";

export const credentialsSetting = (alias: string) => `cluster.remote.${alias}.credentials`;

/** Loads keystore changes on every node without a restart; the connections of changed aliases are rebuilt. */
export const reloadSecureSettingsChange: PlannedChange = {
  kind: 'elasticsearch_request',
  cluster: 'local',
  method: 'POST',
  path: '/_nodes/reload_secure_settings',
  command: consoleRequest('POST', '/_nodes/reload_secure_settings'),
};

/**
 * Kibana cannot write a node's keystore: the admin runs the command on every node, then the plugin
 * reloads secure settings. `_remote/info` shows `cluster_credentials` for the alias once a node
 * has loaded them, which can only be seen after the remote is configured.
 */
export function addCredentialsStep(input: {
  alias: string;
  nodes: string[];
  localRemote: ObservedLocalRemote | null;
  keyStep: PlanStep;
  /** `reload_with_switch` migrates a certificate-model alias: see `credentialsOrder`. */
  order?: CredentialsOrder['order'];
  /** The CA step, whose rolling restart must come before the key is in a keystore when migrating. */
  trustStep?: PlanStep;
}): PlanStep<'add_credentials_to_keystore'> {
  const id = 'add_credentials_to_keystore' as const;
  if (input.keyStep.status !== 'done') return blockedBy(id, TITLE, input.keyStep);
  const migrating = input.order === 'reload_with_switch' && !input.localRemote?.hasCredentials;
  if (migrating && input.trustStep && input.trustStep.status !== 'done') {
    return step(
      id,
      TITLE,
      'blocked',
      `Waits for the step "${input.trustStep.title}": its restart would load a key added before it and take ${input.alias} out of the certificate model too early.`,
    );
  }
  if (input.localRemote?.hasCredentials) {
    return step(id, TITLE, 'done', `The local cluster has credentials for ${input.alias}.`, {
      evidence: [
        {
          subject: `_remote/info ${input.alias}.cluster_credentials`,
          value: '::es_redacted::',
          source: 'local_elasticsearch',
        },
      ],
    });
  }
  const setting = credentialsSetting(input.alias);
  const reason = migrating
    ? `Add ${setting} to the keystore of every node, without reloading: the step "Configure the remote cluster" loads it.`
    : `Add ${setting} to the keystore of every node, then reload secure settings.`;
  return step(id, TITLE, 'manual', reason, {
    // Migrating, the reload belongs to the switch: on its own it would break the certificate-model alias.
    changes: migrating ? [] : [reloadSecureSettingsChange],
    ...(migrating ? { warnings: [migrationKeystoreNote(input.alias)] } : {}),
    instructions: {
      commands: [`printf '%s' "$ENCODED_KEY" | bin/elasticsearch-keystore add -x ${setting}`],
      files: [],
      settings: [],
      pendingNodes: input.nodes,
      runOn: 'every_local_node',
      notes: [
        'Run the command on every node, from its Elasticsearch home, with ENCODED_KEY set to the key shown when it was created.',
        `The alias in the setting must be exactly ${input.alias}: a key under another alias leaves ${input.alias} in the certificate model.`,
        migrating
          ? migrationKeystoreNote(input.alias)
          : input.localRemote
            ? 'Then reload secure settings; the connection is rebuilt without a restart.'
            : 'Then reload secure settings. The plugin can check the credentials once the remote is configured.',
      ],
    },
  });
}
