import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { requestOptionsProperty } from '../../../nodes/shared/descriptions';
import { runOperation } from '../../../nodes/shared/execute';
import { asXmlElement, xmlText, type XmlElement } from '../../../nodes/shared/codec';
import {
	providerRequest,
	requestsPerSecond,
	type ProviderProfile,
	type RequestBody,
	type ResponseFormat,
} from '../../../nodes/shared/transport';

/** A provider profile shaped like the real ones, with short back-off so that retry tests run fast. */
export const probeProfile: ProviderProfile = {
	name: 'Probe',
	credentialType: 'testProbeApi',
	secrets: (credentials) => [String(credentials.password)],
	basicAuth: (credentials) => ({ user: String(credentials.user), password: String(credentials.password) }),
	parseError({ body, fault }) {
		if (fault) return undefined;
		const json = body as IDataObject | undefined;
		if (json && typeof json === 'object' && typeof json.error === 'object' && json.error !== null) {
			const error = json.error as IDataObject;
			return { message: String(error.message), code: error.code as string | undefined };
		}
		const xmlError = asXmlElement(asXmlElement(json as never).Error);
		if (xmlError.Message !== undefined) return { message: xmlText(xmlError.Message) ?? '' };
		return undefined;
	},
	isNotProcessed: ({ statusCode }) => statusCode === 429,
	statusHint: (statusCode) => (statusCode === 401 ? 'Check the user and password of the credential.' : undefined),
	retry: { baseDelayMs: 20, maxDelayMs: 200, maxRetryAfterMs: 5_000 },
	// No ceiling unless a test's credential sets one.
	rateCeiling: (credentials) => ({
		key: `probe:${String(credentials.baseUrl)}`,
		perSecond: requestsPerSecond(credentials.requestsPerSecond, 0),
	}),
};

/** Test-only node: one shared-transport request per input item, described by its parameters. */
export class TransportProbe implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Transport Probe',
		name: 'transportProbe',
		group: ['output'],
		version: 1,
		description: 'Sends one request per item through the shared transport',
		defaults: { name: 'Transport Probe' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'testProbeApi', required: true }],
		properties: [
			{ displayName: 'Method', name: 'method', type: 'string', default: 'POST' },
			{ displayName: 'Path', name: 'path', type: 'string', default: '/echo' },
			{ displayName: 'Format', name: 'format', type: 'string', default: 'json' },
			{ displayName: 'Body', name: 'body', type: 'json', default: '{}' },
			{ displayName: 'Idempotent', name: 'idempotent', type: 'boolean', default: false },
			{ displayName: 'Timeout', name: 'timeoutMs', type: 'number', default: 5000 },
			{ displayName: 'Authenticate', name: 'authenticate', type: 'boolean', default: true },
			requestOptionsProperty(),
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await runOperation.call(this, {
			description: [],
			execute: async (itemIndex) => {
				const credentials = await this.getCredentials('testProbeApi', itemIndex);
				const format = this.getNodeParameter('format', itemIndex) as ResponseFormat;
				const method = this.getNodeParameter('method', itemIndex) as 'GET' | 'POST';
				const rawBody = this.getNodeParameter('body', itemIndex) as string | IDataObject;
				const value = (typeof rawBody === 'string' ? JSON.parse(rawBody) : rawBody) as XmlElement;
				let body: RequestBody | undefined;
				if (method !== 'GET') {
					if (format === 'xml') body = { xml: { root: 'Request', value } };
					else if (format === 'soap')
						body = { soap: { namespace: 'urn:probe', prefix: 'p', operation: 'probeCall', body: value } };
					else body = { json: value };
				}
				const response = await providerRequest.call(this, probeProfile, {
					operation: 'Probe Call',
					itemIndex,
					method,
					url: `${String(credentials.baseUrl)}${this.getNodeParameter('path', itemIndex) as string}`,
					body,
					response: format,
					idempotent: this.getNodeParameter('idempotent', itemIndex) as boolean,
					timeoutMs: this.getNodeParameter('timeoutMs', itemIndex) as number,
					authenticate: this.getNodeParameter('authenticate', itemIndex) as boolean,
				});
				return {
					statusCode: response.statusCode,
					attempts: response.attempts,
					body: response.body as IDataObject,
					...(response.soapOperation ? { soapOperation: response.soapOperation } : {}),
				};
			},
		});
	}
}
