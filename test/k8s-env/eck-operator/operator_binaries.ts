import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { defaultBinDir, isExecutable } from '../binaries';
import { ECK_MODULE } from '../eck_crds';

/** One operator that build.sh built, as listed in `<bin dir>/eck-operators.json`. */
export interface EckOperatorBinary {
  /** The module version, `v3.2.0`. */
  version: string;
  /** The wrapper module's folder beside this file, `v3.2`. */
  wrapper: string;
  binary: string;
}

export const BUILD_COMMAND = 'bash test/k8s-env/eck-operator/build.sh';

/** The wrapper modules' folders and the operator version each go.mod pins. */
export function pinnedOperators(): Array<Pick<EckOperatorBinary, 'version' | 'wrapper'>> {
  return readdirSync(__dirname, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(__dirname, entry.name, 'go.mod')))
    .map(({ name: wrapper }) => {
      const goMod = readFileSync(path.join(__dirname, wrapper, 'go.mod'), 'utf8');
      const version = goMod.match(/^(?:require)?\s+github\.com\/elastic\/cloud-on-k8s\/v3 (v\S+)/m)?.[1];
      if (!version) throw new Error(`test/k8s-env/eck-operator/${wrapper}/go.mod does not require ${ECK_MODULE}`);
      return { version, wrapper };
    });
}

/**
 * Every operator the wrapper modules pin, as build.sh cached it. A missing or outdated binary is an
 * error that says how to build it: an integration suite never skips itself.
 */
export function findOperators(binDir = defaultBinDir()): EckOperatorBinary[] {
  const manifest = path.join(binDir, 'eck-operators.json');
  const rebuild = `Build them once (several minutes each from a cold cache on 2 cores) with: ${BUILD_COMMAND}`;
  const built: EckOperatorBinary[] = existsSync(manifest)
    ? (JSON.parse(readFileSync(manifest, 'utf8')) as { operators: EckOperatorBinary[] }).operators
    : [];
  return pinnedOperators().map(({ version, wrapper }) => {
    const operator = built.find((candidate) => candidate.version === version);
    if (!operator) {
      throw new Error(`No ECK operator ${version} has been built: ${manifest} does not list it. ${rebuild}`);
    }
    if (!isExecutable(operator.binary)) throw new Error(`${operator.binary} is not an executable file. ${rebuild}`);
    return { ...operator, wrapper };
  });
}
