/**
 * Workflow JSON fixtures, n8n's own habit for node tests: a workflow exported from (and importable into) the editor,
 * `*.workflow.json`, whose Manual Trigger's pinned data is the input and whose other pinned data is each node's
 * expected output. Here the workflow runs through the real engine against the sandbox instead of recorded HTTP;
 * `meta.sandboxRequests` optionally lists the requests the sandbox must receive, as [method, path] pairs.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { runWorkflow, type WorkflowNode, type WorkflowRun } from './engine';

const MANUAL_TRIGGER = 'n8n-nodes-base.manualTrigger';

export interface WorkflowFixture {
	name: string;
	nodes: Array<WorkflowNode & { id?: string }>;
	connections: Record<string, unknown>;
	pinData?: Record<string, Array<{ json: IDataObject }>>;
	meta?: { sandboxRequests?: Array<[string, string]> };
}

/** Every `*.workflow.json` below `folder`, sorted, as paths relative to it. */
export function fixtureFiles(folder: string): string[] {
	const found: string[] = [];
	const visit = (current: string) => {
		for (const entry of readdirSync(current).sort()) {
			const full = path.join(current, entry);
			if (statSync(full).isDirectory()) visit(full);
			else if (entry.endsWith('.workflow.json')) found.push(path.relative(folder, full));
		}
	};
	visit(folder);
	return found;
}

export function readFixture(file: string): WorkflowFixture {
	return JSON.parse(readFileSync(file, 'utf8')) as WorkflowFixture;
}

/**
 * Runs the fixture: its Manual Trigger emits its pinned items (through the harness's item node, which the engine can
 * run without n8n's base nodes), and the pinned data of every other node is taken away, so that the node runs.
 * Gives the run and the expected output of each node that had pinned data.
 */
export async function runFixture(
	fixture: WorkflowFixture,
	credentials: Record<string, Record<string, string | number | boolean>>,
): Promise<{ run: WorkflowRun; expected: Record<string, IDataObject[]> }> {
	const pinned = fixture.pinData ?? {};
	const expected: Record<string, IDataObject[]> = {};
	const nodes = fixture.nodes.map((node): WorkflowNode => {
		const { name, type, parameters, credentials: nodeCredentials, typeVersion, position, onError, executeOnce } = node;
		if (type === MANUAL_TRIGGER) {
			return { name, type: 'test.items', position, parameters: { items: JSON.stringify(pinned[name] ?? [{ json: {} }]) } };
		}
		if (pinned[name]) expected[name] = pinned[name].map((item) => item.json);
		return { name, type, parameters, credentials: nodeCredentials, typeVersion, position, onError, executeOnce };
	});
	const run = await runWorkflow({
		nodes,
		connections: fixture.connections as never,
		credentials: credentials as never,
	});
	return { run, expected };
}

/** The JSON of a node's output items, as pinned data holds them. */
export function outputJson(run: WorkflowRun, node: string): IDataObject[] {
	return run.output(node).map((item: INodeExecutionData) => item.json);
}
