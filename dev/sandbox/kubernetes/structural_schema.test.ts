import { elasticsearchSchema } from './eck_elasticsearch_schema';
import { applyDefaults, prune, validate, type StructuralSchema } from './structural_schema';

const schema: StructuralSchema = {
  type: 'object',
  required: ['name'],
  properties: {
    name: { type: 'string', maxLength: 5, pattern: '[a-z]+' },
    mode: { type: 'string', enum: ['a', 'b'] },
    count: { type: 'integer' },
    port: { type: 'intOrString' },
    labels: { type: 'object', additionalProperties: { type: 'string' } },
    config: { type: 'object', preserveUnknownFields: true },
    ports: {
      type: 'array',
      minItems: 1,
      listMapKeys: ['port', 'protocol'],
      items: {
        type: 'object',
        properties: { port: { type: 'integer' }, protocol: { type: 'string', default: 'TCP' } },
      },
    },
  },
};

describe('structural schema', () => {
  it('prunes unknown fields, listing them sorted, keeps preserved ones and drops nulls silently', () => {
    const value = {
      name: 'a',
      zeta: 1,
      alpha: { x: 1 },
      config: { any: { thing: null } },
      count: null,
      ports: [{ port: 1, extra: true }],
    };
    expect(prune(schema, value)).toEqual({
      value: { name: 'a', config: { any: { thing: null } }, ports: [{ port: 1 }] },
      unknownFields: ['alpha', 'ports[0].extra', 'zeta'],
    });
  });

  it('fills defaults of absent fields', () => {
    expect(applyDefaults(schema, { name: 'a', ports: [{ port: 1 }, { port: 2, protocol: 'UDP' }] })).toEqual({
      name: 'a',
      ports: [
        { port: 1, protocol: 'TCP' },
        { port: 2, protocol: 'UDP' },
      ],
    });
  });

  it.each([
    [{ name: 'a', count: 1.5 }, 'count: Invalid value: "number": count in body must be of type integer: "number"'],
    [{ name: 'a', count: '1' }, 'count: Invalid value: "string": count in body must be of type integer: "string"'],
    [
      { name: 'a', port: true },
      'port: Invalid value: "boolean": port in body must be of type integer,string: "boolean"',
    ],
    [
      { name: 'a', labels: { x: 1 } },
      'labels.x: Invalid value: "integer": labels.x in body must be of type string: "integer"',
    ],
    [{}, 'name: Required value'],
    [{ name: 'abcdef' }, 'name: Too long: may not be more than 5 bytes'],
    [{ name: '123' }, `name: Invalid value: "123": name in body should match '[a-z]+'`],
    [{ name: 'a', mode: 'c' }, 'mode: Unsupported value: "c": supported values: "a", "b"'],
    [{ name: 'a', ports: [] }, 'ports: Invalid value: 0: ports in body should have at least 1 items'],
    [
      {
        name: 'a',
        ports: [
          { port: 1, protocol: 'TCP' },
          { port: 1, protocol: 'TCP' },
        ],
      },
      'ports[1]: Duplicate value: {"port":1,"protocol":"TCP"}',
    ],
  ])('rejects %j', (value, message) => {
    expect(validate(schema, value, '').map((error) => `${error.field}: ${error.message}`)).toEqual([message]);
  });
});

describe("ECK's Elasticsearch schema", () => {
  const spec = {
    version: '9.1.0',
    nodeSets: [{ name: 'default', count: 3, config: { 'node.roles': ['master'] }, podTemplate: { spec: { x: 1 } } }],
    remoteClusterServer: { enabled: true, service: { spec: { type: 'LoadBalancer' } } },
    transport: {
      tls: { subjectAltNames: [{ dns: 'rcs.example.com' }], certificateAuthorities: { configMapName: 'ca' } },
    },
  };

  it.each([
    ['3.2.0', ['spec.remoteClusterServer.service'], { enabled: true }],
    ['3.3.0', [], { enabled: true, service: { spec: { type: 'LoadBalancer' } } }],
    ['3.4.0', [], { enabled: true, service: { spec: { type: 'LoadBalancer' } } }],
  ])('under the %s CRD prunes %j', (version, unknownFields, remoteClusterServer) => {
    const pruned = prune(elasticsearchSchema(version), { spec });
    expect(pruned.unknownFields).toEqual(unknownFields);
    expect(pruned.value).toEqual({ spec: { ...spec, remoteClusterServer } });
  });
});
