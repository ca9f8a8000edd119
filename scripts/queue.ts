/**
 * `npm run test:queue`: the package in n8n's queue mode, for real. Redis and PostgreSQL from Debian's packages
 * (installed when missing), a main n8n and two workers of the cached n8n 2.x runtime (`EXECUTIONS_MODE=queue`), this
 * package installed as a community package. It runs every example through the workers (manual runs, which n8n 2.x
 * hands to the workers), the trigger examples (n8n's main instance polls and takes the webhooks, the workers
 * execute), and a bulk workload: three webhook-started executions of QUEUE_BULK_ITEMS items at once for one Bird and
 * one Mapp Engage account, first with the shared ceiling and then, with new workers, without it. Then it stops
 * everything it started. Exits non-zero when anything fails.
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { createSandbox, type LoggedRequest, type Sandbox, type SandboxCredential } from '../sandbox';
import { BIRD_CHANNELS } from '../sandbox/providers/bird';
import { prepareExample } from './exampleData';
import { buildAndPack, ensureRuntime, log, N8nInstance, PACKAGE_NAME, readWorkflows, ROOT, sandboxCredentialId, waitForN8n, type N8nWorkflow } from './n8n';
import { ensureDebianPackages, startPostgres, startRedis, stopChild, type PostgresService, type RedisService } from './services';
import { freePort, isTriggerWorkflow, RestClient, runTriggerScenarios, triggerServerEnv } from './triggers';

const WORKERS = 2;
const BULK_EXECUTIONS = 3;
const BULK_ITEMS = Number(process.env.QUEUE_BULK_ITEMS ?? 1000);
/**
 * The accounts' Requests per Second. Mapp Engage: its documented 10 calls per second. Bird: 100 writes per second, a
 * credential set below Bird's documented 500, because two workers on a 2-core machine send 350-560 a second at most:
 * below a 500 ceiling neither its use (≥ 90 %) nor the overshoot without the shared ceiling could show.
 */
const BIRD_CEILING = 100;
const MAPP_CEILING = 10;
/** The share of the ceiling the bulk run must use. */
const MIN_USE = 0.9;

const SHARED_CEILING_SWITCH = 'N8N_MESSAGING_SUITE_SHARED_CEILING';

function queueEnv(redis: RedisService, postgres: PostgresService): NodeJS.ProcessEnv {
	return {
		EXECUTIONS_MODE: 'queue',
		OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
		QUEUE_BULL_REDIS_HOST: '127.0.0.1',
		QUEUE_BULL_REDIS_PORT: String(redis.port),
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: '127.0.0.1',
		DB_POSTGRESDB_PORT: String(postgres.port),
		DB_POSTGRESDB_DATABASE: postgres.database,
		DB_POSTGRESDB_USER: postgres.user,
		DB_POSTGRESDB_PASSWORD: '',
	};
}

// ------------------------------------------------------------------------------------------------ processes

async function startWorkers(n8n: N8nInstance, env: NodeJS.ProcessEnv, round: string, concurrency?: number): Promise<{ workers: ChildProcess[]; logs: string[] }> {
	const workers: ChildProcess[] = [];
	const logs: string[] = [];
	const health: number[] = [];
	for (let index = 0; index < WORKERS; index++) {
		const healthPort = await freePort();
		const logFile = path.join(n8n.userFolder, `worker-${round}-${index + 1}.log`);
		workers.push(
			n8n.worker(
				logFile,
				{
					...env,
					N8N_RUNNERS_BROKER_PORT: String(await freePort()),
					QUEUE_HEALTH_CHECK_ACTIVE: 'true',
					QUEUE_HEALTH_CHECK_PORT: String(healthPort),
				},
				concurrency,
			),
		);
		logs.push(logFile);
		health.push(healthPort);
	}
	for (const port of health) await waitForOk(`http://127.0.0.1:${port}/healthz/readiness`, 'an n8n worker');
	return { workers, logs };
}

async function waitForOk(url: string, what: string): Promise<void> {
	for (let attempt = 0; attempt < 240; attempt++) {
		if (await fetch(url).then((response) => response.ok).catch(() => false)) return;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	throw new Error(`${what} was not ready within 2 minutes (${url})`);
}

// ------------------------------------------------------------------------------------------------ examples

/** Runs a workflow as the editor's "Execute Workflow" does; n8n hands it to a worker. Gives the problem, if any. */
async function runThroughWorkers(rest: RestClient, workflow: N8nWorkflow): Promise<{ executionId?: string; problem?: string }> {
	const trigger = workflow.nodes.find((node) => node.type === 'n8n-nodes-base.manualTrigger');
	if (!trigger) return { problem: 'no Manual Trigger node' };
	const started = await rest.request('POST', `/rest/workflows/${workflow.id}/run`, { triggerToStartFrom: { name: trigger.name } });
	const executionId = (started.json.data as { executionId?: string } | undefined)?.executionId;
	if (started.status !== 200 || !executionId) return { problem: `run answered ${started.status}: ${JSON.stringify(started.json).slice(0, 300)}` };
	const status = await finishedStatus(rest, executionId, 120_000);
	return { executionId, problem: status === 'success' ? undefined : `execution ${executionId} ended ${status}` };
}

const UNFINISHED = new Set(['new', 'running', 'waiting', 'unknown']);

async function finishedStatus(rest: RestClient, executionId: string, timeoutMs: number): Promise<string> {
	const until = Date.now() + timeoutMs;
	for (;;) {
		const { json } = await rest.request('GET', `/rest/executions/${executionId}`);
		const status = String((json.data as { status?: string } | undefined)?.status ?? 'unknown');
		if (!UNFINISHED.has(status) || Date.now() > until) return status;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
}

/** Which worker ran each execution, from the workers' logs ("Worker started execution 12 (job 7)"). */
function executionsPerWorker(logs: string[]): number[] {
	return logs.map((file) => new Set(readFileSync(file, 'utf8').match(/started execution \d+/gi) ?? []).size);
}

async function runExamples(rest: RestClient, sandbox: Sandbox, workflows: N8nWorkflow[]): Promise<number> {
	let failures = 0;
	for (const workflow of workflows.filter((candidate) => !isTriggerWorkflow(candidate))) {
		sandbox.reset();
		prepareExample(workflow.id, sandbox);
		const { problem } = await runThroughWorkers(rest, workflow);
		if (problem) failures++;
		process.stdout.write(`${problem ? 'FAIL' : 'PASS'}  ${workflow.name}  (${workflow.id}, through a worker)${problem ? `\n      ✗ ${problem}` : ''}\n`);
	}
	sandbox.reset();
	for (const [workflow, problems] of await runTriggerScenarios(rest, sandbox, workflows.filter(isTriggerWorkflow))) {
		if (problems.length > 0) failures++;
		process.stdout.write(`${problems.length === 0 ? 'PASS' : 'FAIL'}  ${workflow.name}  (${workflow.id}, activated)${problems.map((problem) => `\n      ✗ ${problem}`).join('')}\n`);
	}
	return failures;
}

// ------------------------------------------------------------------------------------------------ bulk workload

interface BulkCase {
	provider: 'bird' | 'mapp';
	label: string;
	ceiling: number;
	workflow: N8nWorkflow;
	/** The rows of one execution; each carries its marker. */
	rows(run: string, items: number): Array<Record<string, string>>;
	/** The marker of an item in a request the sandbox saw, when the request is one of this case's sends. */
	marker(request: LoggedRequest): string | undefined;
}

function bulkWorkflow(id: string, target: Record<string, unknown>): N8nWorkflow {
	const nodes = [
		{ name: 'Bulk request', type: 'n8n-nodes-base.webhook', typeVersion: 2, webhookId: `${id}-hook`, parameters: { httpMethod: 'POST', path: id, responseMode: 'onReceived', options: {} } },
		{ name: 'One item per row', type: 'n8n-nodes-base.splitOut', typeVersion: 1, parameters: { fieldToSplitOut: 'body.rows', include: 'noOtherFields', options: {} } },
		{ name: 'Send', typeVersion: 1, ...target },
	].map((node, index) => ({ id: `${id}-${index}`, position: [index * 220, 0], ...node })) as N8nWorkflow['nodes'];
	const link = (to: string) => ({ main: [[{ node: to, type: 'main', index: 0 }]] });
	return { id, name: `queue: ${id}`, nodes, connections: { 'Bulk request': link('One item per row'), 'One item per row': link('Send') }, settings: { executionOrder: 'v1' }, active: false };
}

const birdCase: BulkCase = {
	provider: 'bird',
	label: `Bird Message > Send (ceiling ${BIRD_CEILING} POST/s)`,
	ceiling: BIRD_CEILING,
	workflow: bulkWorkflow('queue-bulk-bird', {
		type: `${PACKAGE_NAME}.birdChannels`,
		credentials: { birdChannelsApi: { id: 'queueBird', name: 'queueBird' } },
		parameters: {
			resource: 'message',
			operation: 'send',
			channel: { __rl: true, mode: 'id', value: BIRD_CHANNELS.sms.id },
			receivers: { receiver: [{ identifyBy: 'identifier', identifierKey: 'phonenumber', identifierValue: '={{ $json.phone }}' }] },
			content: 'text',
			text: '=Queue item {{ $json.marker }}',
		},
	}),
	rows: (run, items) => Array.from({ length: items }, (_, index) => ({ marker: `${run}-${index}`, phone: `+3161${String(index).padStart(7, '0')}` })),
	marker: (request) => (request.provider === 'bird' && request.method === 'POST' && /\/messages$/.test(request.path) ? /Queue item ([\w-]+)/.exec(request.body)?.[1] : undefined),
};

const mappCase: BulkCase = {
	provider: 'mapp',
	label: `Mapp Engage Contact > Create (ceiling ${MAPP_CEILING}/s)`,
	ceiling: MAPP_CEILING,
	workflow: bulkWorkflow('queue-bulk-mapp', {
		type: `${PACKAGE_NAME}.mappEngage`,
		credentials: { mappEngageApi: { id: 'queueMapp', name: 'queueMapp' } },
		parameters: { api: 'rest', resource: 'contact', operation: 'create', identifierType: 'EMAIL', identifierValue: '={{ $json.email }}' },
	}),
	rows: (run, items) => Array.from({ length: items }, (_, index) => ({ email: `queue-${run}-${index}@example.com` })),
	marker: (request) => (request.provider === 'mapp' && /contact\/create/.test(request.path) ? /queue-([\w-]+)@example\.com/.exec(request.body)?.[1] : undefined),
};

const BULK_CASES = [birdCase, mappCase];

interface BulkFigures {
	label: string;
	requests: number;
	/** The most arrivals in any 1000 ms window, by the sandbox's clock. */
	busiest: number;
	/** Arrivals per second between the first and the last, against the ceiling. */
	used: number;
	/** The same while all executions were sending (from the last one's first arrival to the first one's last). */
	usedWhileAllSend: number;
	/** The shortest time spanned by ceiling + 1 consecutive arrivals: at least 1000 ms when no second held more. */
	tightestSpanMs: number;
	lost: number;
	duplicated: number;
	overLimit: number;
}

/** The most entries of `times` within any 1000 ms (one at t and one at t + 1000 are in different windows). */
function busiestSecond(times: number[]): number {
	const sorted = [...times].sort((a, b) => a - b);
	let busiest = 0;
	for (let first = 0, last = 0; last < sorted.length; last++) {
		while (sorted[last] - sorted[first] >= 1000) first++;
		busiest = Math.max(busiest, last - first + 1);
	}
	return busiest;
}

/** The shortest time between the first and the last of `count` consecutive entries of `times`. */
function tightestSpan(times: number[], count: number): number {
	const sorted = [...times].sort((a, b) => a - b);
	let tightest = Infinity;
	for (let index = count - 1; index < sorted.length; index++) tightest = Math.min(tightest, sorted[index] - sorted[index - count + 1]);
	return tightest;
}

/** The share of the ceiling used while every execution (marker prefix `<run>-`) was still sending. */
function useWhileAllSend(sends: Array<{ marker: string; request: LoggedRequest }>, ceiling: number): number {
	const byRun = new Map<string, number[]>();
	for (const { marker, request } of sends) {
		const run = marker.slice(0, marker.lastIndexOf('-'));
		byRun.set(run, [...(byRun.get(run) ?? []), request.receivedAt]);
	}
	const from = Math.max(...[...byRun.values()].map((times) => Math.min(...times)));
	const to = Math.min(...[...byRun.values()].map((times) => Math.max(...times)));
	const inside = sends.filter(({ request }) => request.receivedAt >= from && request.receivedAt <= to).length;
	return to > from ? (inside - 1) / ((to - from) / 1000) / ceiling : 0;
}

function figuresOf(entry: BulkCase, requests: LoggedRequest[], runs: string[], items: number): BulkFigures {
	const sends = requests.flatMap((request) => {
		const marker = entry.marker(request);
		return marker ? [{ marker, request }] : [];
	});
	const times = sends.map(({ request }) => request.receivedAt);
	const counts = new Map<string, number>();
	for (const { marker, request } of sends) if (!request.overLimit) counts.set(marker, (counts.get(marker) ?? 0) + 1);
	const expected = runs.flatMap((run) => entry.rows(run, items).map((row) => row.marker ?? /queue-(.+)@/.exec(row.email)![1]));
	const delivered = (marker: string) => sends.some((send) => send.marker === marker && typeof send.request.status === 'number' && send.request.status < 300);
	const spanSeconds = (Math.max(...times) - Math.min(...times)) / 1000;
	return {
		label: entry.label,
		requests: sends.length,
		busiest: busiestSecond(times),
		used: spanSeconds > 0 ? (sends.length - 1) / spanSeconds / entry.ceiling : 0,
		usedWhileAllSend: useWhileAllSend(sends, entry.ceiling),
		tightestSpanMs: tightestSpan(times, entry.ceiling + 1),
		lost: expected.filter((marker) => !delivered(marker)).length,
		duplicated: [...counts.values()].filter((count) => count > 1).length,
		overLimit: sends.filter(({ request }) => request.overLimit).length,
	};
}

async function waitForExecutions(rest: RestClient, workflowId: string, count: number, timeoutMs: number): Promise<string[]> {
	const until = Date.now() + timeoutMs;
	for (;;) {
		const executions = await rest.executions(workflowId);
		const done = executions.filter((execution) => !UNFINISHED.has(execution.status));
		if ((done.length >= count && done.length === executions.length) || Date.now() > until) return executions.map((execution) => execution.status);
		await new Promise((resolve) => setTimeout(resolve, 2000));
	}
}

/** Three executions of `items` at once per case, all cases at once; gives the figures per case. */
async function bulkRun(
	rest: RestClient,
	sandbox: Sandbox,
	round: string,
	items = BULK_ITEMS,
	cases = BULK_CASES,
): Promise<{ figures: BulkFigures[]; statuses: string[][]; seconds: number }> {
	const from = sandbox.log.length;
	const started = Date.now();
	const runs = Array.from({ length: BULK_EXECUTIONS }, (_, index) => `${round}${index + 1}`);
	const before = new Map<string, number>();
	for (const entry of cases) before.set(entry.workflow.id, (await rest.executions(entry.workflow.id)).length);
	await Promise.all(
		cases.flatMap((entry) =>
			runs.map(async (run) => {
				const response = await fetch(`${rest.base}/webhook/${entry.workflow.id}`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ rows: entry.rows(run, items) }),
				});
				await response.arrayBuffer();
				if (response.status !== 200) throw new Error(`the ${entry.workflow.id} webhook answered ${response.status}`);
			}),
		),
	);
	const timeoutMs = ((BULK_EXECUTIONS * items) / MAPP_CEILING) * 1000 * 2 + 120_000;
	const statuses = await Promise.all(
		cases.map(async (entry) => (await waitForExecutions(rest, entry.workflow.id, before.get(entry.workflow.id)! + BULK_EXECUTIONS, timeoutMs)).slice(0, BULK_EXECUTIONS)),
	);
	const requests = sandbox.log.slice(from);
	return { figures: cases.map((entry) => figuresOf(entry, requests, runs, items)), statuses, seconds: (Date.now() - started) / 1000 };
}

function printFigures(title: string, figures: BulkFigures[], seconds: number): void {
	process.stdout.write(`\n${title} (${seconds.toFixed(0)} s):\n`);
	for (const figure of figures) {
		process.stdout.write(
			`  ${figure.label}: ${figure.requests} requests, busiest second ${figure.busiest} (any ${BULK_CASES.find((entry) => entry.label === figure.label)!.ceiling + 1} arrivals span ≥ ${figure.tightestSpanMs.toFixed(0)} ms), ` +
				`ceiling used ${(figure.usedWhileAllSend * 100).toFixed(1)} % while all executions sent (${(figure.used * 100).toFixed(1)} % first to last), ` +
				`${figure.lost} lost, ${figure.duplicated} duplicated, ${figure.overLimit} over the limit\n`,
		);
	}
}

/**
 * Cuts this package's Redis connections (by their client name) every `everyMs` until `until` settles: each worker's
 * ceiling then meets a failing Redis again and again, mid-run, while n8n's own queue connections stay up.
 */
async function cutCeilingConnections<T>(redis: RedisService, until: Promise<T>, everyMs = 300): Promise<{ result: T; cuts: number }> {
	let done = false;
	let cuts = 0;
	const cutting = (async () => {
		while (!done) {
			const list = String(await redis.client.client('LIST'));
			for (const line of list.split('\n').filter((entry) => / name=n8n-messaging-suite /.test(entry))) {
				await redis.client.client('KILL', 'ID', /id=(\d+)/.exec(line)![1]).catch(() => undefined);
				cuts++;
			}
			await new Promise((resolve) => setTimeout(resolve, everyMs));
		}
	})();
	try {
		return { result: await until, cuts };
	} finally {
		done = true;
		await cutting;
	}
}

// ------------------------------------------------------------------------------------------------ main

function queueCredentials(sandbox: Sandbox): Array<SandboxCredential & { id: string }> {
	const base = sandbox.credentials().map((credential) => ({ ...credential, id: sandboxCredentialId(credential.type) }));
	const variant = (id: string, type: string, data: Record<string, number>) => {
		const credential = base.find((candidate) => candidate.type === type)!;
		return { ...credential, id, name: id, data: { ...credential.data, ...data } };
	};
	return [...base, variant('queueBird', 'birdChannelsApi', { requestsPerSecond: BIRD_CEILING, readRequestsPerSecond: 50 }), variant('queueMapp', 'mappEngageApi', { requestsPerSecond: MAPP_CEILING })];
}

/** Each worker said once which ceiling it keeps: shared through Redis or its own. */
function ceilingLogProblems(logs: string[], shared: boolean): string[] {
	const line = shared ? /rate ceilings are shared by all n8n processes/g : /rate ceilings are kept in this process/g;
	return logs.flatMap((file) => {
		const count = (readFileSync(file, 'utf8').match(line) ?? []).length;
		return count === 1 ? [] : [`${path.basename(file)} logged "${line.source}" ${count} times, expected once`];
	});
}

function bulkProblems(figures: BulkFigures[], statuses: string[][], shared: boolean, mustUseMost = shared): string[] {
	const problems: string[] = [];
	statuses.forEach((list, index) => {
		if (list.length !== BULK_EXECUTIONS || list.some((status) => status !== 'success')) problems.push(`${BULK_CASES[index].label}: executions ${JSON.stringify(list)}`);
	});
	for (const figure of figures) {
		const ceiling = BULK_CASES.find((entry) => entry.label === figure.label)!.ceiling;
		if (figure.lost > 0 || figure.duplicated > 0) problems.push(`${figure.label}: ${figure.lost} lost, ${figure.duplicated} duplicated`);
		if (shared && figure.busiest > ceiling) problems.push(`${figure.label}: busiest second ${figure.busiest} > ceiling ${ceiling}`);
		if (mustUseMost && figure.usedWhileAllSend < MIN_USE) problems.push(`${figure.label}: ${(figure.usedWhileAllSend * 100).toFixed(1)} % of the ceiling used while all executions sent, expected ≥ ${MIN_USE * 100} %`);
		if (shared && figure.overLimit > 0) problems.push(`${figure.label}: ${figure.overLimit} requests over the provider's limit`);
		if (!shared && figure.busiest <= ceiling) problems.push(`${figure.label}: without the shared ceiling the busiest second was ${figure.busiest}, expected above ${ceiling} (the check could not fail)`);
	}
	return problems;
}

async function main(): Promise<void> {
	const started = Date.now();
	ensureDebianPackages();
	const runtime = ensureRuntime();
	const tarball = buildAndPack();
	const sandbox = createSandbox();
	const redis = await startRedis();
	const postgres = await startPostgres();
	const stops: Array<() => Promise<void> | void> = [() => postgres.stop(), () => redis.stop(), () => sandbox.stop()];
	let failures = 0;
	try {
		const url = await sandbox.start();
		log(`Sandbox ${url}; Redis 127.0.0.1:${redis.port}; PostgreSQL 127.0.0.1:${postgres.port}`);
		const env = queueEnv(redis, postgres);
		const n8n = new N8nInstance(runtime, env);
		n8n.installPackage(tarball);
		await n8n.importCredentials(queueCredentials(sandbox));
		const examples = readWorkflows(path.join(ROOT, 'examples'));
		await n8n.importWorkflows([...examples, ...BULK_CASES.map((entry) => entry.workflow)]);

		const port = await freePort();
		const main = n8n.start(port, path.join(n8n.userFolder, 'main.log'), triggerServerEnv());
		stops.unshift(() => stopChild(main));
		let { workers, logs } = await startWorkers(n8n, {}, 'shared');
		stops.unshift(() => Promise.all(workers.map(stopChild)).then(() => undefined));
		await waitForN8n(`http://127.0.0.1:${port}`);
		const rest = new RestClient(`http://127.0.0.1:${port}`);
		await rest.setUpOwner();
		log(`Queue mode: main n8n on ${port} and ${WORKERS} workers (${((Date.now() - started) / 1000).toFixed(0)} s); running the examples through the workers...\n`);
		failures += await runExamples(rest, sandbox, examples);
		process.stdout.write(`Executions per worker: ${executionsPerWorker(logs).join(', ')}\n`);

		for (const entry of BULK_CASES) {
			const failed = await rest.activate(entry.workflow.id);
			if (failed) throw new Error(`${entry.workflow.id}: ${failed}`);
		}
		sandbox.reset();
		sandbox.setRateLimits([
			{ provider: 'bird', perSecond: BIRD_CEILING, methods: ['POST'] },
			{ provider: 'mapp', perSecond: MAPP_CEILING },
		]);
		log(`Bulk: ${BULK_EXECUTIONS} executions × ${BULK_ITEMS} items at once for each account, the shared ceiling on...`);
		const on = await bulkRun(rest, sandbox, 'on');
		printFigures('Bulk, shared ceiling on (the sandbox enforcing both limits)', on.figures, on.seconds);
		const onProblems = [...bulkProblems(on.figures, on.statuses, true), ...ceilingLogProblems(logs, true)];

		sandbox.reset();
		sandbox.setRateLimits([
			{ provider: 'bird', perSecond: BIRD_CEILING, methods: ['POST'] },
			{ provider: 'mapp', perSecond: MAPP_CEILING },
		]);
		const cutItems = Math.max(10, Math.round(BULK_ITEMS / 10));
		log(`Bulk with the package's Redis connections cut every 300 ms: ${BULK_EXECUTIONS} executions × ${cutItems} items for each account...`);
		const { result: cut, cuts } = await cutCeilingConnections(redis, bulkRun(rest, sandbox, 'cut', cutItems));
		printFigures(`Bulk, the shared ceiling's Redis connections cut ${cuts} times`, cut.figures, cut.seconds);
		const warned = logs.filter((file) => /shared rate ceiling's Redis failed/.test(readFileSync(file, 'utf8'))).length;
		process.stdout.write(`  workers that logged the fallback to the safe share: ${warned} of ${WORKERS}\n`);
		const cutProblems = [...bulkProblems(cut.figures, cut.statuses, true, false), ...(cuts > 0 && warned > 0 ? [] : [`no fallback happened (${cuts} cuts, ${warned} workers warned)`])];
		onProblems.push(...cutProblems);

		await Promise.all(workers.map(stopChild));
		// Each worker takes at most two executions at once, so that an account's three run on both workers (with ten
		// each, one worker could take all six and its own ceiling would hide the overshoot); one account at a time.
		({ workers, logs } = await startWorkers(n8n, { [SHARED_CEILING_SWITCH]: 'false' }, 'own', BULK_EXECUTIONS - 1));
		sandbox.reset();
		log(`Bulk again with new workers, ${SHARED_CEILING_SWITCH}=false (the sandbox only counting), one account at a time...`);
		const offRuns = [];
		for (const entry of BULK_CASES) offRuns.push(await bulkRun(rest, sandbox, 'off', BULK_ITEMS, [entry]));
		const off = {
			figures: offRuns.flatMap((run) => run.figures),
			statuses: offRuns.flatMap((run) => run.statuses),
			seconds: offRuns.reduce((sum, run) => sum + run.seconds, 0),
		};
		printFigures('Bulk, shared ceiling off (each worker its own ceiling)', off.figures, off.seconds);
		const offProblems = [...bulkProblems(off.figures, off.statuses, false), ...ceilingLogProblems(logs, false)];
		for (const problem of [...onProblems, ...offProblems]) process.stdout.write(`  ✗ ${problem}\n`);
		failures += onProblems.length + offProblems.length;
	} finally {
		for (const stopOne of stops) await Promise.resolve(stopOne()).catch((error: Error) => log(`stopping: ${error.message}`));
	}
	process.stdout.write(`\nQueue mode: ${failures === 0 ? 'passed' : `${failures} problem(s)`} (${((Date.now() - started) / 1000).toFixed(0)} s).\n`);
	process.exitCode = failures === 0 ? 0 : 1;
}

main().catch((error: Error) => {
	log(`test:queue failed: ${error.stack ?? error.message}`);
	process.exit(1);
});
