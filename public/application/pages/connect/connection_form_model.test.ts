import {
  defaultFormValues,
  formValuesFromQuery,
  formValuesToQuery,
  hasChoicesInQuery,
  splitIndexPatterns,
  validateCertificateForm,
  validateChoices,
  validateConnectionForm,
  withModel,
  type ConnectionFormValues,
} from './connection_form_model';

const CA = '-----BEGIN CERTIFICATE-----\nMIIBpTCCAUqgAwIBAgIQ\n-----END CERTIFICATE-----\n';
const KEY = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBg\n-----END PRIVATE KEY-----\n';

const TARGET = { namespace: 'search-prod', name: 'logs-prod' };
const valid = (overrides: Partial<ConnectionFormValues> = {}): ConnectionFormValues => ({
  ...defaultFormValues('logs-prod'),
  alias: 'logs',
  indexPatterns: 'logs-*',
  ...overrides,
});

describe('connection form model', () => {
  it('turns valid choices into the plan request, with the defaults the server expects', () => {
    expect(validateConnectionForm(TARGET, valid({ indexPatterns: ' logs-*, metrics-* ,', expiration: '90d' }))).toEqual(
      {
        errors: {},
        request: {
          target: { alias: 'logs', namespace: 'search-prod', name: 'logs-prod' },
          choices: {
            exposure: { type: 'LoadBalancer', port: 9443, annotations: {} },
            access: { search: [{ names: ['logs-*', 'metrics-*'] }] },
            expiration: '90d',
            skipUnavailable: true,
            replaceExisting: false,
          },
        },
      },
    );
  });

  it.each([
    [
      { exposure: 'NodePort', nodeAddress: ' 10.0.0.7 ' },
      { type: 'NodePort', nodeAddress: '10.0.0.7' },
    ],
    [
      { exposure: 'address', proxyAddress: 'eck.example.com:443' },
      { type: 'address', proxyAddress: 'eck.example.com:443' },
    ],
    [
      { exposure: 'LoadBalancer', port: '443' },
      { type: 'LoadBalancer', port: 443, annotations: {} },
    ],
  ] as const)('sends the exposure %j as %j', (overrides, exposure) => {
    expect(validateConnectionForm(TARGET, valid(overrides)).request?.choices.exposure).toEqual(exposure);
  });

  it.each([
    [{ alias: '' }, 'alias', 'Enter an alias.'],
    [{ alias: 'logs.prod' }, 'alias', 'Use only letters, digits, _ and -.'],
    [{ alias: 'logs:prod' }, 'alias', 'Use only letters, digits, _ and -.'],
    [{ alias: 'a'.repeat(101) }, 'alias', 'The alias must be at most 100 characters.'],
    [{ port: '' }, 'port', 'Enter a port between 1 and 65535.'],
    [{ port: '1e3' }, 'port', 'Enter a port between 1 and 65535.'],
    [{ port: '70000' }, 'port', 'Enter a port between 1 and 65535.'],
    [{ exposure: 'NodePort', nodeAddress: '' }, 'nodeAddress', 'Enter a host name or an IP address.'],
    [{ exposure: 'address', proxyAddress: 'eck.example.com' }, 'proxyAddress', 'Enter host:port'],
    [{ exposure: 'address', proxyAddress: 'eck:99999' }, 'proxyAddress', 'Enter host:port'],
    [{ indexPatterns: '' }, 'indexPatterns', 'Enter at least one index pattern.'],
    [{ indexPatterns: ' , ' }, 'indexPatterns', 'Enter at least one index pattern.'],
    [{ indexPatterns: 'logs-*, my logs' }, 'indexPatterns', '"my logs" is not an index name or pattern'],
    [{ expiration: '90 days' }, 'expiration', 'Enter a duration such as 90d or 12h.'],
  ] as const)('rejects %j with a message for %s', (overrides, field, message) => {
    const { request, errors } = validateConnectionForm(TARGET, valid(overrides));
    expect(request).toBeUndefined();
    expect(errors[field]).toContain(message);
    expect(Object.keys(errors)).toEqual([field]);
  });

  it('ignores the fields of the exposures not chosen', () => {
    expect(validateConnectionForm(TARGET, valid({ port: 'x', nodeAddress: '', proxyAddress: '' })).errors).toEqual({
      port: 'Enter a port between 1 and 65535.',
    });
    expect(
      validateConnectionForm(TARGET, valid({ exposure: 'NodePort', nodeAddress: 'n1', port: 'x' })).errors,
    ).toEqual({});
  });

  it('says when the address names no valid ECK cluster', () => {
    expect(validateConnectionForm({ namespace: 'Not_Valid', name: 'x' }, valid()).errors).toEqual({
      target: expect.stringContaining('not a valid Kubernetes name'),
    });
  });

  it('round-trips the choices through the query string, and reads a bare link as the defaults', () => {
    const defaults = defaultFormValues('logs-prod');
    const values = valid({ exposure: 'NodePort', nodeAddress: 'node-1', expiration: '30d', skipUnavailable: false });
    const query = formValuesToQuery(values);

    expect(query).toBe(
      '?alias=logs&exposure=NodePort&nodeAddress=node-1&indexPatterns=logs-*&expiration=30d&skipUnavailable=false&replaceExisting=false',
    );
    expect(formValuesFromQuery(query, defaults)).toEqual({ ...values, port: '9443' });
    expect(hasChoicesInQuery(query)).toBe(true);
    expect(formValuesFromQuery('', defaults)).toEqual(defaults);
    expect(hasChoicesInQuery('?unrelated=1')).toBe(false);
    expect(formValuesFromQuery('?exposure=Ingress&replaceExisting=yes', defaults)).toEqual(defaults);
  });

  it('keeps the certificate model and its answers in the query, but never the CA', () => {
    const values = withModel(
      valid({ roleName: 'logs_readers', localTransportTls: 'pkcs12', localVerificationMode: 'full' }),
      'certificate',
    );
    const query = formValuesToQuery(values);

    expect(query).toBe(
      '?model=certificate&alias=logs&exposure=LoadBalancer&port=9300&indexPatterns=logs-*&roleName=logs_readers&localTransportTls=pkcs12&localVerificationMode=full&skipUnavailable=true&replaceExisting=false',
    );
    expect(formValuesFromQuery(query, defaultFormValues('logs-prod'))).toEqual(values);
    expect(formValuesFromQuery('?model=certificate', defaultFormValues('logs-prod'))).toMatchObject({
      model: 'certificate',
      port: '9300',
    });
  });

  it('moves a default port with the model, and keeps a port the admin chose', () => {
    expect(withModel(valid(), 'certificate').port).toBe('9300');
    expect(withModel(withModel(valid(), 'certificate'), 'api_key').port).toBe('9443');
    expect(withModel(valid({ port: '443' }), 'certificate').port).toBe('443');
  });

  it.each([
    [`${CA}${KEY}`, 'This contains a private key'],
    ['MIIBpTCCAUqgAwIBAgIQ', 'Paste a PEM certificate'],
    [`${CA}${'A'.repeat(65536)}`, 'The CA must be at most 64 KiB.'],
  ])('refuses the pasted CA %#, saying why', (localTransportCa, message) => {
    const { request, errors } = validateCertificateForm(TARGET, withModel(valid(), 'certificate'), {
      localTransportCa,
    });
    expect(request).toBeUndefined();
    expect(errors.localTransportCa).toContain(message);
  });

  it('plans the certificate model with only the answers given', () => {
    const values = withModel(valid({ expiration: '90d' }), 'certificate');
    expect(validateChoices(TARGET, values, { localTransportCa: ' ' })).toEqual({
      errors: {},
      submitted: {
        model: 'certificate',
        request: {
          target: { alias: 'logs', namespace: 'search-prod', name: 'logs-prod' },
          choices: {
            exposure: { type: 'LoadBalancer', port: 9300, annotations: {} },
            access: { search: [{ names: ['logs-*'] }] },
            skipUnavailable: true,
            replaceExisting: false,
          },
        },
      },
    });
    expect(validateChoices(TARGET, valid(), { localTransportCa: CA }).submitted?.model).toBe('api_key');
  });

  it('splits comma-separated index patterns, dropping blanks', () => {
    expect(splitIndexPatterns('logs-*,, metrics-* ,')).toEqual(['logs-*', 'metrics-*']);
  });
});
