import { expertSenderProfile } from '../../../nodes/ExpertSender/transport';
import { ExpertSenderProvider } from '../../../sandbox/providers/expertsender';
import type { Sandbox } from '../../../sandbox/framework';
import * as automation from './expertsender/automation';
import * as dataTables from './expertsender/dataTables';
import * as lists from './expertsender/lists';
import * as messages from './expertsender/messages';
import type { InvalidInput, ItemSpec, OperationSpec, ProviderCatalogue } from './types';

const expertsender = (sandbox: Sandbox) => sandbox.provider<ExpertSenderProvider>('expertsender');

const base = { node: 'expertSender', credentialType: 'expertSenderApi', provider: 'expertsender', providerName: 'ExpertSender', xml: true };

const PDF = Buffer.from('%PDF-1.5 sandbox invoice').toString('base64');

/** Every transactional sendout as kind, message, receiver, snippets and attachments: the same key twice is a message sent twice. */
const sendouts = (kind: 'Transactionals' | 'SystemTransactionals') => (sandbox: Sandbox) =>
	expertsender(sandbox)
		.sent.filter((sent) => sent.kind === kind)
		.map(
			(sent) =>
				`${sent.kind}:${sent.messageId}:${sent.subscriberId}:${JSON.stringify(sent.snippets)}:${sent.attachments.map((attachment) => attachment.fileName).join('|')}`,
		);

/**
 * Every subscriber change ExpertSender processed: one key per `<Subscriber>` of a processed Subscribers request (the
 * module applies all rows of an accepted request or none), so a batch processed twice shows each row twice.
 */
const subscriberChanges = (sandbox: Sandbox) =>
	sandbox
		.requests('expertsender')
		.filter((entry) => entry.processed && entry.method === 'POST' && entry.path === '/v2/Api/Subscribers')
		.flatMap((entry) => [...entry.body.matchAll(/<Subscriber>([\s\S]*?)<\/Subscriber>/g)].map((match) => match[1]));

/** Every processed deletion: path and query (the API key aside). */
const deletions = (sandbox: Sandbox) =>
	sandbox
		.requests('expertsender')
		.filter((entry) => entry.processed && entry.method === 'DELETE')
		.map((entry) => `${entry.path}?${String(entry.query.email ?? '')}:${String(entry.query.listId ?? '')}`);

function transactional(operation: 'send' | 'sendSystem'): OperationSpec {
	const system = operation === 'sendSystem';
	const item = (n: number, email: string): ItemSpec => ({
		json: { messageId: system ? '200' : '123', email, orderNo: `A-${n}`, fileName: `invoice-${n}.pdf` },
		binary: { data: { base64: PDF, fileName: 'invoice.pdf', mimeType: 'application/pdf' } },
	});
	return {
		...base,
		label: system ? 'ExpertSender Send System Transactional' : 'ExpertSender Send Transactional',
		parameters: {
			resource: 'transactional',
			operation,
			messageId: '={{ $json.messageId }}',
			receiverEmail: '={{ $json.email }}',
			snippets: { snippet: [{ name: 'orderNo', value: '={{ $json.orderNo }}' }] },
			attachments: { attachment: [{ binaryPropertyName: 'data', fileName: '={{ $json.fileName }}', mimeType: '' }] },
			options: {},
		},
		items: system
			? [item(1, 'new.one@example.com'), item(2, 'new.two@example.com')]
			: [item(1, 'patrick@mydomain.com'), item(2, 'patrick@mydomain.com')],
		deliveries: sendouts(system ? 'SystemTransactionals' : 'Transactionals'),
		hostile: {
			fields: ['item.orderNo', 'item.fileName'],
			received: (sandbox) =>
				expertsender(sandbox).sent.flatMap((sent) => [
					...sent.snippets.map((snippet) => snippet.value),
					...sent.attachments.map((attachment) => attachment.fileName),
				]),
		},
	};
}

const upsert: OperationSpec = {
	...base,
	label: 'ExpertSender Create or Update Contact',
	parameters: {
		resource: 'contact',
		operation: 'upsert',
		list: { __rl: true, mode: 'id', value: '1' },
		email: '={{ $json.email }}',
		mode: 'AddAndUpdate',
		matchingMode: 'Email',
		additionalFields: {
			firstName: '={{ $json.firstName }}',
			lastName: '={{ $json.lastName }}',
			name: '={{ $json.name }}',
			trackingCode: '={{ $json.trackingCode }}',
			vendor: '={{ $json.vendor }}',
			customSubscriberId: '={{ $json.customSubscriberId }}',
		},
		customProperties: { property: [{ id: '2', type: 'xs:string', value: '={{ $json.city }}' }] },
	},
	items: [1, 2].map((n) => ({
		json: {
			email: `reliability.${n}@example.com`,
			firstName: `First ${n}`,
			lastName: `Last ${n}`,
			name: `Full Name ${n}`,
			trackingCode: `track-${n}`,
			vendor: `vendor-${n}`,
			customSubscriberId: `CRM-${n}`,
			city: `City ${n}`,
		},
	})),
	deliveries: subscriberChanges,
	hostile: {
		fields: ['item.firstName', 'item.lastName', 'item.name', 'item.trackingCode', 'item.vendor', 'item.customSubscriberId', 'item.city'],
		received: (sandbox) =>
			[...expertsender(sandbox).subscribers.values()]
				.filter((subscriber) => subscriber.id >= 5000)
				.flatMap((subscriber) => [
					subscriber.firstname,
					subscriber.lastname,
					subscriber.name,
					subscriber.trackingCode,
					subscriber.vendor,
					subscriber.customSubscriberId,
					...[...subscriber.properties.values()],
				])
				.filter((value): value is string => typeof value === 'string'),
	},
};

function getContact(by: 'email' | 'id'): OperationSpec {
	return {
		...base,
		label: `ExpertSender Get Contact (by ${by === 'email' ? 'Email' : 'Subscriber ID'})`,
		parameters: {
			resource: 'contact',
			operation: 'get',
			by,
			[`${by}Value`]: by === 'email' ? '={{ $json.email }}' : '={{ $json.id }}',
			detailLevel: 'Full',
		},
		items: [
			{ json: { email: 'patrick@mydomain.com', id: '1001' } },
			{ json: { email: 'gone@example.com', id: '1002' } },
		],
	};
}

function deleteContact(by: 'email' | 'id'): OperationSpec {
	return {
		...base,
		label: `ExpertSender Delete Contact (by ${by === 'email' ? 'Email' : 'Subscriber ID'})`,
		parameters: {
			resource: 'contact',
			operation: 'delete',
			by,
			[`${by}Value`]: by === 'email' ? '={{ $json.email }}' : '={{ $json.id }}',
			options: {},
		},
		items: [
			{ json: { email: 'patrick@mydomain.com', id: '1001' } },
			{ json: { email: 'gone@example.com', id: '1002' } },
		],
		deliveries: deletions,
	};
}

const getLists: OperationSpec = {
	...base,
	label: 'ExpertSender Get Many Lists',
	parameters: { resource: 'list', operation: 'getAll', returnAll: false, limit: 50, options: {} },
	items: [{ json: { n: 1 } }, { json: { n: 2 } }],
	oneToOne: false,
};

const EMAILS = ['not-an-email', 'a@b', 'a b@example.com', '@example.com', 'name@', 'a@@example.com', 'name@exa mple.com', 'name<x>@example.com'];
const IDS = ['abc', '12x', '-5', '0', '1.5', '1e3', '99999999999', '0x1F'];

const sendInvalid = (operation: string): { operation: string; inputs: InvalidInput[] } => ({
	operation,
	inputs: [
		{ path: 'item.messageId', values: ['', '   ', ...IDS], field: 'Message ID' },
		{ path: 'receiverId', values: ['abc', '-1', '0', '2.5'], field: 'Subscriber ID' },
		{ path: 'item.email', values: EMAILS, field: 'Email' },
		{ path: 'receiverEmailMd5', values: ['abc', 'z'.repeat(32), 'a'.repeat(33)], field: 'Email MD5' },
		{ path: 'item.email', values: ['', '  '], field: 'Receiver' },
		{ path: 'options.listId', values: ['abc', '-3', '0'], field: 'List' },
		{ path: 'options.bcc', values: ['not-an-email', 'archive@example.com;bad', 'a b@example.com'], field: 'Bcc' },
		{ path: 'snippets.snippet[0].name', values: ['', '  ', 'has space', 'a<b', 'tag]]>'], field: 'Snippet 1 › Name' },
		{ path: 'snippets.snippet[1]', values: [{ name: 'orderNo', value: 'again' }], field: 'Snippet 2 › Name' },
		{ path: 'item.orderNo', values: [{ no: 1 }, ['A-1', 'A-2'], 'half \uD83D of an emoji'], field: 'Snippet 1 › Value' },
		{ path: 'item.messageId', values: ['.', '..', '%2e%2e'], field: 'Message ID' },
		{ path: 'attachments.attachment[0].binaryPropertyName', values: ['', 'missing', 'file'], field: 'Input Binary Field' },
		{ path: 'attachments.attachment[0].mimeType', values: ['pdf', 'application', 'a b/c', 'text/'], field: 'MIME Type' },
		{ path: 'attachments.attachment[1]', values: [{ binaryPropertyName: 'data', fileName: 'INVOICE-1.pdf' }], field: 'File Name' },
	],
});

export const expertsenderCatalogue: ProviderCatalogue = {
	profile: expertSenderProfile,
	secretFields: ['apiKey'],
	retries429: true,
	operations: [
		transactional('send'),
		transactional('sendSystem'),
		upsert,
		getContact('email'),
		getContact('id'),
		deleteContact('email'),
		deleteContact('id'),
		getLists,
		...automation.operations,
		...dataTables.operations,
		...lists.operations,
		...messages.operations,
	],
	invalid: [
		...automation.invalid,
		...dataTables.invalid,
		...lists.invalid,
		...messages.invalid,
		sendInvalid('ExpertSender Send Transactional'),
		sendInvalid('ExpertSender Send System Transactional'),
		{
			operation: 'ExpertSender Create or Update Contact',
			inputs: [
				{ path: 'list.value', values: ['abc', '0', '-1', '1.5'], field: 'List' },
				{ path: 'item.email', values: EMAILS, field: 'Email' },
				{ path: 'item.email', values: [''], field: 'Email' },
				{ path: 'mode', values: ['Bogus'], field: 'Mode' },
				{ path: 'matchingMode', values: ['Bogus'], field: 'Matching Mode' },
				{ path: 'matchingMode', values: ['Phone'], field: 'Phone' },
				{ path: 'matchingMode', values: ['Id'], field: 'Subscriber ID' },
				{ path: 'additionalFields.subscriberId', values: ['abc', '-1', '0', '12345678901'], field: 'Subscriber ID' },
				{ path: 'additionalFields.phone', values: ['abc', '123', '+48 12', '+1234567890123456789012', '48-12-abc'], field: 'Phone' },
				{ path: 'additionalFields.ip', values: ['abc', '999', 'localhost', '1.2.3', '256.1.1.1', '999.999.999.999'], field: 'IP' },
				{ path: 'additionalFields.force', values: ['maybe', 'yes', '1'], field: 'Force Confirmation' },
				{ path: 'additionalFields.allowUnsubscribed', values: ['no'], field: 'Allow Unsubscribed' },
				{ path: 'additionalFields.allowRemoved', values: ['0'], field: 'Allow Removed' },
				{ path: 'customProperties.property[0].id', values: ['', 'abc', '-1'], field: 'Property ID' },
				// Names a plain object answers from its prototype are no types either.
				{ path: 'customProperties.property[0].type', values: ['xs:foo', 'toString', 'constructor', '__proto__'], field: 'Type' },
				{
					path: 'customProperties.property[1]',
					values: [
						{ id: '1', type: 'xs:int', value: 'abc' },
						{ id: '1', type: 'xs:int', value: '99999999999' },
						{ id: '3', type: 'xs:boolean', value: 'yes' },
						{ id: '4', type: 'xs:date', value: '2024-02-30' },
						{ id: '5', type: 'xs:dateTime', value: 'yesterday' },
						{ id: '6', type: 'xs:double', value: '1,5' },
					],
					field: 'Property 2 › Value',
				},
				{ path: 'customProperties.property[1]', values: [{ id: '2', type: 'xs:string', value: 'twice' }], field: 'Property 2 › Property Name or ID' },
			],
		},
		{
			operation: 'ExpertSender Get Contact (by Email)',
			inputs: [
				{ path: 'item.email', values: ['', ...EMAILS], field: 'Email' },
				{ path: 'by', values: ['phoneNumber', 'toString', 'constructor'], field: 'By' },
			],
		},
		{
			operation: 'ExpertSender Get Contact (by Subscriber ID)',
			inputs: [{ path: 'item.id', values: ['', ...IDS], field: 'Subscriber ID' }],
		},
		{
			operation: 'ExpertSender Delete Contact (by Email)',
			inputs: [
				{ path: 'item.email', values: ['', ...EMAILS], field: 'Email' },
				{ path: 'options.listId', values: ['abc', '-1', '0'], field: 'List' },
			],
		},
		{
			operation: 'ExpertSender Delete Contact (by Subscriber ID)',
			inputs: [{ path: 'item.id', values: ['', ...IDS], field: 'Subscriber ID' }],
		},
		{
			operation: 'ExpertSender Get Many Lists',
			inputs: [{ path: 'limit', values: [0, -1, 2.5], field: 'Limit' }],
		},
	] satisfies Array<{ operation: string; inputs: InvalidInput[] }>,
};
