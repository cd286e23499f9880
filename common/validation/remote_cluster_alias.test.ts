import { remoteClusterAliasSchema } from './remote_cluster_alias';
import { kubernetesNameSchema, kubernetesNamespaceSchema } from './kubernetes_names';

describe('field validation', () => {
  it.each([
    ['logs-prod', true],
    ['eck_logs_2', true],
    ['', false],
    ['logs:prod', false],
    ['logs.prod', false],
    ['logs prod', false],
    ['x'.repeat(101), false],
    ['"; DROP', false],
  ])('alias %j valid: %s', (alias, valid) => {
    expect(remoteClusterAliasSchema.safeParse(alias).success).toBe(valid);
  });

  it.each([
    ['search-prod', true],
    ['Search', false],
    ['-a', false],
    ['a'.repeat(64), false],
    ['../etc', false],
  ])('namespace %j valid: %s', (namespace, valid) => {
    expect(kubernetesNamespaceSchema.safeParse(namespace).success).toBe(valid);
  });

  it.each([
    ['logs.prod-1', true],
    ['Logs', false],
    ['a'.repeat(254), false],
    ['logs/../x', false],
  ])('object name %j valid: %s', (name, valid) => {
    expect(kubernetesNameSchema.safeParse(name).success).toBe(valid);
  });
});
