/**
 * `npm run test:e2e`: every example workflow, and one workflow per operation (test/e2e/cases), run in a real n8n 2.x
 * with this package installed from its packed tarball, against the sandbox. Each case asserts the node's output
 * items and the exact requests the sandbox saw. Exits non-zero when any case fails.
 */
import path from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import { createSandbox, type LoggedRequest, type Sandbox } from '../sandbox';
import { cases as allCases } from '../test/e2e/cases';
import { sameWire, type E2eCase } from '../test/e2e/cases/types';
import {
	buildAndPack,
	ensureRuntime,
	log,
	N8nInstance,
	PACKAGE_NAME,
	readWorkflows,
	ROOT,
	sandboxCredentialId,
	type ExecutionResult,
	type N8nWorkflow,
} from './n8n';
import { prepareExample } from './exampleData';
import { freePort, isTriggerWorkflow, runTriggerExamples } from './triggers';

const NODE_UNDER_TEST = 'Node under test';

/** `E2E_ONLY=e2eMapp` runs only the cases and examples whose id starts with it (for iterating on one node). */
const only = process.env.E2E_ONLY;
const cases = only ? allCases.filter((testCase) => testCase.id.startsWith(only)) : allCases;

const CREDENTIAL_OF: Record<string, string> = {
	mappEngage: 'mappEngageApi',
	expertSender: 'expertSenderApi',
	birdChannels: 'birdChannelsApi',
	cordial: 'cordialApi',
};

/** Manual Trigger → Set (the input items as JSON) → Split Out → Convert to File per binary property → the node. */
export function workflowOf(testCase: E2eCase): N8nWorkflow {
	const input = testCase.input ?? [{ json: {} }];
	const rows = input.map((item) => {
		const row: IDataObject = { ...item.json };
		for (const [name, file] of Object.entries(item.binary ?? {})) {
			row[`__file_${name}`] = file.base64;
			row[`__name_${name}`] = file.fileName;
			row[`__type_${name}`] = file.mimeType;
		}
		return row;
	});
	const binaryNames = [...new Set(input.flatMap((item) => Object.keys(item.binary ?? {})))];
	const chain: N8nWorkflow['nodes'] = [
		{ name: 'Start', type: 'n8n-nodes-base.manualTrigger', parameters: {} },
		{ name: 'Input', type: 'n8n-nodes-base.set', parameters: { mode: 'raw', jsonOutput: JSON.stringify({ rows }), options: {} } },
		{ name: 'Items', type: 'n8n-nodes-base.splitOut', parameters: { fieldToSplitOut: 'rows', include: 'noOtherFields', options: {} } },
		...binaryNames.map((name) => ({
			name: `File ${name}`,
			type: 'n8n-nodes-base.convertToFile',
			parameters: {
				operation: 'toBinary',
				sourceProperty: `__file_${name}`,
				binaryPropertyName: name,
				options: { fileName: `={{ $json.__name_${name} }}`, mimeType: `={{ $json.__type_${name} }}` },
			},
		})),
		// Convert to File keeps only the file; this puts the item's JSON back beside it.
		...(binaryNames.length > 0
			? [
					{
						name: 'Item JSON',
						type: 'n8n-nodes-base.set',
						parameters: { mode: 'raw', jsonOutput: "={{ JSON.stringify($('Items').item.json) }}", includeOtherFields: true, include: 'all', options: {} },
					},
				]
			: []),
		{
			name: NODE_UNDER_TEST,
			type: `${PACKAGE_NAME}.${testCase.node.type}`,
			parameters: testCase.node.parameters,
			credentials: {
				[CREDENTIAL_OF[testCase.node.type]]: { id: sandboxCredentialId(CREDENTIAL_OF[testCase.node.type]), name: 'sandbox' },
			},
			...(testCase.continueOnFail ? { onError: 'continueRegularOutput' } : {}),
		},
	];
	const nodes = chain.map((node, index) => ({
		id: `${testCase.id}-${index}`,
		typeVersion: { 'n8n-nodes-base.set': 3.4, 'n8n-nodes-base.convertToFile': 1.1 }[node.type] ?? 1,
		position: [index * 220, 0],
		...node,
	}));
	const connections: Record<string, unknown> = {};
	for (let index = 0; index < nodes.length - 1; index++) {
		connections[nodes[index].name] = { main: [[{ node: nodes[index + 1].name, type: 'main', index: 0 }]] };
	}
	return { id: testCase.id, name: `e2e: ${testCase.name}`, nodes, connections, settings: { executionOrder: 'v1' }, active: false };
}

/** Whether `actual` contains everything `expected` says: objects by key, arrays element by element (same length). */
export function contains(actual: unknown, expected: unknown): boolean {
	if (Array.isArray(expected)) {
		return Array.isArray(actual) && actual.length === expected.length && expected.every((entry, index) => contains(actual[index], entry));
	}
	if (expected !== null && typeof expected === 'object') {
		if (actual === null || typeof actual !== 'object') return false;
		return Object.entries(expected).every(([key, value]) => contains((actual as IDataObject)[key], value));
	}
	return actual === expected;
}

function checkCase(testCase: E2eCase, result: ExecutionResult, wire: LoggedRequest[], sandbox: Sandbox): string[] {
	const problems: string[] = [];
	const run = result.nodes[NODE_UNDER_TEST];
	const { expect } = testCase;
	if (expect.error !== undefined) {
		const message = run?.error?.message ?? result.error ?? '';
		if (!message.includes(expect.error)) problems.push(`expected an error containing "${expect.error}", got "${message}"`);
	} else if (!result.ok || !run || run.error) {
		problems.push(`the workflow failed: ${run?.error?.message ?? result.error ?? 'the node did not run'}`);
	}
	if (expect.items !== undefined) {
		const items = (run?.items ?? []).map((item) => item.json);
		if (!contains(items, expect.items)) {
			problems.push(`output items ${JSON.stringify(items).slice(0, 600)} do not match ${JSON.stringify(expect.items).slice(0, 600)}`);
		}
	}
	const seen = wire.map((request) => ({ provider: request.provider, method: request.method, path: request.path, status: request.status }));
	if (!sameWire(testCase, seen)) {
		problems.push(`requests ${JSON.stringify(seen)} differ from ${JSON.stringify(expect.wire)}`);
	}
	try {
		expect.sandbox?.(sandbox);
	} catch (error) {
		problems.push(`sandbox check: ${(error as Error).message}`);
	}
	return problems;
}

function checkExample(workflow: N8nWorkflow, result: ExecutionResult): string[] {
	const problems: string[] = [];
	if (!result.ok) problems.push(`the workflow failed: ${result.error ?? 'unknown error'}`);
	for (const node of workflow.nodes.filter((candidate) => candidate.type.startsWith(`${PACKAGE_NAME}.`))) {
		const run = result.nodes[node.name];
		if (!run) problems.push(`${node.name} did not run`);
		else if (run.error) problems.push(`${node.name}: ${run.error.message}`);
		else if (run.items.length === 0) problems.push(`${node.name} gave no items`);
		else if (run.items.some((item) => 'error' in item.json)) problems.push(`${node.name} gave an error item`);
	}
	return problems;
}

async function main(): Promise<void> {
	const started = Date.now();
	const runtime = ensureRuntime();
	const tarball = buildAndPack();
	const sandbox = createSandbox();
	await sandbox.start();
	const n8n = new N8nInstance(runtime);
	let failures = 0;
	let total = 0;
	try {
		n8n.installPackage(tarball);
		await n8n.importCredentials(sandbox.credentials().map((credential) => ({ ...credential, id: sandboxCredentialId(credential.type) })));
		const examples = readWorkflows(path.join(ROOT, 'examples')).filter((workflow) => !only || workflow.id.startsWith(only));
		await n8n.importWorkflows([...examples, ...cases.map(workflowOf)]);
		log(`Running ${examples.length} examples and ${cases.length} operation workflows in n8n (about 6 s each; the trigger examples activated, about 2 minutes)...`);

		for (const workflow of examples.filter((candidate) => !isTriggerWorkflow(candidate))) {
			sandbox.reset();
			prepareExample(workflow.id, sandbox);
			const problems = checkExample(workflow, await n8n.execute(workflow.id));
			total++;
			if (problems.length > 0) failures++;
			process.stdout.write(`${problems.length === 0 ? 'ok  ' : 'FAIL'} example ${workflow.name}\n${problems.map((p) => `       ${p}\n`).join('')}`);
		}
		for (const testCase of cases) {
			sandbox.reset();
			testCase.setup?.(sandbox);
			const before = sandbox.log.length;
			const result = await n8n.execute(testCase.id);
			const problems = checkCase(testCase, result, sandbox.log.slice(before), sandbox);
			total++;
			if (problems.length > 0) failures++;
			process.stdout.write(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${testCase.node.type}: ${testCase.name}\n${problems.map((p) => `       ${p}\n`).join('')}`);
		}
		const triggers = examples.filter(isTriggerWorkflow);
		if (triggers.length > 0) {
			sandbox.reset();
			for (const [workflow, problems] of await runTriggerExamples(n8n, sandbox, triggers, await freePort())) {
				total++;
				if (problems.length > 0) failures++;
				process.stdout.write(`${problems.length === 0 ? 'ok  ' : 'FAIL'} example ${workflow.name} (activated)\n${problems.map((p) => `       ${p}\n`).join('')}`);
			}
		}
	} finally {
		await sandbox.stop();
	}
	process.stdout.write(`\ne2e: ${total - failures} passed, ${failures} failed (${Math.round((Date.now() - started) / 1000)} s, n8n ${path.basename(runtime)})\n`);
	process.exitCode = failures === 0 ? 0 : 1;
}

if (require.main === module) {
	main().catch((error: Error) => {
		log(`e2e failed: ${error.stack ?? error.message}`);
		process.exit(1);
	});
}
