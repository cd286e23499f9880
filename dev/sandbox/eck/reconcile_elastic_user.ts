import { randomInt } from 'node:crypto';
import type { IssuedCertificate } from '../tls/certificate_authority';
import { applyObject } from './apply_objects';
import { startClusterElasticsearch, syncElasticPassword } from './cluster_elasticsearch';
import { elasticUserSecret, secretNames, secretValue } from './desired_secrets';
import { KUBE } from './kube_types';
import { recordChange, type ReconcileContext } from './reconcile_context';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** 24 random alphanumerics, like ECK's generated passwords. */
function randomPassword(): string {
  return Array.from({ length: 24 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

/** The `elastic` password: kept from `<es>-es-elastic-user` when it exists, generated otherwise. */
export function reconcileElasticUser(context: ReconcileContext): string {
  const { store } = context.env;
  const { namespace, name } = context.es.metadata;
  const current = store.get(KUBE.secrets, namespace, secretNames(name).elasticUser);
  const password = secretValue(current, 'elastic') || randomPassword();
  recordChange(context, applyObject(store, KUBE.secrets, elasticUserSecret(context.es, password)));
  return password;
}

/** Starts the cluster's Elasticsearch once its password and HTTP certificate exist. */
export async function reconcileElasticsearchServer(
  context: ReconcileContext,
  password: string,
  http: { certificate: IssuedCertificate; caPem: string },
): Promise<void> {
  const { runtime, es } = context;
  if (runtime.elasticsearch) {
    if (syncElasticPassword(runtime.elasticsearch, password)) recordChange(context, `updated the elastic password`);
    return;
  }
  const options = context.env.elasticsearchFor(es.metadata.namespace, es.metadata.name);
  runtime.elasticsearch = await startClusterElasticsearch(es, password, http, options);
  recordChange(context, `started Elasticsearch at ${runtime.elasticsearch.url}`);
}
