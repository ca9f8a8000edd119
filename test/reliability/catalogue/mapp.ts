import { mappProfile } from '../../../nodes/MappEngage/transport';
import { MappProvider } from '../../../sandbox/providers/mapp';
import type { Sandbox } from '../../../sandbox/framework';
import type { OperationSpec, ProviderCatalogue } from './types';

const mapp = (sandbox: Sandbox) => sandbox.provider<MappProvider>('mapp');

/** Every sendout as message, recipient and parameters: the same key twice is a message delivered twice. */
const sendouts = (sandbox: Sandbox) =>
	mapp(sandbox).sendouts.map((sendout) => `${sendout.method}:${sendout.messageId}:${sendout.contactId}:${JSON.stringify(sendout.parameters)}`);

const base = { node: 'mappEngage', credentialType: 'mappEngageApi', provider: 'mapp', providerName: 'Mapp Engage' };

function sendPrepared(api: 'rest' | 'soap'): OperationSpec {
	return {
		...base,
		label: `Mapp Engage (${api.toUpperCase()}) Send Prepared Message`,
		xml: api === 'soap',
		parameters: {
			api,
			resource: 'message',
			operation: 'sendPrepared',
			messageId: '23541',
			recipientBy: 'identifier',
			identifierType: 'EMAIL',
			identifierValue: '={{ $json.email }}',
			parameters: { pairs: [{ name: 'OrderNo', value: '={{ $json.orderNo }}' }] },
		},
		items: [
			{ json: { email: 'j.mcexample@example.com', orderNo: 'A-1' } },
			{ json: { email: 'j.mcexample@example.com', orderNo: 'A-2' } },
		],
		deliveries: sendouts,
		faultOn: api === 'rest' ? { path: '/message/sendSingle' } : { bodyIncludes: 'messageSendSingle' },
		hostile: {
			fields: ['item.orderNo'],
			received: (sandbox) => mapp(sandbox).sendouts.flatMap((sendout) => sendout.parameters.map((parameter) => String(parameter.value))),
		},
	};
}

export const mappCatalogue: ProviderCatalogue = {
	profile: mappProfile,
	secretFields: ['password'],
	retries429: false,
	notProcessed: MappProvider.rateLimitResponse(),
	operations: [
		{
			...base,
			label: 'Mapp Engage (REST) Get Contact',
			parameters: { api: 'rest', resource: 'contact', operation: 'get', identifierType: 'EMAIL', identifierValue: '={{ $json.email }}' },
			items: [{ json: { email: 'j.mcexample@example.com' } }, { json: { email: 'j.mcexample@example.com' } }],
		},
		sendPrepared('rest'),
		sendPrepared('soap'),
	],
	invalid: [
		{
			operation: 'Mapp Engage (REST) Send Prepared Message',
			inputs: [{ path: 'messageId', values: ['', '   ', 'abc', '12x', '-5'], field: 'Message ID' }],
		},
	],
};
