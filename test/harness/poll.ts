/**
 * Runs a polling trigger's `poll()` through n8n-core's real PollContext (its request helpers, credentials and
 * parameter resolution), as n8n's TriggersAndPollers does for an active workflow ('trigger' mode) or for "Fetch Test
 * Event" ('manual' mode). The node's static data is kept across polls the way n8n 2.x keeps it: a poll works on a
 * staged copy, which is kept when the poll returns (items or null) and dropped when it throws, so that the next poll
 * repeats the same window.
 */
import { mock } from 'jest-mock-extended';
import { PollContext, TriggersAndPollers } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	INode,
	INodeExecutionData,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';
import { Container } from '@n8n/di';

import { InMemoryCredentialsHelper, nodeRegistry } from './engine';

export interface PollerOptions {
	/** `n8n-nodes-messaging-suite.<name>` of the trigger. */
	type: string;
	parameters: IDataObject;
	credentials: Record<string, ICredentialDataDecryptedObject>;
	/** The credential type the node uses, e.g. `cordialApi`. */
	credentialType: string;
}

export interface Poller {
	/** One poll: its items (first output), or null when it emitted nothing. */
	poll(mode?: 'trigger' | 'manual'): Promise<INodeExecutionData[] | null>;
	/** The node's static data as kept after the polls so far. */
	staticData(): IDataObject;
	/** Replaces the kept static data (e.g. to start from a given cursor). */
	setStaticData(data: IDataObject): void;
}

function additionalDataFor(credentials: Record<string, ICredentialDataDecryptedObject>): IWorkflowExecuteAdditionalData {
	const additionalData = mock<IWorkflowExecuteAdditionalData>();
	additionalData.credentialsHelper = new InMemoryCredentialsHelper(credentials);
	additionalData.currentNodeParameters = undefined;
	additionalData.executionId = undefined;
	additionalData.restApiUrl = 'http://localhost:5678/rest';
	additionalData.instanceBaseUrl = 'http://localhost:5678/';
	additionalData.webhookBaseUrl = 'http://localhost:5678/webhook';
	additionalData.webhookWaitingBaseUrl = 'http://localhost:5678/webhook-waiting';
	additionalData.webhookTestBaseUrl = 'http://localhost:5678/webhook-test';
	additionalData.variables = {};
	additionalData.encryptedRunnerIdentity = undefined;
	additionalData.evalLlmMockHandler = undefined;
	return additionalData;
}

/** A trigger node in a one-node workflow, polled as n8n polls it, with its static data kept between polls. */
export function poller(options: PollerOptions): Poller {
	const node: INode = {
		id: 'trigger-node',
		name: 'Trigger',
		type: options.type,
		typeVersion: 1,
		position: [0, 0],
		parameters: options.parameters as INode['parameters'],
		credentials: { [options.credentialType]: { id: '1', name: 'Test credential' } },
	};
	// The Workflow fills in the parameters' defaults, as n8n does when it loads a workflow.
	const workflow = new Workflow({ id: 'poll-workflow', nodes: [node], connections: {}, nodeTypes: nodeRegistry(), active: true });
	const workflowNode = workflow.getNode(node.name)!;
	const additionalData = additionalDataFor(options.credentials);
	let kept: IDataObject = {};
	return {
		async poll(mode = 'trigger') {
			const staged = structuredClone(kept);
			const context = new PollContext(
				workflow,
				workflowNode,
				additionalData,
				mode as WorkflowExecuteMode,
				mode === 'manual' ? 'manual' : 'activate',
				() => undefined,
				() => undefined,
				async () => undefined,
				async (run) => await run(),
				() => staged,
			);
			const result = await Container.get(TriggersAndPollers).runPollFunction(workflow, workflowNode, context);
			// Reached only when the poll returned: its staged static data is what n8n keeps.
			kept = staged;
			return result === null ? null : (result[0] ?? []);
		},
		staticData: () => structuredClone(kept),
		setStaticData(data) {
			kept = structuredClone(data);
		},
	};
}
