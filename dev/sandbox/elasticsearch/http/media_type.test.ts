import type { ElasticsearchError } from './elasticsearch_error';
import { negotiateCompatibleVersion } from './media_type';

const V9 = 'application/vnd.elasticsearch+json; compatible-with=9';
const V8 = 'application/vnd.elasticsearch+json; compatible-with=8';

function detailOf(call: () => unknown): string | undefined {
  try {
    call();
  } catch (error) {
    return (error as ElasticsearchError).details.causedBy?.reason ?? undefined;
  }
  return undefined;
}

describe('negotiateCompatibleVersion', () => {
  it.each<[string, number, string | undefined, string | undefined, boolean, number | undefined]>([
    ['plain JSON', 9, 'application/json', 'application/json', true, undefined],
    ['a 9.x client on 9.x', 9, `${V9},text/plain`, V9, true, 9],
    ['an 8.x client on 9.x', 9, V8, V8, true, 8],
    ['a 9.x client on 8.x without a body checks Accept only', 9, V9, undefined, false, 9],
  ])('accepts %s', (_name, major, accept, contentType, hasContent, expected) => {
    expect(negotiateCompatibleVersion(major, accept, contentType, hasContent)).toBe(expected);
  });

  it.each<[string, number, string | undefined, string | undefined, boolean, string]>([
    [
      'a 9.x client on an 8.x cluster',
      8,
      `${V9},text/plain`,
      undefined,
      false,
      `Accept version must be either version 8 or 7, but found 9. Accept=${V9}`,
    ],
    [
      'a 9.x body on an 8.x cluster',
      8,
      V8,
      V9,
      true,
      `Content-Type version must be either version 8 or 7, but found 9. Content-Type=${V9}`,
    ],
    [
      'mismatched versions',
      9,
      V9,
      V8,
      true,
      `A compatible version is required on both Content-Type and Accept headers if either one has requested a compatible version and the compatible versions must match. Accept=${V9}, Content-Type=${V8}`,
    ],
    [
      'a versioned body with a plain Accept',
      9,
      'application/json',
      V9,
      true,
      `A compatible version is required on both Content-Type and Accept headers if either one has requested a compatible version. Accept=application/json, Content-Type=${V9}`,
    ],
  ])('refuses %s', (_name, major, accept, contentType, hasContent, detail) => {
    expect(detailOf(() => negotiateCompatibleVersion(major, accept, contentType, hasContent))).toBe(detail);
  });
});
