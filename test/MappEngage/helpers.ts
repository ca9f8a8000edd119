import { XMLParser } from 'fast-xml-parser';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	ILoadOptionsFunctions,
	INodeParameters,
} from 'n8n-workflow';

import { Sandbox, type LoggedRequest } from '../../sandbox/framework';
import { MappProvider } from '../../sandbox/providers/mapp';
import { runWorkflow, type WorkflowRun } from '../harness/engine';
import { loadOptionsContext } from '../harness/loadOptions';

export const NODE_TYPE = 'n8n-nodes-messaging-suite.mappEngage';
export const ECM = 'http://ecircle.com/developer/ecmapi';
export const SOAPENV = 'http://schemas.xmlsoap.org/soap/envelope/';
export const REST = '/api/rest/v19';
export const SOAP = '/api/soap/v19';
export const APIS = ['rest', 'soap'] as const;
export type Api = (typeof APIS)[number];

/** The seeded contact 33457 (John) as every contact operation outputs it. */
export const JOHN = {
	contactId: '33457',
	emailAddress: 'j.mcexample@example.com',
	mobileNumber: '48505606707',
	applicationAlias: null,
	identifier: 'CRM-0001',
	attributes: [
		{ name: 'FirstName', value: 'John' },
		{ name: 'user.ISOCountryCode', value: 'PL' },
	],
	unifiedIdentifiers: [],
	channelAddresses: [],
};

export interface ItemSpec {
	json: IDataObject;
	binary?: Record<string, { base64?: string; text?: string; fileName?: string; mimeType?: string }>;
}

/** A started sandbox with only the Mapp module, reset before each test. */
export function useMappSandbox(): { sandbox: Sandbox; provider: MappProvider; credentials: () => Record<string, IDataObject> } {
	const provider = new MappProvider();
	const sandbox = new Sandbox([provider]);
	let credentials: Record<string, IDataObject> = {};
	beforeAll(async () => {
		await sandbox.start();
		credentials = Object.fromEntries(sandbox.credentials().map((credential) => [credential.type, credential.data]));
	});
	afterAll(async () => await sandbox.stop());
	beforeEach(() => sandbox.reset());
	return { sandbox, provider, credentials: () => credentials };
}

export interface RunOptions {
	items?: ItemSpec[];
	continueOnFail?: boolean;
	credentials?: IDataObject;
}

export async function runMapp(
	credentials: Record<string, IDataObject>,
	parameters: IDataObject,
	options: RunOptions = {},
): Promise<WorkflowRun> {
	return await runWorkflow({
		credentials: { mappEngageApi: { ...credentials.mappEngageApi, ...options.credentials } as ICredentialDataDecryptedObject },
		nodes: [
			{ name: 'Items', type: 'test.items', parameters: { items: JSON.stringify(options.items ?? [{ json: {} }]) } },
			{
				name: 'Mapp',
				type: NODE_TYPE,
				parameters,
				credentials: { mappEngageApi: { id: '1', name: 'Mapp' } },
				continueOnFail: options.continueOnFail,
			},
		],
	});
}

const ordered = new XMLParser({
	preserveOrder: true,
	ignoreAttributes: false,
	attributeNamePrefix: '',
	parseTagValue: false,
	trimValues: true,
});

type Canonical = string | { [tag: string]: { attributes: Record<string, string>; children: Canonical[] } };

function canonicalNodes(nodes: Array<Record<string, unknown>>): Canonical[] {
	return nodes.map((node) => {
		if ('#text' in node) return String(node['#text']);
		const tag = Object.keys(node).find((key) => key !== ':@')!;
		const attributes = Object.fromEntries(
			Object.entries((node[':@'] as Record<string, string> | undefined) ?? {}).sort(([a], [b]) => a.localeCompare(b)),
		);
		return { [tag]: { attributes, children: canonicalNodes(node[tag] as Array<Record<string, unknown>>) } };
	});
}

/** XML as ordered elements with prefixes, namespace declarations and text: equal when the documents are. */
export function canonicalXml(text: string): Canonical[] {
	return canonicalNodes(ordered.parse(text) as Array<Record<string, unknown>>);
}

/** The SOAP envelope the node must write for `operation` with `inner` as the operation element's content. */
export function envelope(operation: string, inner: string): string {
	return `<soapenv:Envelope xmlns:soapenv="${SOAPENV}" xmlns:ecm="${ECM}"><soapenv:Header/><soapenv:Body><ecm:${operation}>${inner}</ecm:${operation}></soapenv:Body></soapenv:Envelope>`;
}

export function basic(user: string, password: string): string {
	return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

/** The parts of a logged request a test asserts: method, path, query, content type, body (parsed). */
export function wire(entry: LoggedRequest): IDataObject {
	const type = entry.headers['content-type'];
	let body: unknown = entry.body;
	if (entry.body !== '' && type?.startsWith('application/json')) body = JSON.parse(entry.body);
	else if (entry.body !== '' && type?.startsWith('text/xml')) body = canonicalXml(entry.body);
	return {
		method: entry.method,
		path: entry.path,
		query: entry.query,
		contentType: type,
		...(type?.startsWith('text/xml') ? { soapAction: entry.headers.soapaction } : {}),
		body: body as IDataObject,
	};
}

/** What `wire` gives for a REST call. */
export function restCall(path: string, query: IDataObject, body?: unknown): IDataObject {
	return {
		method: 'POST',
		path: `${REST}${path}`,
		query,
		contentType: body === undefined ? undefined : 'application/json',
		body: (body === undefined ? '' : body) as IDataObject,
	};
}

/** What `wire` gives for a SOAP call. */
export function soapCall(operation: string, inner: string): IDataObject {
	return {
		method: 'POST',
		path: SOAP,
		query: {},
		contentType: 'text/xml; charset=utf-8',
		soapAction: '""',
		body: canonicalXml(envelope(operation, inner)) as unknown as IDataObject,
	};
}

/**
 * The editor's context for the node's list searches: the shared harness's load-options context (n8n-core's
 * LoadOptionsContext) with the Mapp credential, the node's current parameters and the Message ID field as the list.
 */
export function mappListContext(credentials: Record<string, IDataObject>, parameters: INodeParameters): ILoadOptionsFunctions {
	return loadOptionsContext({
		node: 'mappEngage',
		credentialType: 'mappEngageApi',
		credentials: credentials.mappEngageApi as ICredentialDataDecryptedObject,
		parameters,
		path: 'parameters.messageId',
	});
}
