import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** What build.sh writes to `<bin dir>/versions.json`. */
export interface ControlPlaneBinaries {
  kubeApiserver: string;
  etcd: string;
  kubernetesVersion: string;
  etcdVersion: string;
  /** The baseline of test/bench; absent from a versions.json written before kubectl was built. */
  kubectl?: string;
  kubectlVersion?: string;
}

export const BUILD_COMMAND = 'bash test/k8s-env/build.sh';

/** The same directory build.sh writes to; `||` because the script treats an empty ECK_RC_CACHE as unset. */
export function defaultBinDir(): string {
  const cache = process.env.ECK_RC_CACHE || path.join(os.homedir(), '.cache', 'eck-remote-clusters');
  return path.join(cache, 'bin');
}

/** The version of `module` a wrapper module's go.mod requires. */
function requiredVersion(wrapper: string, module: string): string {
  const goMod = readFileSync(path.join(__dirname, wrapper, 'go.mod'), 'utf8');
  const version = goMod.match(new RegExp(`^\\s*${module.replace(/\./g, '\\.')} (v\\S+)`, 'm'))?.[1];
  if (!version) throw new Error(`test/k8s-env/${wrapper}/go.mod does not require ${module}`);
  return version;
}

/** The versions the wrapper modules pin, so that binaries built from an older go.mod are not used. */
function pinnedVersions(): Pick<ControlPlaneBinaries, 'kubernetesVersion' | 'etcdVersion'> {
  return {
    kubernetesVersion: requiredVersion('kube-apiserver', 'k8s.io/kubernetes'),
    etcdVersion: requiredVersion('etcd', 'go.etcd.io/etcd/server/v3'),
  };
}

export function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The kube-apiserver and etcd that build.sh cached. Missing or outdated binaries are an error that
 * says how to build them: an integration suite never skips itself.
 */
export function findBinaries(binDir = defaultBinDir()): ControlPlaneBinaries {
  const manifest = path.join(binDir, 'versions.json');
  const rebuild = `Build them once (about 8 minutes from a cold cache on 2 cores) with: ${BUILD_COMMAND}`;
  if (!existsSync(manifest)) {
    throw new Error(`No kube-apiserver and etcd have been built: ${manifest} does not exist. ${rebuild}`);
  }
  const built = JSON.parse(readFileSync(manifest, 'utf8')) as ControlPlaneBinaries;
  const pinned = pinnedVersions();
  if (built.kubernetesVersion !== pinned.kubernetesVersion || built.etcdVersion !== pinned.etcdVersion) {
    throw new Error(
      `${manifest} lists Kubernetes ${built.kubernetesVersion} and etcd ${built.etcdVersion}, but test/k8s-env ` +
        `pins Kubernetes ${pinned.kubernetesVersion} and etcd ${pinned.etcdVersion}. ${rebuild}`,
    );
  }
  const missing = [built.kubeApiserver, built.etcd].filter((file) => !isExecutable(file));
  if (missing.length > 0) {
    throw new Error(`${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not an executable file. ${rebuild}`);
  }
  return built;
}

/** The kubectl build.sh cached, at the version its wrapper module pins; an error says how to build it. */
export function findKubectl(binDir = defaultBinDir()): string {
  const built = findBinaries(binDir);
  const pinned = requiredVersion('kubectl', 'k8s.io/kubernetes');
  const rebuild = `Build it once (a few minutes on 2 cores once kube-apiserver is built) with: ${BUILD_COMMAND}`;
  if (!built.kubectl || built.kubectlVersion !== pinned) {
    throw new Error(
      `No kubectl ${pinned} has been built: ${path.join(binDir, 'versions.json')} does not list it. ${rebuild}`,
    );
  }
  if (!isExecutable(built.kubectl)) throw new Error(`${built.kubectl} is not an executable file. ${rebuild}`);
  return built.kubectl;
}
