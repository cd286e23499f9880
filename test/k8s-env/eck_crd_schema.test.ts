import { elasticsearchSchema } from '../../dev/sandbox/kubernetes/eck_elasticsearch_schema';
import type { StructuralSchema } from '../../dev/sandbox/kubernetes/structural_schema';
import { readElasticsearchCrd } from './eck_crds';

// go mod download may fetch ECK's module from the Go module proxy the first time.
jest.setTimeout(120_000);

type SchemaNode = Record<string, unknown>;

/** A JSON schema field, whether client-node deserialized it (x_kubernetes_…, _default) or left it raw. */
const field = (node: SchemaNode, name: string) =>
  node[name] ?? node[name.replace(/-/g, '_')] ?? node[`_${name}`] ?? undefined;

/** One line per field: path, type and the keywords pruning, defaulting and validation read. */
function describeCrdSchema(node: SchemaNode, path: string, lines: string[]) {
  const intOrString = field(node, 'x-kubernetes-int-or-string') || (node.anyOf as unknown[] | undefined)?.length === 2;
  lines.push(
    [
      `${path}:`,
      intOrString ? 'intOrString' : node.type,
      field(node, 'x-kubernetes-preserve-unknown-fields') ? 'preserve' : '',
      field(node, 'default') !== undefined ? `default=${field(node, 'default')}` : '',
      node.required ? `required=${[...(node.required as string[])].sort()}` : '',
      ...['minItems', 'minLength', 'maxLength', 'pattern', 'enum', 'x-kubernetes-list-map-keys'].map((keyword) =>
        field(node, keyword) !== undefined ? `${keyword}=${field(node, keyword)}` : '',
      ),
    ]
      .filter(Boolean)
      .join(' '),
  );
  for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, SchemaNode>)) {
    describeCrdSchema(child, `${path}.${key}`, lines);
  }
  if (node.items) describeCrdSchema(node.items as SchemaNode, `${path}[]`, lines);
  if (node.additionalProperties && typeof node.additionalProperties === 'object') {
    describeCrdSchema(node.additionalProperties as SchemaNode, `${path}{}`, lines);
  }
}

function describeSandboxSchema(node: StructuralSchema, path: string, lines: string[]) {
  const keywords = node as Record<string, unknown>;
  lines.push(
    [
      `${path}:`,
      node.type,
      keywords.preserveUnknownFields ? 'preserve' : '',
      keywords.default !== undefined ? `default=${keywords.default}` : '',
      keywords.required ? `required=${[...(keywords.required as string[])].sort()}` : '',
      ...['minItems', 'minLength', 'maxLength', 'pattern', 'enum'].map((keyword) =>
        keywords[keyword] !== undefined ? `${keyword}=${keywords[keyword]}` : '',
      ),
      keywords.listMapKeys ? `x-kubernetes-list-map-keys=${keywords.listMapKeys}` : '',
    ]
      .filter(Boolean)
      .join(' '),
  );
  if (node.type === 'object') {
    for (const [key, child] of Object.entries(node.properties ?? {}))
      describeSandboxSchema(child, `${path}.${key}`, lines);
    if (node.additionalProperties) describeSandboxSchema(node.additionalProperties, `${path}{}`, lines);
  }
  if (node.type === 'array') describeSandboxSchema(node.items, `${path}[]`, lines);
}

describe("the sandbox's ECK Elasticsearch schema, against ECK's own CRD from the Go module cache", () => {
  it.each(['3.2.0', '3.4.0', '3.5.0'])('has exactly the fields and keywords of ECK %s', (version) => {
    const crd = readElasticsearchCrd(version);
    const served = crd.spec.versions.find((candidate) => candidate.name === 'v1')!;
    const root = structuredClone(served.schema!.openAPIV3Schema) as unknown as SchemaNode;
    // metadata is ObjectMeta for every kind: the sandbox handles it apart from the schema.
    delete (root.properties as SchemaNode).metadata;
    const fromCrd: string[] = [];
    describeCrdSchema(root, '', fromCrd);
    const fromSandbox: string[] = [];
    describeSandboxSchema(elasticsearchSchema(version), '', fromSandbox);
    expect(fromSandbox).toEqual(fromCrd);
    expect(served.subresources?.status).toBeDefined();
  });
});
