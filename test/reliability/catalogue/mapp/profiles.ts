import type { Sandbox } from '../../../../sandbox/framework';
import type { MappProvider } from '../../../../sandbox/providers/mapp';
import { eventDetailSendouts } from '../../../../sandbox/providers/mapp/messages';
import type { InvalidInput, OperationSpec, ProviderCatalogue } from '../types';

/**
 * Contact › Replace, Contact › Update by an identifier that needs a look-up, Message › Send Transactional With Event
 * Details, and Create Contact If Missing on a send. Contact Update by email is mapp.ts's "Update Contact".
 */

export type Api = 'rest' | 'soap';

const mapp = (sandbox: Sandbox) => sandbox.provider<MappProvider>('mapp');
const changes = (sandbox: Sandbox) => [...mapp(sandbox).changes];

// A few lines as in mapp.ts (that file is not this part's): the label and the spec's fixed fields.
const label = (api: Api, operation: string) => `Mapp Engage (${api.toUpperCase()}) ${operation}`;
const base = { node: 'mappEngage', credentialType: 'mappEngageApi', provider: 'mapp', providerName: 'Mapp Engage' };

function spec(api: Api, operation: string, rest: Omit<OperationSpec, 'label' | 'node' | 'credentialType' | 'provider' | 'providerName' | 'xml'>): OperationSpec {
	const result: OperationSpec = { ...base, label: label(api, operation), xml: api === 'soap', ...rest };
	if (api === 'rest') delete result.hostile;
	return result;
}

/** Each send with event details as message, contact, TMID and items: the same key twice is a message sent twice. */
const eventDetailSends = (sandbox: Sandbox) =>
	eventDetailSendouts(mapp(sandbox)).map(
		(sendout) => `eventDetails:${sendout.messageId}:${sendout.contactId}:${sendout.externalTransactionFormula}:${JSON.stringify(sendout.eventDetails)}`,
	);

/** Contacts created and messages sent, together: a repeated create or a repeated send both show. */
const createdAndSent = (sandbox: Sandbox) => [
	...changes(sandbox),
	...mapp(sandbox).sendouts.map((sendout) => `${sendout.method}:${sendout.messageId}:${sendout.contactId}:${JSON.stringify(sendout.parameters)}`),
];

const contactTexts = (sandbox: Sandbox) =>
	[...mapp(sandbox).contacts.values()].flatMap((contact) => [contact.identifier ?? '', ...contact.attributes.map((attribute) => attribute.value ?? '')]);

export function operations(api: Api): OperationSpec[] {
	return [
		spec(api, 'Replace Contact', {
			parameters: {
				api,
				resource: 'contact',
				operation: 'replace',
				identifierType: 'EMAIL',
				identifierValue: '={{ $json.email }}',
				standardAttributes: { identifier: '={{ $json.ext }}' },
				attributes: { pairs: [{ name: 'FirstName', value: '={{ $json.firstName }}' }] },
			},
			items: [
				{ json: { email: 'j.mcexample@example.com', ext: 'CRM-A', firstName: 'Jon' } },
				{ json: { email: 'j.mcexample@example.com', ext: 'CRM-B', firstName: 'Johnny' } },
			],
			deliveries: changes,
			hostile: { fields: ['item.ext', 'item.firstName'], received: contactTexts },
		}),
		spec(api, 'Update Contact by External Identifier', {
			// contact/get for the contact ID first; the faults hit the partial update (REST whichever API).
			parameters: {
				api,
				resource: 'contact',
				operation: 'update',
				identifierType: 'EXTERNAL',
				identifierValue: 'CRM-0001',
				attributes: { pairs: [{ name: 'FirstName', value: '={{ $json.firstName }}' }] },
			},
			items: [{ json: { firstName: 'Jon' } }, { json: { firstName: 'Johnny' } }],
			deliveries: changes,
			faultOn: { path: '/user/updateProfile' },
		}),
		spec(api, 'Send Transactional With Event Details', {
			parameters: {
				api,
				resource: 'message',
				operation: 'sendTransactionalWithEventDetails',
				messageId: '23541',
				recipientBy: 'identifier',
				identifierType: 'EMAIL',
				identifierValue: 'j.mcexample@example.com',
				externalTransactionFormula: '={{ $json.tmid }}',
				eventDetailsSource: 'json',
				eventDetailsJson: '={{ $json.lines }}',
			},
			items: [
				{ json: { tmid: 'ORDER-1', lines: [{ sku: 'C1', qty: 1 }] } },
				{ json: { tmid: 'ORDER-2', lines: [{ sku: 'S1', qty: 2 }, { sku: 'B1', qty: 1 }] } },
			],
			deliveries: eventDetailSends,
			faultOn: { path: '/message/sendTransactionalWithEventDetails' },
		}),
		spec(api, 'Send Prepared Message Creating the Contact', {
			// Two new contacts: look-up (NO_SUCH_OBJECT), create, send. The faults hit the create.
			parameters: {
				api,
				resource: 'message',
				operation: 'sendPrepared',
				messageId: '23541',
				recipientBy: 'identifier',
				identifierType: 'EMAIL',
				identifierValue: '={{ $json.email }}',
				createIfMissing: true,
				creationAttributes: { pairs: [{ name: 'FirstName', value: '={{ $json.firstName }}' }] },
			},
			items: [
				{ json: { email: 'ann@example.com', firstName: 'Ann' } },
				{ json: { email: 'bob@example.com', firstName: 'Bob' } },
			],
			deliveries: createdAndSent,
			faultOn: api === 'rest' ? { path: '/contact/create' } : { bodyIncludes: 'ecm:contactCreate>' },
			hostile: { fields: ['item.firstName'], received: contactTexts },
		}),
	];
}

const BAD_EMAILS = ['', '   ', 'john.example.com', 'john@', 'john doe@example.com'];
const BAD_MESSAGE_IDS = ['', 'abc', '-5', '2.5', '../23541', '%2e%2e'];

export function invalid(api: Api): ProviderCatalogue['invalid'] {
	const eventDetailInputs: InvalidInput[] = [
		{ path: 'messageId', values: BAD_MESSAGE_IDS, field: 'Message ID' },
		{ path: 'item.lines', values: [[], {}, ['C1'], [{ sku: { id: 1 } }], [{}]], field: 'Event Details (JSON)' },
		{ path: 'identifierValue', values: BAD_EMAILS, field: 'Identifier Value' },
	];
	return [
		{
			operation: label(api, 'Replace Contact'),
			inputs: [
				{ path: 'item.email', values: BAD_EMAILS, field: 'Identifier Value' },
				{ path: 'standardAttributes.emailAddress', values: ['not-an-email', 'someone.else@example.com'], field: 'Standard Attributes > Email' },
				{ path: 'attributes.pairs[0].name', values: ['', '   '], field: 'Attributes' },
			],
		},
		{
			operation: label(api, 'Update Contact by External Identifier'),
			inputs: [
				{ path: 'standardAttributes.applicationAlias', values: ['app-1'], field: 'Standard Attributes > Application Alias' },
				{ path: 'clearAttributes', values: ['FirstName', 'user.firstname'], field: 'Attributes to Clear' },
				{ path: 'attributes.pairs[0].name', values: ['', '   '], field: 'Attributes' },
			],
		},
		{ operation: label(api, 'Send Transactional With Event Details'), inputs: eventDetailInputs },
		{
			operation: label(api, 'Send Prepared Message Creating the Contact'),
			inputs: [
				{ path: 'item.email', values: BAD_EMAILS, field: 'Identifier Value' },
				{ path: 'creationAttributes.pairs[0].name', values: ['', '  '], field: 'Attributes on Creation' },
			],
		},
	];
}
