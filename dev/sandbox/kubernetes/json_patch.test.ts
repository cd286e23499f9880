import { applyJsonPatch, decodeJsonPatch, JsonPatchDecodeError, JsonPatchError } from './json_patch';

// Each case was checked against kube-apiserver 1.34 (gopkg.in/evanphx/json-patch.v4).
describe('JSON patch as kube-apiserver applies it', () => {
  const document = { data: { a: '1', 'x/y': '2', 'm~n': '3' }, finalizers: ['a', 'b', 'c'] };

  const rest = { 'x/y': '2', 'm~n': '3' };
  it.each([
    ['add a member', [{ op: 'add', path: '/data/b', value: '9' }], { a: '1', b: '9', ...rest }],
    ['replace a member', [{ op: 'replace', path: '/data/a', value: '9' }], { a: '9', ...rest }],
    [
      'replace a missing member, which adds it',
      [{ op: 'replace', path: '/data/new', value: '9' }],
      { a: '1', new: '9', ...rest },
    ],
    ['add without a value, which adds null', [{ op: 'add', path: '/data/b' }], { a: '1', b: null, ...rest }],
    [
      'unescape ~1 and ~0',
      [
        { op: 'remove', path: '/data/x~1y' },
        { op: 'remove', path: '/data/m~0n' },
      ],
      { a: '1' },
    ],
    ['copy', [{ op: 'copy', from: '/data/a', path: '/data/b' }], { a: '1', b: '1', ...rest }],
    ['move', [{ op: 'move', from: '/data/a', path: '/data/b' }], { b: '1', ...rest }],
    ['test an equal value', [{ op: 'test', path: '/data/a', value: '1' }], document.data],
    ['test a missing member against null', [{ op: 'test', path: '/data/missing', value: null }], document.data],
  ])('%s', (_, operations, expectedData) => {
    expect(applyJsonPatch(document, operations).data).toEqual(expectedData);
  });

  it.each([
    ['/finalizers/0', 'add', ['z', 'a', 'b', 'c']],
    ['/finalizers/-', 'add', ['a', 'b', 'c', 'z']],
    ['/finalizers/-1', 'add', ['a', 'b', 'c', 'z']],
    ['/finalizers/3', 'add', ['a', 'b', 'c', 'z']],
    ['/finalizers/-1', 'remove', ['a', 'b']],
    ['/finalizers/1', 'replace', ['a', 'z', 'c']],
  ])('%s %s', (path, op, expected) => {
    expect(applyJsonPatch(document, [{ op, path, value: 'z' }]).finalizers).toEqual(expected);
  });

  it('reads only what follows the first "/" of a path, as json-patch v4 does', () => {
    expect(applyJsonPatch(document, [{ op: 'add', path: 'data/z', value: 1 }])).toMatchObject({ z: 1 });
  });

  it.each([
    [
      'a failed test',
      [
        { op: 'add', path: '/data/b', value: '2' },
        { op: 'test', path: '/data/a', value: 'x' },
      ],
    ],
    ['removing a missing member', [{ op: 'remove', path: '/data/missing' }]],
    ['adding under a missing parent', [{ op: 'add', path: '/nowhere/x', value: 1 }]],
    ['an index past the end', [{ op: 'add', path: '/finalizers/9', value: 'x' }]],
    ['replacing past the end', [{ op: 'replace', path: '/finalizers/3', value: 'x' }]],
    ['an index that is not a number', [{ op: 'remove', path: '/finalizers/first' }]],
    ['an empty path', [{ op: 'add', path: '', value: 1 }]],
    ['an unknown op', [{ op: 'bogus', path: '/data/a' }]],
  ])('fails on %s and leaves the document as it was', (_, operations) => {
    const before = structuredClone(document);
    expect(() => applyJsonPatch(document, operations)).toThrow(JsonPatchError);
    expect(document).toEqual(before);
  });

  it.each([
    [{ op: 'add' }, 'json: cannot unmarshal object into Go value of type []handlers.jsonPatchOp'],
    ['add', 'json: cannot unmarshal string into Go value of type []handlers.jsonPatchOp'],
    [[true], 'json: cannot unmarshal bool into Go value of type handlers.jsonPatchOp'],
  ])('refuses to decode %j', (body, message) => {
    expect(() => decodeJsonPatch(body)).toThrow(new JsonPatchDecodeError(message));
  });
});
