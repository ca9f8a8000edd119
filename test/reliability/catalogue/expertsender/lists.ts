import { ExpertSenderProvider } from '../../../../sandbox/providers/expertsender';
import type { Sandbox } from '../../../../sandbox/framework';
import { accountLists, listDescriptions } from '../../../../sandbox/providers/expertsender/lists';
import type { InvalidInput, OperationSpec, ProviderCatalogue } from '../types';

const expertsender = (sandbox: Sandbox) => sandbox.provider<ExpertSenderProvider>('expertsender');

const base = { node: 'expertSender', credentialType: 'expertSenderApi', provider: 'expertsender', providerName: 'ExpertSender', xml: true };

/** The lists made since the reset (the seed has IDs up to 7): the same key twice is a list created twice. */
const createdLists = (sandbox: Sandbox) =>
	accountLists(expertsender(sandbox))
		.filter((list) => list.id > 7)
		.map((list) => `${list.name}:${list.friendlyName}:${list.optInMode}`);

const createList: OperationSpec = {
	...base,
	label: 'ExpertSender Create List',
	parameters: {
		resource: 'list',
		operation: 'create',
		name: '={{ $json.name }}',
		optInMode: 'SingleOptIn',
		additionalFields: { friendlyName: '={{ $json.friendlyName }}', description: '={{ $json.description }}', language: 'en-US' },
	},
	items: [1, 2].map((n) => ({ json: { name: `Reliability ${n}`, friendlyName: `Friendly ${n}`, description: `Made by run ${n}` } })),
	deliveries: createdLists,
	hostile: {
		fields: ['item.name', 'item.friendlyName', 'item.description'],
		received: (sandbox) =>
			accountLists(expertsender(sandbox))
				.filter((list) => list.id > 7)
				.flatMap((list) => [list.name, list.friendlyName, listDescriptions(expertsender(sandbox)).get(list.id) ?? '']),
	},
	// The create is the change; the read-back that follows it is not where a retry could duplicate anything.
	faultOn: { path: '/v2/Api/Lists', bodyIncludes: '<GeneralSettings>' },
};

const getFields: OperationSpec = {
	...base,
	label: 'ExpertSender Get Many Fields',
	parameters: { resource: 'field', operation: 'getAll', returnAll: false, limit: 50 },
	items: [{ json: { n: 1 } }, { json: { n: 2 } }],
	oneToOne: false,
};

function addFeedRows(sandbox: Sandbox): void {
	const account = expertsender(sandbox);
	account.addActivity('Opens', '2026-01-14 08:00:00', { Email: 'patrick@mydomain.com', MessageId: '17', MessageSubject: 'Winter sale' });
	account.bounceRows.push({ date: '2026-01-14 08:00:00', email: 'gone@example.com', code: '550 5.1.1 unknown', reason: 'UserUnknown', type: 'Hard', channel: 'Email' });
	account.removedSubscribers.push({ id: 1002, email: 'gone@example.com', listId: 1, date: '2026-01-14', removeType: 'OptOutLink', channel: 'Email' });
}

const feed = (label: string, operation: string, parameters: Record<string, unknown>): OperationSpec => ({
	...base,
	label,
	parameters: { resource: 'activity', operation, returnAll: true, ...parameters },
	items: [{ json: { day: '2026-01-14' } }, { json: { day: '2026-01-14' } }],
	setup: addFeedRows,
	oneToOne: false,
});

const getActivities = feed('ExpertSender Get Activities', 'getActivities', { activityType: 'Opens', date: '={{ $json.day }}', columns: 'Standard', options: {} });
const getBounces = feed('ExpertSender Get Bounces', 'getBounces', { startDate: '={{ $json.day }}', endDate: '={{ $json.day }}', channel: 'Email' });
const getRemoved = feed('ExpertSender Get Removed Contacts', 'getRemovedContacts', { startDate: '={{ $json.day }}', channel: 'Email' });

export const operations: OperationSpec[] = [createList, getFields, getActivities, getBounces, getRemoved];

const DAYS = ['yesterday', '2026-02-30', '2026-13-01', '15.01.2026', 'now'];

export const invalid: ProviderCatalogue['invalid'] = [
	{
		operation: 'ExpertSender Create List',
		inputs: [
			{ path: 'item.name', values: ['', '   ', 'x'.repeat(51)], field: 'Name' },
			{ path: 'item.friendlyName', values: ['y'.repeat(51)], field: 'Friendly Name' },
			{ path: 'additionalFields.language', values: ['english', 'EN-us', 'en_US', 'toString'], field: 'Language' },
			{ path: 'additionalFields.isSeedList', values: ['maybe', 'yes'], field: 'Seed List' },
			{ path: 'optInMode', values: ['TripleOptIn', 'constructor'], field: 'Opt-In Mode' },
		],
	},
	{ operation: 'ExpertSender Get Many Fields', inputs: [{ path: 'limit', values: [0, -1, 2.5], field: 'Limit' }] },
	{
		operation: 'ExpertSender Get Activities',
		inputs: [
			{ path: 'item.day', values: ['', ...DAYS], field: 'Date' },
			{ path: 'activityType', values: ['Views', 'toString'], field: 'Activity Type' },
		],
	},
	{
		operation: 'ExpertSender Get Bounces',
		inputs: [
			{ path: 'item.day', values: ['', ...DAYS], field: 'Start Date' },
			{ path: 'endDate', values: ['2026-01-13'], field: 'End Date' },
			{ path: 'bounceType', values: ['9', 'Hard'], field: 'Bounce Type' },
		],
	},
	{
		operation: 'ExpertSender Get Removed Contacts',
		inputs: [
			{ path: 'item.day', values: DAYS, field: 'Start Date' },
			{ path: 'listIds', values: [['abc'], ['../1'], ['0']], field: 'List Names or IDs' },
			{ path: 'removeTypes', values: [['Bogus']], field: 'Remove Types' },
		],
	},
] satisfies Array<{ operation: string; inputs: InvalidInput[] }>;
