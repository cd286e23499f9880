import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadAllYaml, type V1CustomResourceDefinition } from '@kubernetes/client-node';

/**
 * ECK's CRDs, read at test time from the Go module cache (they are Elastic License 2.0 and never
 * committed here). `go mod download` fetches the module from the Go module proxy the first time.
 */
export const ECK_MODULE = 'github.com/elastic/cloud-on-k8s/v3';

/** Every ECK CRD, with pod templates trimmed to x-kubernetes-preserve-unknown-fields, as ECK releases them. */
const ALL_CRDS = 'config/crds/v1/all-crds.yaml';
const ELASTICSEARCH_CRD = 'elasticsearches.elasticsearch.k8s.elastic.co';

/** The directory of ECK's module at a release ('3.2.0'), downloaded into the Go module cache if needed. */
export function eckModuleDir(version: string): string {
  const module = `${ECK_MODULE}@v${version.replace(/^v/, '')}`;
  let output: string;
  try {
    // Outside any Go module, so that no go.mod of this repository is involved.
    output = execFileSync('go', ['mod', 'download', '-json', module], { cwd: os.tmpdir(), encoding: 'utf8' });
  } catch (error) {
    // go exits non-zero with the reason in the JSON it prints; without go, there is no output at all.
    output = (error as { stdout?: string }).stdout ?? '';
    if (!output) {
      throw new Error(
        `Could not run "go mod download ${module}" (${(error as Error).message}). ECK's CRDs are read from the ` +
          'Go module cache: install Go and allow access to the Go module proxy.',
      );
    }
  }
  const info = JSON.parse(output) as { Dir?: string; Error?: string };
  if (!info.Dir) throw new Error(`go mod download ${module} failed: ${info.Error ?? output}`);
  return info.Dir;
}

const cache = new Map<string, V1CustomResourceDefinition>();

/** The `elasticsearches.elasticsearch.k8s.elastic.co` CRD of an ECK release. */
export function readElasticsearchCrd(version: string): V1CustomResourceDefinition {
  const cached = cache.get(version);
  if (cached) return structuredClone(cached);
  const file = path.join(eckModuleDir(version), ALL_CRDS);
  const crd = (loadAllYaml(readFileSync(file, 'utf8')) as V1CustomResourceDefinition[]).find(
    (document) => document?.metadata?.name === ELASTICSEARCH_CRD,
  );
  if (!crd) throw new Error(`${file} has no ${ELASTICSEARCH_CRD}`);
  cache.set(version, crd);
  return structuredClone(crd);
}
