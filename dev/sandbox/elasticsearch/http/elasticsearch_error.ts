import type { estypes } from '@elastic/elasticsearch';

type Headers = Readonly<Record<string, string | readonly string[]>>;

/**
 * An error Elasticsearch would send as `{error:{root_cause,type,reason,...},status}`. Endpoints and
 * the pipeline throw it; the pipeline turns it into the response.
 */
export class ElasticsearchError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly reason: string,
    readonly details: {
      readonly header?: Headers;
      readonly causedBy?: estypes.ErrorCause;
      /** Extra fields Elasticsearch writes beside the reason, such as `additional_unsuccessful_credentials`. */
      readonly metadata?: Readonly<Record<string, string>>;
    } = {},
  ) {
    super(reason);
    this.name = 'ElasticsearchError';
  }

  get body(): estypes.ErrorResponseBase {
    // One header value is written as a string and several as an array, as `ElasticsearchException` does.
    const header = this.details.header
      ? Object.fromEntries(
          Object.entries(this.details.header).map(([name, values]) => [
            name,
            typeof values === 'string' || values.length !== 1 ? values : values[0],
          ]),
        )
      : undefined;
    const cause: estypes.ErrorCause = {
      type: this.type,
      reason: this.reason,
      ...this.details.metadata,
      ...(header ? { header } : {}),
    };
    const causedBy = this.details.causedBy ? { caused_by: this.details.causedBy } : {};
    return { error: { root_cause: [cause], ...cause, ...causedBy }, status: this.status };
  }

  /** Headers the error also sets on the HTTP response, such as `WWW-Authenticate` on a 401. */
  get responseHeaders(): Headers {
    return this.details.header ?? {};
  }
}

export function illegalArgument(reason: string): ElasticsearchError {
  return new ElasticsearchError(400, 'illegal_argument_exception', reason);
}

export function parseException(reason: string): ElasticsearchError {
  return new ElasticsearchError(400, 'parse_exception', reason);
}

export function securityException(
  status: 401 | 403,
  reason: string,
  challenges: readonly string[] = [],
  additionalUnsuccessfulCredentials?: string,
): ElasticsearchError {
  return new ElasticsearchError(status, 'security_exception', reason, {
    header: challenges.length > 0 ? { 'WWW-Authenticate': challenges } : undefined,
    metadata: additionalUnsuccessfulCredentials
      ? { additional_unsuccessful_credentials: additionalUnsuccessfulCredentials }
      : undefined,
  });
}
