#!/usr/bin/env bash
# Builds the real ECK operator (elastic-operator), one binary per wrapper module next to this
# script (v3.2/, v3.5/, ...), for the tests in this folder.
#
# Each binary is built from the Go module proxy and cached outside the repository:
#   ${ECK_RC_CACHE:-$HOME/.cache/eck-remote-clusters}/bin/elastic-operator-<version>
# plus bin/eck-operators.json, which start_eck_operator.ts reads. A cached binary is reused, so
# changing the version in a wrapper's go.mod is what triggers a rebuild.
#
# The operator is under the Elastic License 2.0: it is built and run for tests, never committed.
# Its CRDs are not copied either; the tests read them from the Go module cache.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache="${ECK_RC_CACHE:-$HOME/.cache/eck-remote-clusters}"
bin_dir="$cache/bin"
module=github.com/elastic/cloud-on-k8s/v3

# build_operator <wrapper dir> <output> <version>: builds one binary unless it is cached.
build_operator() {
  local wrapper="$1" output="$2" version="$3"
  if [[ -x "$output" ]]; then
    echo "reusing $output"
    return
  fi

  echo "building $module/cmd $version into $output"
  local started=$SECONDS
  (cd "$wrapper" && go mod download)
  echo "  downloaded modules in $((SECONDS - started))s"

  # The same about.* values ECK's Makefile stamps: the operator writes about.version into the
  # controller-version annotation of every resource it manages, so it must be the real one.
  local commit date
  commit="$(cd "$wrapper" && go list -m -f '{{with .Origin}}{{.Hash}}{{end}}' "$module@$version")"
  date="$(cd "$wrapper" && go list -m -f '{{.Time.UTC.Format "2006-01-02T15:04:05Z"}}' "$module")"
  local about="$module/pkg/about"
  local ldflags="-s -w -X $about.version=${version#v} -X $about.buildDate=$date -X $about.buildSnapshot=false"
  # The proxy's .info records the commit only for some versions; otherwise keep ECK's placeholder.
  if [[ -n "$commit" ]]; then ldflags+=" -X $about.buildHash=${commit:0:8}"; fi

  local compile_started=$SECONDS
  # Build next to the target and rename, so an interrupted build never leaves a binary that the
  # next run would reuse. No `release` tag: that would need ECK's go:generate step, and only
  # enterprise licence verification depends on it.
  local partial="$output.partial.$$"
  trap "rm -f '$partial'" EXIT
  (cd "$wrapper" && CGO_ENABLED=0 go build -trimpath -buildvcs=false -ldflags="$ldflags" -o "$partial" "$module/cmd")
  mv "$partial" "$output"
  trap - EXIT
  echo "  compiled in $((SECONDS - compile_started))s ($((SECONDS - started))s in all)"
}

mkdir -p "$bin_dir"
echo "$(go version); cache $bin_dir"

entries=()
for wrapper in "$here"/v*/; do
  wrapper="${wrapper%/}"
  version="$(awk -v m="$module" '$1 == m { print $2; exit } $1 == "require" && $2 == m { print $3; exit }' "$wrapper/go.mod")"
  if [[ -z "$version" ]]; then
    echo "could not read the version of $module from $wrapper/go.mod" >&2
    exit 1
  fi
  output="$bin_dir/elastic-operator-$version"
  build_operator "$wrapper" "$output" "$version"
  "$output" --version
  entries+=("    { \"version\": \"$version\", \"wrapper\": \"$(basename "$wrapper")\", \"binary\": \"$output\" }")
done

manifest="$bin_dir/eck-operators.json"
{
  echo '{'
  echo '  "operators": ['
  (IFS=$'\n'; echo "${entries[*]}" | sed '$!s/$/,/')
  echo '  ]'
  echo '}'
} >"$manifest"
echo "wrote $manifest:"
cat "$manifest"
