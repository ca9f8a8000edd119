/**
 * `npm run demo`, the main job: builds and packs the package, starts the provider sandbox, installs the tarball into
 * a real n8n 2.x as the community-node installer would, imports the example workflows and sandbox credentials,
 * executes every example and prints what was sent and what came back. Exits non-zero when anything fails.
 */
import path from 'node:path';

import { createSandbox, type LoggedRequest } from '../sandbox';
import {
	buildAndPack,
	describeRequest,
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

const MAX_VALUE_LENGTH = 90;

function short(value: unknown): string {
	const text = typeof value === 'string' ? value : JSON.stringify(value);
	return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
}

function summarise(workflow: N8nWorkflow, result: ExecutionResult, requests: LoggedRequest[]): string[] {
	const lines = [`${result.ok ? 'PASS' : 'FAIL'}  ${workflow.name}  (${workflow.id})`];
	for (const node of workflow.nodes) {
		if (!node.type.startsWith(`${PACKAGE_NAME}.`)) continue;
		const run = result.nodes[node.name];
		if (!run) {
			lines.push(`      ${node.name}: did not run`);
			continue;
		}
		const { resource, operation } = node.parameters ?? {};
		lines.push(`      ${node.name} [${String(resource)} → ${String(operation)}]: ${run.items.length} item(s) out`);
		for (const item of run.items.slice(0, 3)) lines.push(`        ← ${short(item.json)}`);
		if (run.error) lines.push(`        ✗ ${run.error.message}`);
	}
	for (const request of requests) lines.push(`      wire: ${request.provider.padEnd(12)} ${describeRequest(request)}`);
	if (result.error) lines.push(`      error: ${result.error}`);
	return lines;
}

async function main(): Promise<void> {
	const started = Date.now();
	const runtime = ensureRuntime();
	const tarball = buildAndPack();
	const sandbox = createSandbox();
	const url = await sandbox.start();
	log(`Sandbox listening on ${url}`);
	const n8n = new N8nInstance(runtime);
	try {
		log(`Installing ${path.basename(tarball)} into ${n8n.userFolder}/.n8n/nodes ...`);
		n8n.installPackage(tarball);
		await n8n.importCredentials(sandbox.credentials().map((credential) => ({ ...credential, id: sandboxCredentialId(credential.type) })));
		const workflows = readWorkflows(path.join(ROOT, 'examples'));
		await n8n.importWorkflows(workflows);
		log(`Imported ${workflows.length} example workflows; executing them one by one...\n`);

		let failures = 0;
		for (const workflow of workflows.filter((candidate) => !isTriggerWorkflow(candidate))) {
			// Each example starts from the sandbox's seeded accounts, as in the e2e suite: one example's changes (a
			// subscriber removed from a list, say) must not decide whether the next one works.
			sandbox.reset();
			prepareExample(workflow.id, sandbox);
			const before = sandbox.log.length;
			const result = await n8n.execute(workflow.id);
			if (!result.ok) failures++;
			process.stdout.write(`${summarise(workflow, result, sandbox.log.slice(before)).join('\n')}\n\n`);
		}
		const triggers = workflows.filter(isTriggerWorkflow);
		log(`Activating the ${triggers.length} trigger examples in a running n8n (n8n start); the provider side then sends or adds an event...\n`);
		sandbox.reset();
		const before = sandbox.log.length;
		for (const [workflow, problems] of await runTriggerExamples(n8n, sandbox, triggers, await freePort())) {
			if (problems.length > 0) failures++;
			const lines = [`${problems.length === 0 ? 'PASS' : 'FAIL'}  ${workflow.name}  (${workflow.id}, activated)`, ...problems.map((problem) => `      ✗ ${problem}`)];
			process.stdout.write(`${lines.join('\n')}\n`);
		}
		for (const request of sandbox.log.slice(before)) process.stdout.write(`      wire: ${request.provider.padEnd(12)} ${describeRequest(request)}\n`);
		process.stdout.write(
			`\n${workflows.length - failures} of ${workflows.length} example workflows passed in a real n8n ` +
				`(${Math.round((Date.now() - started) / 1000)} s).\n`,
		);
		process.exitCode = failures === 0 ? 0 : 1;
	} finally {
		await sandbox.stop();
	}
}

main().catch((error: Error) => {
	log(`demo failed: ${error.message}`);
	process.exit(1);
});
