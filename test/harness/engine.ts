/**
 * Runs workflows through n8n-core's real execution engine (WorkflowExecute) in-process, with n8n-core's real node
 * helpers (httpRequestWithAuthentication, binary data) and credentials held in memory. Nodes are this package's own
 * sources, registered under their published type names (`n8n-nodes-messaging-suite.<name>`), plus the test-only
 * nodes in `test/harness/nodes`.
 */
import { Container } from '@n8n/di';
import { mock } from 'jest-mock-extended';
import { BinaryDataService, ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeExecutionData,
	INodeType,
	INodeTypes,
	IRun,
	IRunExecutionData,
	IVersionedNodeType,
	IWorkflowExecuteAdditionalData,
	IConnections,
	Workflow as WorkflowType,
} from 'n8n-workflow';
import { createRunExecutionData, ICredentialsHelper, NodeHelpers, Workflow } from 'n8n-workflow';
import path from 'node:path';

import packageJson from '../../package.json';
import { TestItems } from './nodes/TestItems.node';
import { ParameterProbe } from './nodes/ParameterProbe.node';
import { TransportProbe } from './nodes/TransportProbe.node';
import { TestProbeApi } from './nodes/TestProbeApi.credentials';

export const PACKAGE_NAME = packageJson.name;
const ROOT = path.resolve(__dirname, '../..');

/** `dist/nodes/X/X.node.js` → the TypeScript source the build makes it from. */
function sourceOf(distPath: string): string {
	return path.join(ROOT, distPath.replace(/^dist\//, '').replace(/\.js$/, '.ts'));
}

function loadClass<T>(distPath: string): T {
	const className = path.basename(distPath).split('.')[0];
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const module = require(sourceOf(distPath)) as Record<string, new () => T>;
	const Class = module[className];
	if (!Class) throw new Error(`${distPath} does not export class ${className}`);
	return new Class();
}

/** `MappEngage` → `mappEngage`: n8n's lint rules tie file, class and `name` together this way. */
function typeNameOf(distPath: string): string {
	const className = path.basename(distPath).split('.')[0];
	return className.charAt(0).toLowerCase() + className.slice(1);
}

/**
 * Node and credential types, loaded on first use from the files package.json lists (so that one broken node does
 * not stop the tests of the others), plus the test-only nodes.
 */
class Registry implements INodeTypes {
	private readonly nodes = new Map<string, INodeType | IVersionedNodeType>();

	private readonly credentialTypes = new Map<string, ICredentialType>();

	private readonly nodeFiles = new Map<string, string>();

	private readonly credentialFiles = new Map<string, string>();

	constructor() {
		for (const file of packageJson.n8n.nodes as string[]) {
			this.nodeFiles.set(`${PACKAGE_NAME}.${typeNameOf(file)}`, file);
		}
		for (const file of packageJson.n8n.credentials as string[]) {
			this.credentialFiles.set(typeNameOf(file), file);
		}
		for (const node of [new TestItems(), new TransportProbe(), new ParameterProbe()]) {
			this.nodes.set(`test.${node.description.name}`, node);
		}
		const probeCredential = new TestProbeApi();
		this.credentialTypes.set(probeCredential.name, probeCredential);
	}

	credential(name: string): ICredentialType | undefined {
		const file = this.credentialFiles.get(name);
		if (!this.credentialTypes.has(name) && file) this.credentialTypes.set(name, loadClass<ICredentialType>(file));
		return this.credentialTypes.get(name);
	}

	getByName(type: string): INodeType | IVersionedNodeType {
		const file = this.nodeFiles.get(type);
		if (!this.nodes.has(type) && file) this.nodes.set(type, loadClass<INodeType>(file));
		const node = this.nodes.get(type);
		if (!node) throw new Error(`Unknown node type ${type}`);
		return node;
	}

	getByNameAndVersion(type: string, version?: number): INodeType {
		return NodeHelpers.getVersionedNodeType(this.getByName(type), version);
	}

	getKnownTypes() {
		return {};
	}
}

let registry: Registry | undefined;

export function nodeRegistry(): Registry {
	registry ??= new Registry();
	return registry;
}

/**
 * Holds credentials in memory and applies each credential type's `authenticate` the way n8n's own credentials
 * helper does: a function is called; a generic block has its `={{ }}` expressions resolved against `$credentials`.
 */
export class InMemoryCredentialsHelper extends ICredentialsHelper {
	constructor(private readonly data: Record<string, ICredentialDataDecryptedObject>) {
		super();
	}

	getParentTypes(): string[] {
		return [];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions,
		workflow: WorkflowType,
		node: INode,
	): Promise<IHttpRequestOptions> {
		const type = nodeRegistry().credential(typeName);
		if (!type?.authenticate) return requestOptions;
		if (typeof type.authenticate === 'function') return await type.authenticate(credentials, requestOptions);
		requestOptions.headers ??= {};
		const resolve = (value: unknown) =>
			typeof value === 'string' && value.startsWith('=')
				? workflow.expression.getSimpleParameterValue(node, value, 'internal', { $credentials: credentials }, undefined, '')
				: value;
		for (const [outerKey, outerValue] of Object.entries(type.authenticate.properties)) {
			const target = ((requestOptions as unknown as Record<string, IDataObject>)[outerKey] ??= {});
			for (const [key, value] of Object.entries(outerValue as IDataObject)) {
				target[String(resolve(key))] = resolve(value) as IDataObject[string];
			}
		}
		return requestOptions;
	}

	async preAuthentication(): Promise<undefined> {
		return undefined;
	}

	async runPreAuthentication(): Promise<undefined> {
		return undefined;
	}

	getCredentialsProperties() {
		return [];
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		const data = this.data[type];
		if (!data) throw new Error(`No test credentials of type ${type}`);
		return structuredClone(data);
	}

	async getCredentials(): Promise<never> {
		throw new Error('Not used by the harness');
	}

	async updateCredentials(): Promise<void> {}

	async updateCredentialsOauthTokenData(): Promise<void> {}
}

let binaryDataReady: Promise<void> | undefined;

/** n8n's BinaryDataService in its default mode (filesystem: files are stored and read as streams), as a self-hosted n8n has it. */
async function initBinaryData(): Promise<void> {
	binaryDataReady ??= (async () => {
		await Container.get(BinaryDataService).init();
	})();
	await binaryDataReady;
}

export interface WorkflowNode {
	name: string;
	type: string;
	parameters?: IDataObject;
	credentials?: Record<string, { id: string; name: string }>;
	continueOnFail?: boolean;
	onError?: INode['onError'];
	executeOnce?: boolean;
	typeVersion?: number;
	position?: [number, number];
}

export interface WorkflowRun {
	run: IRun;
	/** Output items of a node (first run, first output). */
	output(nodeName: string): INodeExecutionData[];
	/** The error that stopped the workflow, if any. */
	error: IRun['data']['resultData']['error'];
}

/**
 * Runs `nodes` chained in the given order (or with explicit `connections`), starting from the first node with one
 * empty item, like a manual trigger.
 */
export async function runWorkflow(options: {
	nodes: WorkflowNode[];
	connections?: IConnections;
	credentials?: Record<string, ICredentialDataDecryptedObject>;
}): Promise<WorkflowRun> {
	await initBinaryData();
	const nodeTypes = nodeRegistry();
	const nodes: INode[] = options.nodes.map((node, index) => ({
		id: `node-${index}`,
		name: node.name,
		type: node.type,
		typeVersion: node.typeVersion ?? 1,
		position: node.position ?? [index * 200, 0],
		parameters: (node.parameters ?? {}) as INode['parameters'],
		credentials: node.credentials,
		onError: node.onError ?? (node.continueOnFail ? 'continueRegularOutput' : undefined),
		executeOnce: node.executeOnce,
	}));
	const connections: IConnections = options.connections ?? {};
	if (!options.connections) {
		for (let index = 0; index < nodes.length - 1; index++) {
			connections[nodes[index].name] = {
				main: [[{ node: nodes[index + 1].name, type: 'main', index: 0 }]],
			};
		}
	}
	const workflow = new Workflow({
		id: 'test-workflow',
		nodes,
		connections,
		nodeTypes,
		active: false,
		settings: { executionOrder: 'v1' },
	});

	const hooks = new ExecutionLifecycleHooks('manual', 'test-execution', mock());
	let resolveFinished!: (run: IRun) => void;
	const finished = new Promise<IRun>((resolve) => (resolveFinished = resolve));
	hooks.addHandler('workflowExecuteAfter', (fullRunData) => resolveFinished(fullRunData));

	const additionalData = mock<IWorkflowExecuteAdditionalData>();
	additionalData.hooks = hooks;
	additionalData.currentNodeParameters = undefined;
	additionalData.executionId = 'test-execution';
	additionalData.restApiUrl = 'http://localhost:5678/rest';
	additionalData.instanceBaseUrl = 'http://localhost:5678/';
	additionalData.formWaitingBaseUrl = 'http://localhost:5678/form-waiting';
	additionalData.webhookBaseUrl = 'http://localhost:5678/webhook';
	additionalData.webhookWaitingBaseUrl = 'http://localhost:5678/webhook-waiting';
	additionalData.webhookTestBaseUrl = 'http://localhost:5678/webhook-test';
	additionalData.variables = {};
	additionalData.credentialsHelper = new InMemoryCredentialsHelper(options.credentials ?? {});
	// Absent in a plain self-hosted run; a mock would answer with a function.
	additionalData.encryptedRunnerIdentity = undefined;
	additionalData.evalLlmMockHandler = undefined;

	const runExecutionData: IRunExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [{ node: nodes[0], data: { main: [[{ json: {} }]] }, source: null }],
		},
	});

	const execute = new WorkflowExecute(additionalData, 'manual', runExecutionData);
	await execute.processRunExecutionData(workflow);
	const run = await finished;
	return {
		run,
		error: run.data.resultData.error,
		output(nodeName: string) {
			const runs = run.data.resultData.runData[nodeName];
			if (!runs) throw new Error(`Node "${nodeName}" did not run`);
			return runs[0].data?.main[0] ?? [];
		},
	};
}
