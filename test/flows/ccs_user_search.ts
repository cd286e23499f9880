import { Client } from '@elastic/elasticsearch';
import { SEED_PASSWORDS } from '../../dev/sandbox/elasticsearch';

/** The sandbox's cross-cluster search user, on the local cluster: what a connection is made for. */
export const ccsUserClient = (localElasticsearchUrl: string) =>
  new Client({
    node: localElasticsearchUrl,
    auth: { username: 'ccs_user', password: SEED_PASSWORDS.ccs_user },
    maxRetries: 0,
  });

/** One search by the CCS user through the connection, as a dashboard runs it. */
export async function searchAsCcsUser(localElasticsearchUrl: string, index = 'logs:logs-*') {
  const client = ccsUserClient(localElasticsearchUrl);
  try {
    return await client.search({ index, size: 10 });
  } finally {
    await client.close();
  }
}
