#!/usr/bin/env bash
# Builds the real kube-apiserver and etcd that the integration tests under test/k8s-env start.
#
# The binaries are built from the Go module proxy through the wrapper modules next to this
# script and cached outside the repository, one file per version:
#   ${ECK_RC_CACHE:-$HOME/.cache/eck-remote-clusters}/bin/kube-apiserver-<version>
#   ${ECK_RC_CACHE:-$HOME/.cache/eck-remote-clusters}/bin/etcd-<version>
#   ${ECK_RC_CACHE:-$HOME/.cache/eck-remote-clusters}/bin/kubectl-<version> (the baseline of test/bench)
# plus bin/versions.json, which start_control_plane.ts reads. A binary already in the cache
# is reused, so changing a version in a go.mod is what triggers a rebuild.
#
# Needs only Go (the toolchain the go.mod files declare, or newer) and the Go module proxy.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache="${ECK_RC_CACHE:-$HOME/.cache/eck-remote-clusters}"
bin_dir="$cache/bin"

# The version of a module as required by a wrapper module's go.mod.
required_version() {
  local module_dir="$1" module="$2"
  awk -v m="$module" '$1 == m { print $2; exit }' "$module_dir/go.mod"
}

# build_tool <wrapper dir> <package> <output> [ldflags...]: builds one binary unless it is cached.
build_tool() {
  local module_dir="$1" package="$2" output="$3" extra_ldflags="${4:-}"
  if [[ -x "$output" ]]; then
    echo "reusing $output"
    return
  fi

  echo "building $package into $output"
  local started=$SECONDS
  (cd "$module_dir" && go mod download)
  echo "  downloaded modules in $((SECONDS - started))s"

  local compile_started=$SECONDS
  # Build next to the target and rename, so an interrupted build never leaves a binary that
  # the next run would reuse.
  local partial="$output.partial.$$"
  trap "rm -f '$partial'" EXIT
  (
    cd "$module_dir" &&
      CGO_ENABLED=0 go build -trimpath -buildvcs=false \
        -ldflags="-s -w $extra_ldflags" -o "$partial" "$package"
  )
  mv "$partial" "$output"
  trap - EXIT
  echo "  compiled in $((SECONDS - compile_started))s ($((SECONDS - started))s in all)"
}

kubernetes_version="$(required_version "$here/kube-apiserver" k8s.io/kubernetes)"
etcd_version="$(required_version "$here/etcd" go.etcd.io/etcd/server/v3)"
if [[ -z "$kubernetes_version" || -z "$etcd_version" ]]; then
  echo "could not read the Kubernetes or etcd version from the go.mod files in $here" >&2
  exit 1
fi

kube_apiserver="$bin_dir/kube-apiserver-$kubernetes_version"
etcd="$bin_dir/etcd-$etcd_version"
kubectl_version="$(required_version "$here/kubectl" k8s.io/kubernetes)"
kubectl="$bin_dir/kubectl-$kubectl_version"
mkdir -p "$bin_dir"
echo "$(go version); cache $bin_dir"

# Without these, /version reports a placeholder; clients such as the ECK operator read it.
kubernetes_minor="${kubernetes_version#v1.}"
kubernetes_minor="${kubernetes_minor%%.*}"
version_pkg=k8s.io/component-base/version
build_tool "$here/kube-apiserver" k8s.io/kubernetes/cmd/kube-apiserver "$kube_apiserver" \
  "-X $version_pkg.gitVersion=$kubernetes_version -X $version_pkg.gitMajor=1 \
-X $version_pkg.gitMinor=$kubernetes_minor -X $version_pkg.gitTreeState=clean"
build_tool "$here/etcd" go.etcd.io/etcd/server/v3 "$etcd"
# The same version stamp: kubectl compares it with the server's and warns when they are far apart.
build_tool "$here/kubectl" k8s.io/kubernetes/cmd/kubectl "$kubectl" \
  "-X $version_pkg.gitVersion=$kubectl_version -X $version_pkg.gitMajor=1 \
-X $version_pkg.gitMinor=$kubernetes_minor -X $version_pkg.gitTreeState=clean"

"$kube_apiserver" --version
"$etcd" --version | sed -n 1p
"$kubectl" version --client

cat >"$bin_dir/versions.json" <<EOF
{
  "kubeApiserver": "$kube_apiserver",
  "etcd": "$etcd",
  "kubernetesVersion": "$kubernetes_version",
  "etcdVersion": "$etcd_version",
  "kubectl": "$kubectl",
  "kubectlVersion": "$kubectl_version"
}
EOF
echo "wrote $bin_dir/versions.json:"
cat "$bin_dir/versions.json"

# The real ECK operators the tests in eck-operator/ run against this control plane.
bash "$here/eck-operator/build.sh"
