/**
 * Runs a webhook trigger through n8n-core's real HookContext and WebhookContext, as n8n does: activation runs
 * `checkExists` and, when it answers false, `create` (n8n's WebhookService.createWebhookIfNotExists); deactivation
 * runs `delete`; a request to the webhook URL runs `webhook()`, which either writes its own answer
 * (`noWebhookResponse`), or answers 200 with `webhookResponse` and starts an execution when it returns
 * `workflowData`. Static data is kept between calls the way n8n keeps it: each call works on the stored copy, which
 * is stored again afterwards (n8n saves a workflow's static data after activation and after a webhook call).
 * Provider-neutral: nothing here knows a provider.
 */
import { mock } from 'jest-mock-extended';
import { HookContext, WebhookContext } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	INode,
	INodeExecutionData,
	IWebhookData,
	IWebhookDescription,
	IWebhookResponseData,
	IWorkflowExecuteAdditionalData,
	WebhookSetupMethodNames,
	WorkflowActivateMode,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { InMemoryCredentialsHelper, nodeRegistry } from './engine';

/** n8n's webhook base URLs in these tests (https with a domain, as providers require of a subscription URL). */
export const WEBHOOK_BASE_URL = 'https://n8n.example.com/webhook';
export const WEBHOOK_TEST_BASE_URL = 'https://n8n.example.com/webhook-test';

export type WebhookMode = 'production' | 'test';

export interface WebhookTriggerOptions {
	/** `n8n-nodes-messaging-suite.<name>` of the trigger. */
	type: string;
	parameters: IDataObject;
	credentials: Record<string, ICredentialDataDecryptedObject>;
	credentialType: string;
	/** n8n's production webhook base URL (its WEBHOOK_URL plus `webhook`); WEBHOOK_BASE_URL unless given. */
	webhookBaseUrl?: string;
}

export interface IncomingWebhook {
	headers: Record<string, string>;
	body: Buffer;
}

export interface WebhookAnswer {
	status: number;
	body: unknown;
	/** The items of the execution the request started, or null when it started none. */
	items: INodeExecutionData[] | null;
}

export interface WebhookTrigger {
	/** The URL n8n gives the trigger's `default` webhook. */
	url(mode?: WebhookMode): string;
	checkExists(mode?: WebhookMode): Promise<boolean>;
	/** What n8n does on activation: checkExists, then create when that answers false. */
	activate(mode?: WebhookMode): Promise<void>;
	deactivate(mode?: WebhookMode): Promise<boolean>;
	/** A request to the webhook URL, as n8n's webhook server hands it to `webhook()`. */
	receive(request: IncomingWebhook, mode?: WebhookMode): Promise<WebhookAnswer>;
	staticData(): IDataObject;
	setStaticData(data: IDataObject): void;
}

function additionalDataFor(credentials: Record<string, ICredentialDataDecryptedObject>, webhookBaseUrl: string): IWorkflowExecuteAdditionalData {
	const additionalData = mock<IWorkflowExecuteAdditionalData>();
	additionalData.credentialsHelper = new InMemoryCredentialsHelper(credentials);
	additionalData.currentNodeParameters = undefined;
	additionalData.executionId = undefined;
	additionalData.restApiUrl = 'https://n8n.example.com/rest';
	additionalData.instanceBaseUrl = 'https://n8n.example.com/';
	additionalData.webhookBaseUrl = webhookBaseUrl;
	additionalData.webhookWaitingBaseUrl = 'https://n8n.example.com/webhook-waiting';
	additionalData.webhookTestBaseUrl = WEBHOOK_TEST_BASE_URL;
	additionalData.variables = {};
	additionalData.encryptedRunnerIdentity = undefined;
	additionalData.evalLlmMockHandler = undefined;
	additionalData.httpRequest = undefined;
	additionalData.httpResponse = undefined;
	return additionalData;
}

interface RecordedResponse {
	status: number;
	body: string;
}

/** The parts of an express response a node may use to answer itself. */
function responseRecorder(recorded: RecordedResponse): unknown {
	const response = {
		writeHead(status: number) {
			recorded.status = status;
			return response;
		},
		status(status: number) {
			recorded.status = status;
			return response;
		},
		setHeader: () => response,
		end(body?: string | Buffer) {
			recorded.body = body === undefined ? '' : body.toString();
			return response;
		},
		send(body?: unknown) {
			recorded.body = typeof body === 'string' ? body : JSON.stringify(body);
			return response;
		},
		json(body?: unknown) {
			recorded.body = JSON.stringify(body);
			return response;
		},
	};
	return response;
}

function parsedBody(body: Buffer): unknown {
	try {
		return JSON.parse(body.toString('utf8'));
	} catch {
		return {};
	}
}

function answerOf(result: IWebhookResponseData, recorded: RecordedResponse): WebhookAnswer {
	const items = result.workflowData?.[0] ?? null;
	if (result.noWebhookResponse) return { status: recorded.status, body: recorded.body ? parsedBody(Buffer.from(recorded.body)) : '', items };
	return { status: 200, body: result.webhookResponse ?? { message: 'Workflow was started' }, items };
}

/** One request through `webhook()` with n8n-core's WebhookContext, with request data of its own. */
async function runWebhook(
	workflow: Workflow,
	node: INode,
	data: IWebhookData,
	credentials: Record<string, ICredentialDataDecryptedObject>,
	request: IncomingWebhook,
	mode: WebhookMode,
): Promise<WebhookAnswer> {
	const recorded: RecordedResponse = { status: 0, body: '' };
	// Request data of its own, so that concurrent requests do not share a response.
	const requestData = additionalDataFor(credentials, data.workflowExecuteAdditionalData.webhookBaseUrl);
	requestData.httpRequest = {
		method: 'POST',
		headers: request.headers,
		body: parsedBody(request.body),
		rawBody: request.body,
		readRawBody: async () => undefined,
		query: {},
		params: {},
	} as unknown as IWorkflowExecuteAdditionalData['httpRequest'];
	requestData.httpResponse = responseRecorder(recorded) as IWorkflowExecuteAdditionalData['httpResponse'];
	const context = new WebhookContext(workflow, node, requestData, mode === 'test' ? 'manual' : 'webhook', data, [], null);
	const result = await nodeRegistry().getByNameAndVersion(node.type, 1).webhook!.call(context);
	return answerOf(result, recorded);
}

/** A trigger node in a one-node active workflow, run as n8n runs webhook triggers. */
export function webhookTrigger(options: WebhookTriggerOptions): WebhookTrigger {
	const node: INode = {
		id: 'trigger-node',
		name: 'Trigger',
		type: options.type,
		typeVersion: 1,
		position: [0, 0],
		webhookId: '5f0c8a2e-6b1d-4e3f-9a7c-2d4e6f8a0b1c',
		parameters: options.parameters as INode['parameters'],
		credentials: { [options.credentialType]: { id: '1', name: 'Test credential' } },
	};
	let kept: IDataObject = {};
	const productionBase = options.webhookBaseUrl ?? WEBHOOK_BASE_URL;
	const additionalData = additionalDataFor(options.credentials, productionBase);

	/** The workflow as n8n loads it for one call: stored static data, parameters with their defaults. */
	const load = () => {
		const workflow = new Workflow({ id: 'webhook-workflow', nodes: [node], connections: {}, nodeTypes: nodeRegistry(), active: true, staticData: structuredClone(kept) });
		const workflowNode = workflow.getNode(node.name)!;
		const description = nodeRegistry().getByNameAndVersion(node.type, 1).description.webhooks![0] as IWebhookDescription;
		return { workflow, workflowNode, description };
	};
	const webhookData = (mode: WebhookMode, description: IWebhookDescription): IWebhookData => ({
		httpMethod: 'POST',
		node: node.name,
		path: `${node.webhookId}/${description.path}`,
		webhookDescription: description,
		workflowId: 'webhook-workflow',
		workflowExecuteAdditionalData: additionalData,
		isTest: mode === 'test',
	});
	const hook = async (method: WebhookSetupMethodNames, mode: WebhookMode): Promise<boolean> => {
		const { workflow, workflowNode, description } = load();
		const executeMode: WorkflowExecuteMode = mode === 'test' ? 'manual' : 'trigger';
		const activation: WorkflowActivateMode = mode === 'test' ? 'manual' : 'activate';
		const context = new HookContext(workflow, workflowNode, additionalData, executeMode, activation, webhookData(mode, description));
		const nodeType = nodeRegistry().getByNameAndVersion(node.type, 1);
		const result = await nodeType.webhookMethods!.default![method]!.call(context);
		kept = JSON.parse(JSON.stringify(workflow.staticData)) as IDataObject;
		return result;
	};
	return {
		url: (mode = 'production') => `${mode === 'test' ? WEBHOOK_TEST_BASE_URL : productionBase}/${node.webhookId}/webhook`,
		checkExists: async (mode = 'production') => await hook('checkExists', mode),
		async activate(mode = 'production') {
			if (!(await hook('checkExists', mode))) await hook('create', mode);
		},
		deactivate: async (mode = 'production') => await hook('delete', mode),
		async receive(request, mode = 'production') {
			const { workflow, workflowNode, description } = load();
			const answer = await runWebhook(workflow, workflowNode, webhookData(mode, description), options.credentials, request, mode);
			kept = JSON.parse(JSON.stringify(workflow.staticData)) as IDataObject;
			return answer;
		},
		staticData: () => structuredClone((kept['node:Trigger'] ?? {}) as IDataObject),
		setStaticData(data) {
			kept = { 'node:Trigger': structuredClone(data) };
		},
	};
}
