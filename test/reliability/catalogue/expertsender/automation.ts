import { ExpertSenderProvider } from '../../../../sandbox/providers/expertsender';
import type { Sandbox } from '../../../../sandbox/framework';
import { suppressionLists } from '../../../../sandbox/providers/expertsender/suppressionLists';
import { triggerSends } from '../../../../sandbox/providers/expertsender/triggers';
import { customEvents } from '../../../../sandbox/providers/expertsender/workflowCustomEvents';
import type { InvalidInput, OperationSpec, ProviderCatalogue } from '../types';

const expertsender = (sandbox: Sandbox) => sandbox.provider<ExpertSenderProvider>('expertsender');

const base = { node: 'expertSender', credentialType: 'expertSenderApi', provider: 'expertsender', providerName: 'ExpertSender', xml: true };

/** A second subscriber for the operations that need two distinct receivers. */
function addAnn(sandbox: Sandbox): void {
	expertsender(sandbox).addSubscriber({
		id: 1500,
		email: 'ann@example.com',
		customSubscriberId: 'CRM-1500',
		properties: new Map(),
		lists: new Map([[1, { status: 'Active', date: '2025-03-01T09:00:00' }]]),
		events: [],
		subscriptions: [],
	});
}

const sendTrigger: OperationSpec = {
	...base,
	label: 'ExpertSender Send Trigger Message',
	parameters: {
		resource: 'triggerMessage',
		operation: 'send',
		triggerId: { __rl: true, mode: 'id', value: '={{ $json.trigger }}' },
		receiverBy: 'email',
		receiverEmail: '={{ $json.email }}',
	},
	items: [{ json: { trigger: '400', email: 'patrick@mydomain.com' } }, { json: { trigger: '401', email: 'ann@example.com' } }],
	setup: addAnn,
	// One key per receiver a trigger reached: the same key twice is a trigger message sent twice.
	deliveries: (sandbox) => triggerSends(expertsender(sandbox)).map((send) => `${send.triggerId}:${send.subscriberId}`),
};

const sendCustomEvent: OperationSpec = {
	...base,
	label: 'ExpertSender Send Workflow Custom Event',
	parameters: {
		resource: 'customEvent',
		operation: 'send',
		customEventId: '1',
		receiverBy: 'email',
		receiverEmail: '={{ $json.email }}',
		dataFields: {
			dataField: [
				{ name: 'OrderId', type: 'Text', value: '={{ $json.orderId }}' },
				{ name: 'Total', type: 'Number', value: '={{ $json.total }}' },
				{ name: 'OrderedAt', type: 'Datetime', value: '2026-01-15T14:30:00Z' },
			],
		},
	},
	items: [{ json: { email: 'patrick@mydomain.com', orderId: 'A-1', total: '49.90' } }, { json: { email: 'ann@example.com', orderId: 'A-2', total: '12' } }],
	setup: addAnn,
	deliveries: (sandbox) => customEvents(expertsender(sandbox)).map((event) => `${event.customEventId}:${event.subscriberId}:${JSON.stringify(event.dataFields)}`),
	hostile: {
		fields: ['item.orderId'],
		received: (sandbox) => customEvents(expertsender(sandbox)).flatMap((event) => event.dataFields.filter((entry) => entry.name === 'OrderId').map((entry) => entry.value)),
	},
};

const addToSuppressionList: OperationSpec = {
	...base,
	label: 'ExpertSender Add to Suppression List',
	parameters: {
		resource: 'suppressionList',
		operation: 'add',
		suppressionList: { __rl: true, mode: 'id', value: '={{ $json.list }}' },
		entryType: 'email',
		entry: '={{ $json.email }}',
	},
	items: [{ json: { list: '1', email: 'no.mail.1@example.com' } }, { json: { list: '3', email: 'no.mail.2@example.com' } }],
	// ExpertSender keeps an entry once however often it is added, so the list's new entries are the changes.
	deliveries: (sandbox) => suppressionLists(expertsender(sandbox)).flatMap((list) => list.entries.filter((entry) => entry !== 'blocked@example.com').map((entry) => `${list.id}:${entry}`)),
};

const getSuppressionLists: OperationSpec = {
	...base,
	label: 'ExpertSender Get Many Suppression Lists',
	parameters: { resource: 'suppressionList', operation: 'getAll', returnAll: true },
	items: [{ json: { n: 1 } }, { json: { n: 2 } }],
	oneToOne: false,
};

export const operations: OperationSpec[] = [sendTrigger, sendCustomEvent, addToSuppressionList, getSuppressionLists];

const EMAILS = ['not-an-email', 'a@b', 'a b@example.com', '@example.com', 'name@', 'a@@example.com'];
const IDS = ['abc', '12x', '-5', '0', '1.5', '1e3', '99999999999', '0x1F', '.', '..', '%2e%2e', '1/../2'];

export const invalid: ProviderCatalogue['invalid'] = [
	{
		operation: 'ExpertSender Send Trigger Message',
		inputs: [
			{ path: 'item.trigger', values: ['', '  ', ...IDS], field: 'Trigger Message' },
			{ path: 'item.email', values: ['', ...EMAILS], field: 'Email' },
			{ path: 'receiverId', values: ['abc', '-1', '0', '2.5'], field: 'Subscriber ID', with: { receiverBy: 'id' } },
		],
	},
	{
		operation: 'ExpertSender Send Workflow Custom Event',
		inputs: [
			{ path: 'customEventId', values: ['={{ "" }}', ...IDS], field: 'Custom Event ID' },
			{ path: 'item.email', values: ['', ...EMAILS], field: 'Email' },
			{ path: 'receiverPhone', values: ['abc', '123', '+48 12'], field: 'Phone', with: { receiverBy: 'phone' } },
			{ path: 'item.orderId', values: ['', '  ', 'half \uD83D of an emoji'], field: 'Data Field 1 › Value' },
			{ path: 'item.total', values: ['1,5', 'abc', '1e3', '12.'], field: 'Data Field 2 › Value' },
			{ path: 'dataFields.dataField[2].value', values: ['yesterday', '2026-02-30 10:00:00', '2026-01-15 25:00:00'], field: 'Data Field 3 › Value' },
			{ path: 'dataFields.dataField[1].name', values: ['', 'orderid'], field: 'Data Field 2 › Name' },
			{ path: 'dataFields.dataField[0].type', values: ['Money', 'toString', '__proto__'], field: 'Data Field 1 › Type' },
		],
	},
	{
		operation: 'ExpertSender Add to Suppression List',
		inputs: [
			{ path: 'item.email', values: ['', ...EMAILS], field: 'Entry' },
			{ path: 'item.list', values: ['', ...IDS], field: 'Suppression List' },
		],
	},
	{
		operation: 'ExpertSender Get Many Suppression Lists',
		inputs: [{ path: 'limit', values: [0, -1, 2.5], field: 'Limit', with: { returnAll: false } }],
	},
] satisfies Array<{ operation: string; inputs: InvalidInput[] }>;
