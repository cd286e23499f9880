import { ccsUserClient } from './ccs_user_search';

/**
 * The CCS user searching the remote without pause, as dashboards would during a change. With
 * `skip_unavailable: true` a broken remote still answers 200, so a search only counts as
 * successful when the remote cluster took part in it.
 */
export function startContinuousSearches(localElasticsearchUrl: string, index = 'logs:logs-*') {
  const client = ccsUserClient(localElasticsearchUrl);
  const failures: string[] = [];
  let searches = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      searches++;
      try {
        const result = await client.search({ index, size: 1 });
        if (result._clusters?.successful !== 1 || result.hits.hits.length === 0) {
          failures.push(`search ${searches}: ${JSON.stringify(result._clusters)}`);
        }
      } catch (error) {
        failures.push(`search ${searches}: ${(error as Error).message}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  /** Resolves once `count` more searches have been answered: proof the searches spanned a change. */
  const more = async (count: number) => {
    const target = searches + count;
    while (running && searches < target) await new Promise((resolve) => setTimeout(resolve, 5));
  };
  return {
    failures,
    more,
    get searches() {
      return searches;
    },
    async stop() {
      running = false;
      await loop;
      await client.close();
    },
  };
}
