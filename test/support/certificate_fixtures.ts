import * as x509 from '@peculiar/x509';
import {
  createCertificateAuthority,
  generateKeys,
  serialNumber,
  SIGNING_ALGORITHM,
} from '../../dev/sandbox/tls/certificate_authority';
import type { NodeActions } from '../../dev/sandbox/nodes';
import type { ManualInstructions } from '../../common/plan/plan_types';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A CA certificate that expired yesterday. */
export async function expiredCa(subject = 'CN=Expired transport CA'): Promise<{ certificatePem: string }> {
  const keys = await generateKeys();
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serialNumber(),
    name: subject,
    notBefore: new Date(Date.now() - 400 * DAY_MS),
    notAfter: new Date(Date.now() - DAY_MS),
    keys,
    signingAlgorithm: SIGNING_ALGORITHM,
    extensions: [new x509.BasicConstraintsExtension(true, undefined, true)],
  });
  return { certificatePem: certificate.toString('pem') };
}

/** A node's certificate: not a CA. */
export async function leafCertificate(): Promise<string> {
  const ca = await createCertificateAuthority('CN=Some CA');
  return (await ca.issue('CN=es-node', { dns: ['es-node'] })).certificatePem;
}

/**
 * Carries out a manual step on one node exactly as the plan writes it: the files under the config
 * directory, and each elasticsearch.yml line replacing the line of the same setting (or appended).
 */
export function followOnNode(nodes: NodeActions, node: string, instructions: ManualInstructions) {
  for (const file of instructions.files) nodes.placeFile(node, file.path.replace(/^config\//, ''), file.content);
  let yml = nodes.readYaml(node);
  for (const line of instructions.settings) {
    const key = line.slice(0, line.indexOf(':'));
    const pattern = new RegExp(`^${key.replace(/\./g, '\\.')}:.*$`, 'm');
    yml = pattern.test(yml) ? yml.replace(pattern, line) : `${yml.replace(/\n?$/, '\n')}${line}\n`;
  }
  nodes.editYaml(node, { text: yml });
}

/** The certificate model's request for logs-prod as `logs`, with the local transport CA of the sandbox. */
export function certificateRequest(localTransportCa: string, roleName = 'logs_readers') {
  return {
    target: { alias: 'logs', namespace: 'search-prod', name: 'logs-prod' },
    choices: {
      exposure: { type: 'LoadBalancer', port: 9300, annotations: {} },
      localTransportCa,
      roleName,
      access: { search: [{ names: ['logs-*'] }] },
      skipUnavailable: true,
      replaceExisting: false,
    },
  };
}
