/**
 * `npm run bench`: the package's performance, measured in a real n8n 2.x (the packed tarball installed as the
 * community-node installer does) against the sandbox, and printed as a table with the targets beside the figures.
 *
 * 1. Per-item overhead: single sends through this package's node vs. n8n's own HTTP Request node sending the
 *    byte-identical request (ExpertSender XML transactional, Bird JSON message), runs alternated.
 * 2. Bulk: subscribers (ExpertSender) and messages (Bird) through the bulk paths vs. one request per item, with the
 *    sandbox enforcing the rate limits and the credentials at their ceilings.
 * 3. Memory: peak resident memory of the n8n process for one send with a large attachment (ExpertSender, Mapp SOAP),
 *    minus the same run with a 1 KB attachment.
 * 4. Codec: scripts/bench-codec.ts, the shared codec against fast-xml-parser used directly.
 * 5. Growth: the bulk paths (ExpertSender subscribers, Bird Send Batch) at 1,000, 10,000 and 100,000 items
 *    (BENCH_GROWTH): time against the floor the ceiling and the batch size set, overhead and memory per item, against
 *    n8n's own share (the same items and output from an Edit Fields node).
 *
 * Times are n8n's own execution time of the node under test (not n8n's start-up); each figure is the median of
 * BENCH_RUNS runs (default 3). BENCH_SINGLE (1000), BENCH_BULK (10000) and BENCH_ATTACHMENT_MB (25) scale it down for
 * a quick look; BENCH_ONLY=overhead|bulk|memory|codec|growth runs one part; BENCH_PROFILE=<folder> writes a CPU profile of
 * every n8n run there.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';

import { createSandbox, type LoggedRequest, type Sandbox, type SandboxCredential } from '../sandbox';
import { BIRD_ACCESS_KEY, BIRD_CHANNELS, BIRD_WORKSPACE_ID } from '../sandbox/providers/bird';
import { EXPERTSENDER_API_KEY } from '../sandbox/providers/expertsender';
import { benchCodec } from './bench-codec';
import { buildAndPack, ensureRuntime, log, N8nInstance, PACKAGE_NAME, type ExecutionResult, type N8nWorkflow } from './n8n';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SINGLE = Number(process.env.BENCH_SINGLE ?? 1000);
const BULK = Number(process.env.BENCH_BULK ?? 10000);
const ATTACHMENT_MB = Number(process.env.BENCH_ATTACHMENT_MB ?? 25);
const ONLY = process.env.BENCH_ONLY;
const GROWTH = (process.env.BENCH_GROWTH ?? '1000,10000,100000').split(',').map(Number);
/** Items the node under test of part 5 first runs on in a copy of itself (warmedItemsWorkflow). */
const GROWTH_WARM_UP = 1000;
/** BENCH_GROWTH_CASES=bird or expertsender: one of part 5's two cases. */
const GROWTH_CASES = process.env.BENCH_GROWTH_CASES?.split(',');
/** "Requests in Parallel" for the package's nodes in part 1; the node's default when unset. */
const PARALLEL = process.env.BENCH_PARALLEL ? { requestsInParallel: Number(process.env.BENCH_PARALLEL) } : {};

/** Bird documents 500 POST/s per workspace. ExpertSender publishes no limit: the bench assumes this one on both sides. */
const BIRD_POST_LIMIT = 500;
const EXPERTSENDER_ASSUMED_LIMIT = 100;

const UNDER_TEST = 'Under test';

interface Row {
	part: string;
	measure: string;
	figure: string;
	target: string;
	met: boolean | undefined;
}

const rows: Row[] = [];

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;

/** XML text escaping as the HTTP Request user would write it into the body by hand. */
const xmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// ------------------------------------------------------------------------------------------------ workflows

type WorkflowNode = N8nWorkflow['nodes'][number];

/** Manual Trigger → Set (all rows as JSON) → Split Out (one item per row) → `target`. */
function itemsWorkflow(id: string, rowsJson: Array<Record<string, unknown>>, target: WorkflowNode): N8nWorkflow {
	return chain(id, [
		{ name: 'Start', type: 'n8n-nodes-base.manualTrigger', parameters: {} },
		{ name: 'Input', type: 'n8n-nodes-base.set', parameters: { mode: 'raw', jsonOutput: JSON.stringify({ rows: rowsJson }), options: {} } },
		{ name: 'Items', type: 'n8n-nodes-base.splitOut', parameters: { fieldToSplitOut: 'rows', include: 'noOtherFields', options: {} } },
		target,
	]);
}

const WARM_UP = 'Warm-up';

/**
 * itemsWorkflow with a warm-up: before `target` runs on all items, a copy of it (WARM_UP) runs on the first
 * `warmUpItems` of them, on a branch above (n8n's v1 order runs the upper branch first, to its end). `n8n execute`
 * starts a new process for every run; the warm-up gives the node under test code that has run before, as in an n8n
 * that has been up for a while. Its requests come before the node under test starts (see measured).
 */
function warmedItemsWorkflow(id: string, rowsJson: Array<Record<string, unknown>>, target: WorkflowNode, warmUpItems: number): N8nWorkflow {
	const workflow = itemsWorkflow(id, rowsJson, target);
	const placed = (name: string) => workflow.nodes.find((node) => node.name === name) as WorkflowNode & { position: [number, number]; typeVersion: number };
	const [x, y] = placed('Items').position;
	workflow.nodes.push(
		{ id: `${id}-limit`, name: 'First Items', type: 'n8n-nodes-base.limit', typeVersion: 1, position: [x + 220, y - 200], parameters: { maxItems: warmUpItems } } as WorkflowNode,
		{ ...target, id: `${id}-warm`, name: WARM_UP, typeVersion: placed(target.name).typeVersion, position: [x + 440, y - 200] } as WorkflowNode,
	);
	const connections = workflow.connections as Record<string, { main: Array<Array<{ node: string; type: string; index: number }>> }>;
	connections.Items.main[0].unshift({ node: 'First Items', type: 'main', index: 0 });
	connections['First Items'] = { main: [[{ node: WARM_UP, type: 'main', index: 0 }]] };
	return workflow;
}

/** Manual Trigger → Read/Write Files from Disk (one file, streamed into n8n's binary store) → `target`. */
function fileWorkflow(id: string, file: string, target: WorkflowNode): N8nWorkflow {
	return chain(id, [
		{ name: 'Start', type: 'n8n-nodes-base.manualTrigger', parameters: {} },
		{ name: 'Read File', type: 'n8n-nodes-base.readWriteFile', parameters: { operation: 'read', fileSelector: file, options: {} } },
		target,
	]);
}

function chain(id: string, chainNodes: WorkflowNode[]): N8nWorkflow {
	const versions: Record<string, number> = {
		'n8n-nodes-base.set': 3.4,
		'n8n-nodes-base.httpRequest': 4.2,
		'n8n-nodes-base.readWriteFile': 1,
	};
	const nodes = chainNodes.map((node, index) => ({
		id: `${id}-${index}`,
		typeVersion: versions[node.type] ?? 1,
		position: [index * 220, 0],
		...node,
	}));
	const connections: Record<string, unknown> = {};
	for (let index = 0; index < nodes.length - 1; index++) {
		connections[nodes[index].name] = { main: [[{ node: nodes[index + 1].name, type: 'main', index: 0 }]] };
	}
	return { id, name: `bench: ${id}`, nodes, connections, settings: { executionOrder: 'v1' }, active: false };
}

function packageNode(type: string, credentialType: string, credentialId: string, parameters: Record<string, unknown>): WorkflowNode {
	return {
		name: UNDER_TEST,
		type: `${PACKAGE_NAME}.${type}`,
		parameters,
		credentials: { [credentialType]: { id: credentialId, name: credentialId } },
	};
}

function httpNode(parameters: Record<string, unknown>, credentials?: Record<string, unknown>): WorkflowNode {
	return { name: UNDER_TEST, type: 'n8n-nodes-base.httpRequest', parameters, ...(credentials ? { credentials } : {}) };
}

/** Bird Channels → Message → Send: an SMS to `$json.phone` on the sandbox's SMS channel. */
function birdTextMessage(requestOptions: Record<string, unknown>): Record<string, unknown> {
	return {
		resource: 'message',
		operation: 'send',
		channel: { __rl: true, mode: 'id', value: BIRD_CHANNELS.sms.id },
		receivers: { receiver: [{ identifyBy: 'identifier', identifierKey: 'phonenumber', identifierValue: '={{ $json.phone }}' }] },
		content: 'text',
		text: '=Order {{ $json.orderNumber }} has shipped',
		requestOptions,
	};
}

// ------------------------------------------------------------------------------------------------ credentials

function credentialsFor(sandbox: Sandbox): Array<SandboxCredential & { id: string }> {
	const base = Object.fromEntries(sandbox.credentials().map((credential) => [credential.type, credential]));
	const variant = (id: string, type: string, data: Record<string, string | number | boolean>) => ({
		id,
		name: id,
		type,
		data: { ...base[type].data, ...data },
	});
	return [
		// No ceiling: the per-item comparison measures overhead, and n8n's HTTP Request node has no ceiling either.
		variant('benchEsFree', 'expertSenderApi', { requestsPerSecond: 0 }),
		variant('benchEsLimited', 'expertSenderApi', { requestsPerSecond: EXPERTSENDER_ASSUMED_LIMIT }),
		variant('benchBirdFree', 'birdChannelsApi', { requestsPerSecond: 0, readRequestsPerSecond: 0 }),
		variant('benchBirdLimited', 'birdChannelsApi', { requestsPerSecond: BIRD_POST_LIMIT, readRequestsPerSecond: 50 }),
		variant('benchMappFree', 'mappEngageApi', { requestsPerSecond: 0 }),
		{ id: 'benchBirdHeader', name: 'benchBirdHeader', type: 'httpHeaderAuth', data: { name: 'Authorization', value: `AccessKey ${BIRD_ACCESS_KEY}` } },
	];
}

// ------------------------------------------------------------------------------------------------ running

interface Run {
	result: ExecutionResult;
	requests: LoggedRequest[];
	/** The node under test's execution time, as n8n measured it. */
	nodeMs: number;
	/** Peak resident memory of the n8n process (VmHWM), in bytes, when sampled. */
	peakRss?: number;
}

function vmHwm(pid: number): number | undefined {
	try {
		const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return match ? Number(match[1]) * 1024 : undefined;
	} catch {
		return undefined;
	}
}

async function execute(n8n: N8nInstance, sandbox: Sandbox, workflowId: string, expectItems: number, sampleMemory = false): Promise<Run> {
	sandbox.reset();
	let peakRss: number | undefined;
	let timer: NodeJS.Timeout | undefined;
	const onSpawn = (child: ChildProcess) => {
		if (!sampleMemory || child.pid === undefined) return;
		const pid = child.pid;
		// VmHWM is the kernel's high-water mark: the last reading before the process ends is its peak.
		timer = setInterval(() => (peakRss = vmHwm(pid) ?? peakRss), 20);
	};
	// BENCH_PROFILE=<folder>: a V8 CPU profile of every n8n run, for finding where the time goes.
	const profile = process.env.BENCH_PROFILE;
	const env = profile ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${path.resolve(profile)} --cpu-prof-name=${workflowId}-${Date.now()}.cpuprofile` } : undefined;
	const result = await n8n.execute(workflowId, { onSpawn, env });
	if (timer) clearInterval(timer);
	const run = result.nodes[UNDER_TEST];
	if (!result.ok || !run || run.error) {
		throw new Error(`${workflowId} failed: ${run?.error?.message ?? result.error ?? 'the node did not run'}`);
	}
	if (run.items.length !== expectItems) throw new Error(`${workflowId}: ${run.items.length} output items, expected ${expectItems}`);
	const failed = run.items.find((item) => 'error' in item.json);
	if (failed) throw new Error(`${workflowId}: an error item: ${JSON.stringify(failed.json).slice(0, 300)}`);
	return { result, requests: [...sandbox.log], nodeMs: run.executionTime ?? Number.NaN, peakRss };
}

/** What reached the sandbox, for comparing two runs byte for byte: method, path, query, content type and body. */
function wireOf(requests: LoggedRequest[]): string[] {
	return requests
		.map((request) => JSON.stringify([request.method, request.path, request.query, request.headers['content-type'], request.body]))
		.sort();
}

// ------------------------------------------------------------------------------------------------ 1. overhead

async function overhead(n8n: N8nInstance, sandbox: Sandbox, workflows: Map<string, N8nWorkflow>): Promise<void> {
	const esUrl = `${sandbox.url}/expertsender`;
	const birdUrl = `${sandbox.url}/bird`;
	const sms = BIRD_CHANNELS.sms.id;
	const people = Array.from({ length: SINGLE }, (_, index) => ({
		email: 'patrick@mydomain.com',
		orderNumber: `A-${100000 + index}`,
		phone: `+3161${String(1000000 + index).slice(-7)}`,
	}));

	const pairs = [
		{
			label: 'ExpertSender transactional (XML)',
			ours: itemsWorkflow(
				'benchEsNode',
				people,
				packageNode('expertSender', 'expertSenderApi', 'benchEsFree', {
					resource: 'transactional',
					operation: 'send',
					messageId: '123',
					receiverEmail: '={{ $json.email }}',
					snippets: { snippet: [{ name: 'orderNumber', value: '={{ $json.orderNumber }}' }] },
					requestOptions: { ...PARALLEL },
				}),
			),
			http: itemsWorkflow(
				'benchEsHttp',
				people,
				httpNode({
					method: 'POST',
					url: `${esUrl}/v2/Api/Transactionals/123`,
					sendBody: true,
					contentType: 'raw',
					rawContentType: 'text/xml; charset=utf-8',
					body:
						'=<ApiRequest xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xs="http://www.w3.org/2001/XMLSchema">' +
						`<ApiKey>${xmlEscape(EXPERTSENDER_API_KEY)}</ApiKey><Data><Receiver><Email>{{ $json.email }}</Email></Receiver>` +
						'<Snippets><Snippet><Name>orderNumber</Name><Value>{{ $json.orderNumber }}</Value></Snippet></Snippets></Data></ApiRequest>',
					options: {},
				}),
			),
		},
		{
			label: 'Bird message (JSON)',
			ours: itemsWorkflow(
				'benchBirdNode',
				people,
				packageNode('birdChannels', 'birdChannelsApi', 'benchBirdFree', birdTextMessage({ batching: 'off', ...PARALLEL })),
			),
			http: itemsWorkflow(
				'benchBirdHttp',
				people,
				httpNode(
					{
						method: 'POST',
						url: `${birdUrl}/workspaces/${BIRD_WORKSPACE_ID}/channels/${sms}/messages`,
						authentication: 'genericCredentialType',
						genericAuthType: 'httpHeaderAuth',
						sendBody: true,
						specifyBody: 'json',
						jsonBody:
							'={"receiver":{"contacts":[{"identifierKey":"phonenumber","identifierValue":"{{ $json.phone }}"}]},' +
							'"body":{"type":"text","text":{"text":"Order {{ $json.orderNumber }} has shipped"}}}',
						options: {},
					},
					{ httpHeaderAuth: { id: 'benchBirdHeader', name: 'benchBirdHeader' } },
				),
			),
		},
	];
	for (const pair of pairs) {
		workflows.set(pair.ours.id, pair.ours);
		workflows.set(pair.http.id, pair.http);
	}
	await n8n.importWorkflows(pairs.flatMap((pair) => [pair.ours, pair.http]));

	for (const pair of pairs) {
		log(`overhead: ${pair.label}, ${SINGLE} items, ${RUNS} runs of each, alternated...`);
		const ours: number[] = [];
		const http: number[] = [];
		let identical = true;
		for (let run = 0; run < RUNS; run++) {
			const a = await execute(n8n, sandbox, pair.ours.id, SINGLE);
			const b = await execute(n8n, sandbox, pair.http.id, SINGLE);
			ours.push(a.nodeMs);
			http.push(b.nodeMs);
			if (a.requests.length !== SINGLE || b.requests.length !== SINGLE) throw new Error(`${pair.label}: ${a.requests.length} and ${b.requests.length} requests for ${SINGLE} items`);
			const [wireA, wireB] = [wireOf(a.requests), wireOf(b.requests)];
			if (JSON.stringify(wireA) !== JSON.stringify(wireB)) {
				identical = false;
				const index = wireA.findIndex((entry, position) => entry !== wireB[position]);
				log(`  the two requests differ:\n    package: ${wireA[index]?.slice(0, 600)}\n    HTTP:    ${wireB[index]?.slice(0, 600)}`);
			}
			log(`  run ${run + 1}: package ${ms(a.nodeMs)}, HTTP Request ${ms(b.nodeMs)}`);
		}
		const ratio = median(ours) / median(http);
		rows.push({
			part: '1 overhead',
			measure: `${pair.label}: ${SINGLE} single sends, package / HTTP Request${identical ? '' : ' (REQUESTS DIFFER)'}`,
			figure: `${ms(median(ours))} / ${ms(median(http))} = ${ratio.toFixed(2)}`,
			target: '≤ 1.00',
			met: identical && ratio <= 1,
		});
	}
}

// ------------------------------------------------------------------------------------------------ 2. bulk

/** The bulk parts' input rows: subscribers for ExpertSender, SMS messages for Bird. */
const subscriberRows = (count: number) => Array.from({ length: count }, (_, index) => ({ email: `subscriber${index}@example.com`, firstName: `Sub ${index}` }));
const messageRows = (count: number) => Array.from({ length: count }, (_, index) => ({ phone: `+3162${String(1000000 + index).slice(-7)}`, orderNumber: `B-${index}` }));

/** ExpertSender Contact → Create or Update of a row's subscriber, 10 requests in parallel. */
function expertSenderUpsert(batching: string): Record<string, unknown> {
	return {
		resource: 'contact',
		operation: 'upsert',
		list: { __rl: true, mode: 'id', value: '1' },
		email: '={{ $json.email }}',
		additionalFields: { firstName: '={{ $json.firstName }}' },
		requestOptions: { batching, requestsInParallel: 10 },
	};
}

async function bulk(n8n: N8nInstance, sandbox: Sandbox, workflows: Map<string, N8nWorkflow>): Promise<void> {
	const subscribers = subscriberRows(BULK);
	const messages = messageRows(BULK);
	const birdParameters = (batching: string) => birdTextMessage({ batching, requestsInParallel: 10 });
	const cases = [
		{
			label: `ExpertSender subscribers (assumed limit ${EXPERTSENDER_ASSUMED_LIMIT}/s)`,
			provider: 'expertsender',
			limit: { provider: 'expertsender', perSecond: EXPERTSENDER_ASSUMED_LIMIT },
			bulk: itemsWorkflow('benchEsBulk', subscribers, packageNode('expertSender', 'expertSenderApi', 'benchEsLimited', expertSenderUpsert('auto'))),
			single: itemsWorkflow('benchEsPerItem', subscribers, packageNode('expertSender', 'expertSenderApi', 'benchEsLimited', expertSenderUpsert('off'))),
		},
		{
			label: `Bird messages (limit ${BIRD_POST_LIMIT} POST/s)`,
			provider: 'bird',
			limit: { provider: 'bird', perSecond: BIRD_POST_LIMIT, methods: ['POST'] },
			bulk: itemsWorkflow('benchBirdBulk', messages, packageNode('birdChannels', 'birdChannelsApi', 'benchBirdLimited', birdParameters('auto'))),
			single: itemsWorkflow('benchBirdPerItem', messages, packageNode('birdChannels', 'birdChannelsApi', 'benchBirdLimited', birdParameters('off'))),
		},
	];
	for (const entry of cases) {
		workflows.set(entry.bulk.id, entry.bulk);
		workflows.set(entry.single.id, entry.single);
	}
	await n8n.importWorkflows(cases.flatMap((entry) => [entry.bulk, entry.single]));

	for (const entry of cases) {
		log(`bulk: ${entry.label}, ${BULK} items, ${RUNS} runs of each path...`);
		const bulkTimes: number[] = [];
		const singleTimes: number[] = [];
		let bulkRequests = 0;
		let rejected = 0;
		let peak = 0;
		for (let run = 0; run < RUNS; run++) {
			for (const [workflow, times] of [
				[entry.bulk, bulkTimes],
				// BENCH_BULK_ONLY=1 skips the slow path, for profiling the bulk one.
				...(process.env.BENCH_BULK_ONLY ? [] : [[entry.single, singleTimes] as const]),
			] as const) {
				sandbox.setRateLimits([entry.limit]);
				const result = await execute(n8n, sandbox, workflow.id, BULK);
				const stats = sandbox.rateStats()[entry.provider];
				rejected += stats.rejected;
				peak = Math.max(peak, stats.peakPerSecond);
				times.push(result.nodeMs);
				if (workflow === entry.bulk) bulkRequests = Math.max(bulkRequests, result.requests.length);
				log(`  run ${run + 1} ${workflow === entry.bulk ? 'bulk    ' : 'per item'}: ${ms(result.nodeMs)}, ${result.requests.length} requests, peak ${stats.peakPerSecond}/s, ${stats.rejected} over the limit`);
			}
		}
		sandbox.setRateLimits([]);
		const speedup = median(singleTimes) / median(bulkTimes);
		rows.push({
			part: '2 bulk',
			measure: `${entry.label}: ${BULK} items, bulk vs one request per item`,
			figure: `${ms(median(bulkTimes))} vs ${ms(median(singleTimes))} = ${speedup.toFixed(1)}×`,
			target: '≥ 10×',
			met: speedup >= 10,
		});
		rows.push({
			part: '2 bulk',
			measure: `${entry.label}: requests of the bulk path`,
			figure: `${bulkRequests} (items/${(BULK / bulkRequests).toFixed(0)})`,
			target: `≤ ${Math.floor(BULK / 90)} (items/90)`,
			met: bulkRequests <= BULK / 90,
		});
		rows.push({
			part: '2 bulk',
			measure: `${entry.label}: over the limit in all runs; busiest second`,
			figure: `${rejected}; ${peak}/s`,
			target: `0; ≤ ${entry.limit.perSecond}/s`,
			met: rejected === 0 && peak <= entry.limit.perSecond,
		});
	}
}

// ------------------------------------------------------------------------------------------------ 3. memory

async function memory(n8n: N8nInstance, sandbox: Sandbox, folder: string): Promise<void> {
	const big = path.join(folder, 'attachment-large.pdf');
	const small = path.join(folder, 'attachment-small.pdf');
	const size = Math.round(ATTACHMENT_MB * 1024 * 1024);
	// Random bytes: nothing along the way can compress them.
	const bytes = Buffer.alloc(size);
	for (let offset = 0; offset < size; offset += 4) bytes.writeUInt32LE((Math.random() * 0x100000000) >>> 0, Math.min(offset, size - 4));
	writeFileSync(big, bytes);
	writeFileSync(small, bytes.subarray(0, 1024));

	const targets = [
		{
			label: 'ExpertSender transactional',
			node: packageNode('expertSender', 'expertSenderApi', 'benchEsFree', {
				resource: 'transactional',
				operation: 'send',
				messageId: '123',
				receiverEmail: 'patrick@mydomain.com',
				attachments: { attachment: [{ binaryPropertyName: 'data' }] },
			}),
		},
		{
			label: 'Mapp Engage send (SOAP)',
			node: packageNode('mappEngage', 'mappEngageApi', 'benchMappFree', {
				api: 'soap',
				resource: 'message',
				operation: 'sendPrepared',
				messageId: '23541',
				recipientBy: 'identifier',
				identifierType: 'EMAIL',
				identifierValue: 'j.mcexample@example.com',
				options: { attachments: 'data' },
			}),
		},
	];
	// BENCH_MEMORY_NOOP=1: n8n's own share, the same workflows ending in n8n's No Operation node instead.
	if (process.env.BENCH_MEMORY_NOOP) {
		for (const target of targets) target.node = { name: UNDER_TEST, type: 'n8n-nodes-base.noOp', parameters: {} };
	}
	const workflows = targets.flatMap((target, index) => [
		fileWorkflow(`benchMemLarge${index}`, big, target.node),
		fileWorkflow(`benchMemSmall${index}`, small, target.node),
	]);
	await n8n.importWorkflows(workflows);

	for (const [index, target] of targets.entries()) {
		log(`memory: ${target.label}, ${ATTACHMENT_MB} MB attachment vs 1 KB, ${RUNS} runs of each...`);
		const extra: number[] = [];
		for (let run = 0; run < RUNS; run++) {
			const baseline = await execute(n8n, sandbox, `benchMemSmall${index}`, 1, true);
			const large = await execute(n8n, sandbox, `benchMemLarge${index}`, 1, true);
			const body = large.requests.find((request) => request.body.length > size)?.body ?? '';
			if (!process.env.BENCH_MEMORY_NOOP && !body.includes(bytes.subarray(0, 3000).toString('base64'))) throw new Error(`${target.label}: the attachment did not reach the sandbox`);
			extra.push((large.peakRss ?? Number.NaN) - (baseline.peakRss ?? Number.NaN));
			log(`  run ${run + 1}: peak ${((large.peakRss ?? 0) / 1048576).toFixed(0)} MB vs ${((baseline.peakRss ?? 0) / 1048576).toFixed(0)} MB baseline`);
		}
		const added = median(extra);
		rows.push({
			part: '3 memory',
			measure: `${target.label}: peak RSS added by a ${ATTACHMENT_MB} MB attachment`,
			figure: `${(added / 1048576).toFixed(0)} MB = ${(added / size).toFixed(2)}× the file`,
			target: '≤ 3.00×',
			met: added / size <= 3,
		});
	}
}

// ------------------------------------------------------------------------------------------------ 4. codec

async function codec(): Promise<void> {
	log('codec: the shared codec vs fast-xml-parser used directly...');
	for (const result of await benchCodec({ runs: Math.max(RUNS, 5) })) {
		rows.push({
			part: '4 codec',
			measure: result.name,
			figure: `${Math.round(result.codecOpsPerSecond).toLocaleString('en-US')} vs ${Math.round(result.rawOpsPerSecond).toLocaleString('en-US')} ops/s = ${result.ratio.toFixed(2)}`,
			target: '≤ 1.20 (time, codec / raw)',
			met: result.ratio <= 1.2,
		});
	}
}

// ------------------------------------------------------------------------------------------------ 5. growth

interface GrowthPoint {
	items: number;
	nodeMs: number;
	requests: number;
	peakPerSecond: number;
	rejected: number;
	/** Peak RSS of the n8n process with the node under test, and with an Edit Fields node giving the same output in its place. */
	peakRss: number;
	n8nRss: number;
	/** The same requests sent by n8n's HTTP Request node, all at once (replayWorkflow). */
	replayMs: number;
}

interface Phases {
	beforeFirst: number;
	span: number;
	afterLast: number;
}

/**
 * Where a run's time went, for its log line: split at the first and the last request that reached the sandbox (both
 * clocks are this machine's).
 */
function phasesOf(run: Run): Phases {
	const underTest = run.result.nodes[UNDER_TEST];
	const started = (underTest.startTime ?? Number.NaN) - performance.timeOrigin;
	const arrivals = run.requests.map((request) => request.receivedAt);
	const [first, last] = [Math.min(...arrivals), Math.max(...arrivals)];
	return { beforeFirst: first - started, span: last - first, afterLast: started + run.nodeMs - last };
}

/** The least time `requests` can take under `perSecond`: the first goes at once, each next one 1/perSecond later. */
const floorMs = (requests: number, perSecond: number) => ((requests - 1) / perSecond) * 1000;

/** The package's own time per item: what the node took beyond the floor the ceiling sets. */
const overheadPerItem = (point: GrowthPoint, perSecond: number) => Math.max(0, point.nodeMs - floorMs(point.requests, perSecond)) / point.items;

const mb = (bytes: number) => bytes / 1048576;

/**
 * n8n's own storage of the node's output: an Edit Fields node in its place that gives every item the package's first
 * output item (the same fields and about the same size), so that both runs hold the input items and one new output
 * item per input item, and the difference is what the package holds beyond its output.
 */
function sameOutputNode(output: Record<string, unknown>): WorkflowNode {
	return { name: UNDER_TEST, type: 'n8n-nodes-base.set', parameters: { mode: 'raw', jsonOutput: JSON.stringify(output), options: {} } };
}

/**
 * What n8n itself needs for the package's requests on this machine: the requests the package sent (from the sandbox's
 * log) sent again by n8n's HTTP Request node, one item each, all at once and without a ceiling.
 */
function replayWorkflow(id: string, sandbox: Sandbox, provider: string, requests: LoggedRequest[], warmUpRequests: number): N8nWorkflow {
	const rows = requests.map((request) => ({
		url: `${sandbox.url}/${provider}${request.path}${Object.keys(request.query).length > 0 ? `?${new URLSearchParams(request.query as Record<string, string>).toString()}` : ''}`,
		contentType: request.headers['content-type'] ?? '',
		authorization: request.headers.authorization,
		body: request.body,
	}));
	const authorized = rows.some((row) => row.authorization !== undefined);
	return warmedItemsWorkflow(
		id,
		rows,
		httpNode({
			method: 'POST',
			url: '={{ $json.url }}',
			...(authorized ? { sendHeaders: true, headerParameters: { parameters: [{ name: 'Authorization', value: '={{ $json.authorization }}' }] } } : {}),
			sendBody: true,
			contentType: 'raw',
			rawContentType: '={{ $json.contentType }}',
			body: '={{ $json.body }}',
			options: {},
		}),
		warmUpRequests,
	);
}

/** The run of the node under test alone: the warm-up's requests (all before the node started) left out and counted. */
function measured(run: Run): Run & { warmUpRequests: number } {
	const [warmUp, underTest] = [run.result.nodes[WARM_UP], run.result.nodes[UNDER_TEST]];
	if (!warmUp || warmUp.startTime === undefined || underTest.startTime === undefined) throw new Error('the warm-up did not run');
	if (warmUp.startTime + (warmUp.executionTime ?? 0) > underTest.startTime) throw new Error('the warm-up ran after the node under test');
	const started = underTest.startTime;
	const requests = run.requests.filter((request) => performance.timeOrigin + request.receivedAt >= started);
	return { ...run, requests, warmUpRequests: run.requests.length - requests.length };
}

async function growthPoint(n8n: N8nInstance, sandbox: Sandbox, entry: GrowthCase, items: number): Promise<GrowthPoint> {
	const rowsJson = entry.rows(items);
	const ours = warmedItemsWorkflow(`${entry.id}${items}`, rowsJson, entry.node, GROWTH_WARM_UP);
	await n8n.importWorkflows([ours]);
	let baselineId: string | undefined;
	let replayId: string | undefined;
	const runs: GrowthPoint[] = [];
	for (let run = 0; run < RUNS; run++) {
		sandbox.setRateLimits([entry.limit]);
		const result = await measured(await execute(n8n, sandbox, ours.id, items, true));
		const stats = sandbox.rateStats()[entry.provider];
		sandbox.setRateLimits([]);
		if (baselineId === undefined) {
			const baseline = itemsWorkflow(`${entry.id}Same${items}`, rowsJson, sameOutputNode(result.result.nodes[UNDER_TEST].items[0].json));
			await n8n.importWorkflows([baseline]);
			baselineId = baseline.id;
		}
		const baseline = await execute(n8n, sandbox, baselineId, items, true);
		if (replayId === undefined) {
			const replay = replayWorkflow(`${entry.id}Replay${items}`, sandbox, entry.provider, result.requests, result.warmUpRequests);
			await n8n.importWorkflows([replay]);
			replayId = replay.id;
		}
		const replayed = await measured(await execute(n8n, sandbox, replayId, result.requests.length));
		runs.push({
			items,
			nodeMs: result.nodeMs,
			requests: result.requests.length,
			peakPerSecond: stats.peakPerSecond,
			rejected: stats.rejected,
			peakRss: result.peakRss ?? Number.NaN,
			n8nRss: baseline.peakRss ?? Number.NaN,
			replayMs: replayed.nodeMs,
		});
		const { beforeFirst, span, afterLast } = phasesOf(result);
		log(
			`  run ${run + 1}: ${ms(result.nodeMs)} (floor ${ms(floorMs(result.requests.length, entry.limit.perSecond))}; before the first request ${ms(beforeFirst)}, ` +
				`first to last ${ms(span)}, after the last ${ms(afterLast)}), ${result.requests.length} requests, ` +
				`busiest second ${stats.peakPerSecond}/s, the same requests through HTTP Request ${ms(replayed.nodeMs)}, peak RSS ${mb(result.peakRss ?? 0).toFixed(0)} MB (Edit Fields, same output: ${mb(baseline.peakRss ?? 0).toFixed(0)} MB)`,
		);
	}
	const pick = (key: keyof GrowthPoint) => median(runs.map((point) => point[key]));
	return {
		items,
		nodeMs: pick('nodeMs'),
		requests: Math.max(...runs.map((point) => point.requests)),
		peakPerSecond: Math.max(...runs.map((point) => point.peakPerSecond)),
		rejected: runs.reduce((sum, point) => sum + point.rejected, 0),
		peakRss: pick('peakRss'),
		n8nRss: pick('n8nRss'),
		replayMs: pick('replayMs'),
	};
}

interface GrowthCase {
	id: string;
	label: string;
	provider: string;
	limit: { provider: string; perSecond: number; methods?: string[] };
	rows: (items: number) => Array<Record<string, unknown>>;
	node: WorkflowNode;
}

function growthCases(): GrowthCase[] {
	return [
		{
			id: 'benchGrowthEs',
			label: `ExpertSender subscribers (assumed ${EXPERTSENDER_ASSUMED_LIMIT}/s)`,
			provider: 'expertsender',
			limit: { provider: 'expertsender', perSecond: EXPERTSENDER_ASSUMED_LIMIT },
			rows: subscriberRows,
			node: packageNode('expertSender', 'expertSenderApi', 'benchEsLimited', expertSenderUpsert('auto')),
		},
		{
			id: 'benchGrowthBird',
			label: `Bird Send Batch (${BIRD_POST_LIMIT} POST/s)`,
			provider: 'bird',
			limit: { provider: 'bird', perSecond: BIRD_POST_LIMIT, methods: ['POST'] },
			rows: messageRows,
			node: packageNode('birdChannels', 'birdChannelsApi', 'benchBirdLimited', {
				...birdTextMessage({ requestsInParallel: 10 }),
				resource: 'batchMessage',
				operation: 'sendBatch',
			}),
		},
	];
}

function growthRows(entry: GrowthCase, points: GrowthPoint[]): void {
	const perSecond = entry.limit.perSecond;
	for (const point of points) {
		const floor = floorMs(point.requests, perSecond);
		const extraRss = point.peakRss - point.n8nRss;
		rows.push({
			part: '5 growth',
			measure: `${entry.label}: ${point.items.toLocaleString('en-US')} items: time / floor (${point.requests} requests at ${perSecond}/s)`,
			figure: `${ms(point.nodeMs)} / ${ms(floor)} = ${(point.nodeMs / floor).toFixed(2)}; ${(point.nodeMs / point.items).toFixed(3)} ms/item`,
			target: point.items >= 10000 ? '≤ 1.20' : '(fixed costs dominate)',
			met: point.items >= 10000 ? point.nodeMs / floor <= 1.2 : undefined,
		});
		const machineFloor = Math.max(floor, point.replayMs);
		rows.push({
			part: '5 growth',
			measure: `${entry.label}: ${point.items.toLocaleString('en-US')} items: time / the larger of floor and the same requests through HTTP Request`,
			figure: `${ms(point.nodeMs)} / max(${ms(floor)}, ${ms(point.replayMs)}) = ${(point.nodeMs / machineFloor).toFixed(2)}`,
			target: '(where the rest goes)',
			met: undefined,
		});
		rows.push({
			part: '5 growth',
			measure: `${entry.label}: ${point.items.toLocaleString('en-US')} items: peak RSS, package / Edit Fields (same output); over the limit; busiest second`,
			figure: `${mb(point.peakRss).toFixed(0)} / ${mb(point.n8nRss).toFixed(0)} MB (${((extraRss / point.items) / 1024).toFixed(2)} KB/item more); ${point.rejected}; ${point.peakPerSecond}/s`,
			target: `0; ≤ ${perSecond}/s`,
			met: point.rejected === 0 && point.peakPerSecond <= perSecond,
		});
	}
	if (points.length < 2) return;
	const [first, last] = [points[0], points[points.length - 1]];
	const overheadRatio = overheadPerItem(last, perSecond) / overheadPerItem(first, perSecond);
	rows.push({
		part: '5 growth',
		measure: `${entry.label}: package time per item beyond the floor, ${last.items.toLocaleString('en-US')} / ${first.items.toLocaleString('en-US')} items`,
		figure: `${(overheadPerItem(last, perSecond) * 1000).toFixed(1)} / ${(overheadPerItem(first, perSecond) * 1000).toFixed(1)} µs = ${overheadRatio.toFixed(2)}`,
		target: '≤ 1.20 (flat)',
		met: overheadRatio <= 1.2,
	});
	// Memory per item added above the smallest size, against n8n's own storage of the same input and output items (see
	// sameOutputNode): the growth leaves out what either run needs whatever the number of items (n8n itself).
	const ourGrowth = (last.peakRss - first.peakRss) / (last.items - first.items);
	const n8nGrowth = (last.n8nRss - first.n8nRss) / (last.items - first.items);
	rows.push({
		part: '5 growth',
		measure: `${entry.label}: peak RSS per item added above ${first.items.toLocaleString('en-US')} items, package / Edit Fields (same output)`,
		figure: `${(ourGrowth / 1024).toFixed(2)} / ${(n8nGrowth / 1024).toFixed(2)} KB = ${(ourGrowth / n8nGrowth).toFixed(2)}`,
		target: '≤ 1.20',
		met: ourGrowth / n8nGrowth <= 1.2,
	});
}

async function growth(n8n: N8nInstance, sandbox: Sandbox): Promise<void> {
	for (const entry of growthCases().filter((candidate) => !GROWTH_CASES || GROWTH_CASES.includes(candidate.provider))) {
		const points: GrowthPoint[] = [];
		for (const items of GROWTH) {
			log(`growth: ${entry.label}, ${items} items, ${RUNS} runs...`);
			points.push(await growthPoint(n8n, sandbox, entry, items));
		}
		growthRows(entry, points);
	}
}

// ------------------------------------------------------------------------------------------------ main

function printTable(seconds: number, runtime: string): void {
	rows.sort((a, b) => a.part.localeCompare(b.part));
	const header = { part: 'part', measure: 'measure', figure: 'figure (median)', target: 'target', met: undefined };
	const widths = {
		part: Math.max(...[header, ...rows].map((row) => row.part.length)),
		measure: Math.max(...[header, ...rows].map((row) => row.measure.length)),
		figure: Math.max(...[header, ...rows].map((row) => row.figure.length)),
		target: Math.max(...[header, ...rows].map((row) => row.target.length)),
	};
	const line = (row: Row | typeof header, met: string) =>
		`${row.part.padEnd(widths.part)}  ${row.measure.padEnd(widths.measure)}  ${row.figure.padEnd(widths.figure)}  ${row.target.padEnd(widths.target)}  ${met}`;
	const cpu = cpus()[0]?.model ?? 'unknown CPU';
	process.stdout.write(
		[
			'',
			`Benchmark: n8n ${path.basename(runtime)}, ${RUNS} runs per figure, ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${Math.round(seconds)} s`,
			line(header, 'met'),
			...rows.map((row) => line(row, row.met === undefined ? '' : row.met ? 'yes' : 'NO')),
			'',
		].join('\n'),
	);
}

async function main(): Promise<void> {
	const started = Date.now();
	const parts = ONLY ? ONLY.split(',') : ['overhead', 'bulk', 'memory', 'codec', 'growth'];
	const folder = mkdtempSync(path.join(tmpdir(), 'messaging-suite-bench-'));
	let runtime = '';
	// The codec first, in a fresh process: later parts leave a large heap (the sandbox's log) that would tax its GC.
	if (parts.includes('codec')) await codec();
	if (parts.some((part) => part !== 'codec')) {
		runtime = ensureRuntime();
		const tarball = buildAndPack();
		const sandbox = createSandbox();
		await sandbox.start();
		const n8n = new N8nInstance(runtime, { N8N_RESTRICT_FILE_ACCESS_TO: folder });
		const workflows = new Map<string, N8nWorkflow>();
		try {
			n8n.installPackage(tarball);
			await n8n.importCredentials(credentialsFor(sandbox));
			if (parts.includes('overhead')) await overhead(n8n, sandbox, workflows);
			if (parts.includes('bulk')) await bulk(n8n, sandbox, workflows);
			if (parts.includes('memory')) await memory(n8n, sandbox, folder);
			if (parts.includes('growth')) await growth(n8n, sandbox);
		} finally {
			await sandbox.stop();
			rmSync(folder, { recursive: true, force: true });
		}
	}
	printTable((Date.now() - started) / 1000, runtime || 'not started');
	process.exitCode = rows.every((row) => row.met !== false) ? 0 : 1;
}

if (require.main === module) {
	main().catch((error: Error) => {
		log(`bench failed: ${error.stack ?? error.message}`);
		process.exit(1);
	});
}
