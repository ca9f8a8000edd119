import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { parseXml, type XmlParsedElement } from '../../nodes/shared/codec';
import { Sandbox, type LoggedRequest } from '../../sandbox/framework';
import { EXPERTSENDER_API_KEY, ExpertSenderProvider } from '../../sandbox/providers/expertsender';
import { runWorkflow, type WorkflowRun } from '../harness/engine';

export const NODE_TYPE = 'n8n-nodes-messaging-suite.expertSender';
export const API_REQUEST_START =
	'<ApiRequest xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xs="http://www.w3.org/2001/XMLSchema">';

export interface ItemSpec {
	json: IDataObject;
	binary?: Record<string, { base64?: string; text?: string; fileName?: string; mimeType?: string }>;
}

/** One sandbox with the ExpertSender module for a test file: started once, reset before every test. */
export function useExpertSenderSandbox() {
	const provider = new ExpertSenderProvider();
	const sandbox = new Sandbox([provider]);
	const state = {
		sandbox,
		provider,
		credentials: {} as Record<string, Record<string, string | number | boolean>>,
	};
	beforeAll(async () => {
		await sandbox.start();
		state.credentials = Object.fromEntries(sandbox.credentials().map((c) => [c.type, c.data]));
	});
	afterAll(async () => await sandbox.stop());
	beforeEach(() => sandbox.reset());
	return state;
}

export interface RunOptions {
	items?: ItemSpec[];
	continueOnFail?: boolean;
	credentials?: Record<string, Record<string, string | number | boolean>>;
}

/** Runs Test Items → ExpertSender through the real engine. */
export async function runExpertSender(
	state: ReturnType<typeof useExpertSenderSandbox>,
	parameters: IDataObject,
	options: RunOptions = {},
): Promise<WorkflowRun & { items: INodeExecutionData[] }> {
	const run = await runWorkflow({
		credentials: options.credentials ?? state.credentials,
		nodes: [
			{ name: 'Items', type: 'test.items', parameters: { items: JSON.stringify(options.items ?? [{ json: {} }]) } },
			{
				name: 'ExpertSender',
				type: NODE_TYPE,
				parameters,
				continueOnFail: options.continueOnFail,
				credentials: { expertSenderApi: { id: '1', name: 'ExpertSender' } },
			},
		],
	});
	let items: INodeExecutionData[] = [];
	try {
		items = run.output('ExpertSender');
	} catch {
		items = [];
	}
	return Object.assign(run, { items });
}

/** The body of a logged POST, parsed (CDATA and escapes resolved), after checking its exact envelope bytes. */
export function wireRequest(entry: LoggedRequest): XmlParsedElement {
	expect(entry.headers['content-type']).toMatch(/^text\/xml/);
	expect(entry.body.startsWith(API_REQUEST_START)).toBe(true);
	return parseXml(entry.body, { what: 'the logged request' });
}

/** What the parsed ApiRequest must look like, with the key first. */
export function apiRequest(children: IDataObject): XmlParsedElement {
	return { ApiRequest: { ApiKey: EXPERTSENDER_API_KEY, ...children } } as unknown as XmlParsedElement;
}

export const SECRET_FORMS = [
	EXPERTSENDER_API_KEY,
	encodeURIComponent(EXPERTSENDER_API_KEY),
	new URLSearchParams({ k: EXPERTSENDER_API_KEY }).toString().slice(2),
	EXPERTSENDER_API_KEY.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
];

/** The value at a dot path of a parsed document (undefined when absent). */
export function at<T = unknown>(value: unknown, dottedPath: string): T {
	let current: unknown = value;
	for (const key of dottedPath.split('.')) {
		current = current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined;
	}
	return current as T;
}

/** The e-mail addresses of a logged Subscribers request, in order. */
export function subscriberEmails(entry: LoggedRequest): string[] {
	return ([] as Array<{ Email: string }>).concat(at(wireRequest(entry), 'ApiRequest.MultiData.Subscriber')).map((s) => s.Email);
}
