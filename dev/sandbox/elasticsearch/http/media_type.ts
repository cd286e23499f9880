import { ElasticsearchError } from './elasticsearch_error';

const COMPATIBLE_WITH = /compatible-with=(\d+)/;

function compatibleVersion(header: string | undefined): number | undefined {
  const match = header ? COMPATIBLE_WITH.exec(header) : null;
  return match ? Number(match[1]) : undefined;
}

/** The media type part Elasticsearch prints back, without other entries of the header. */
function firstMediaType(header: string | undefined): string {
  return header?.split(',')[0].trim() ?? 'null';
}

/**
 * `RestCompatibleVersionHelper`: a client may ask for the current major's REST API or the one
 * before. This is what stops a 9.x client (which always sends `compatible-with=9`) from talking to
 * an 8.x cluster. Returns the version to answer with, or throws the 400 Elasticsearch sends.
 */
export function negotiateCompatibleVersion(
  serverMajor: number,
  accept: string | undefined,
  contentType: string | undefined,
  hasContent: boolean,
): number | undefined {
  const acceptVersion = compatibleVersion(accept);
  const contentVersion = compatibleVersion(contentType);
  const oldest = serverMajor - 1;
  const fail = (detail: string) =>
    new ElasticsearchError(
      400,
      'media_type_header_exception',
      'Invalid media-type value on headers [Accept, Content-Type]',
      {
        causedBy: { type: 'status_exception', reason: detail },
      },
    );
  const acceptMajor = acceptVersion ?? serverMajor;
  if (acceptMajor > serverMajor || acceptMajor < oldest) {
    throw fail(
      `Accept version must be either version ${serverMajor} or ${oldest}, but found ${acceptMajor}. Accept=${firstMediaType(accept)}`,
    );
  }
  if (hasContent) {
    const contentMajor = contentVersion ?? serverMajor;
    if (contentMajor > serverMajor || contentMajor < oldest) {
      throw fail(
        `Content-Type version must be either version ${serverMajor} or ${oldest}, but found ${contentMajor}. ` +
          `Content-Type=${firstMediaType(contentType)}`,
      );
    }
    const both = `Accept=${firstMediaType(accept)}, Content-Type=${firstMediaType(contentType)}`;
    const required =
      'A compatible version is required on both Content-Type and Accept headers if either one has requested a compatible version';
    if (contentMajor !== acceptMajor) throw fail(`${required} and the compatible versions must match. ${both}`);
    if ((acceptVersion === undefined) !== (contentVersion === undefined)) throw fail(`${required}. ${both}`);
  }
  return acceptVersion;
}

/** Elasticsearch answers in the vendor media type when the client asked for one. */
export function responseContentType(compatibleWith: number | undefined): string {
  return compatibleWith === undefined
    ? 'application/json'
    : `application/vnd.elasticsearch+json;compatible-with=${compatibleWith}`;
}
