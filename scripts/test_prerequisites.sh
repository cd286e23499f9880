#!/usr/bin/env bash
# What `npm test` needs beyond npm packages, installed or built once and then reused:
# Debian's Chromium for the browser suite, and kube-apiserver, etcd and the ECK operators built
# from the Go module proxy (cached by version in ~/.cache/eck-remote-clusters).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test prerequisites: installing Debian's chromium (the browser suite drives it; no browser is downloaded)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "test prerequisites: Chromium is missing. Install Debian's chromium package (sudo apt-get install chromium)." >&2
    exit 1
  fi
fi

if ! command -v go >/dev/null 2>&1; then
  echo "test prerequisites: Go is missing; it builds kube-apiserver, etcd and the ECK operators for the integration suites." >&2
  exit 1
fi
bash test/k8s-env/build.sh
