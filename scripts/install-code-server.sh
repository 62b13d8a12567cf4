#!/usr/bin/env bash
# Installs code-server 4.100.3 (VS Code 1.100.3, the last line that runs on Node 20)
# into .vscode-test/code-server, without any download beyond the npm registry.
# Why each step: CONTRIBUTING.md, "How the real-VS Code tests run". Idempotent.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cache="$root/.vscode-test/code-server"
marker="$cache/.installed-4.100.3"
[ -f "$marker" ] && { echo "code-server: already installed in $cache"; exit 0; }

if ! command -v rg >/dev/null || ! command -v chromium >/dev/null || ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libkrb5-dev ripgrep chromium >/dev/null
  else
    echo "code-server: needs the Debian packages libkrb5-dev ripgrep chromium (run as root or install them)" >&2
    exit 1
  fi
fi

rm -rf "$cache" && mkdir -p "$cache" && cd "$cache"
npm init -y >/dev/null
npm install --no-save --ignore-scripts --no-audit --no-fund code-server@4.100.3
cd node_modules/code-server/lib/vscode
npm install --omit=dev --ignore-scripts --no-audit --no-fund
mkdir -p node_modules/@vscode/ripgrep/bin && cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
npm_config_yes=true npm rebuild
ln -sfn node_modules node_modules.asar
(cd extensions && npm install --omit=dev --no-audit --no-fund)
cd "$cache" && npm rebuild argon2
touch "$marker"
echo "code-server: installed in $cache"
