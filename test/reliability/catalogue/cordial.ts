import type { IDataObject } from 'n8n-workflow';

import { cordialProfile } from '../../../nodes/Cordial/transport';
import type { Sandbox } from '../../../sandbox/framework';
import type { BatchStatus, CordialProvider } from '../../../sandbox/providers/cordial';
import * as activities from './cordial/activities';
import * as commerce from './cordial/commerce';
import * as lists from './cordial/lists';
import type { InvalidInput, ItemSpec, OperationSpec, ProviderCatalogue } from './types';

const cordial = (sandbox: Sandbox) => sandbox.provider<CordialProvider>('cordial');

const base = { node: 'cordial', credentialType: 'cordialApi', provider: 'cordial', providerName: 'Cordial' };

/** The draft (with a SubjectTest experiment) that exists after `reset()`. */
const DRAFT = '252:594ac3d2f0c360031181a7f0:ot';
/** Two more batch messages the fixtures add, in whatever status an operation needs. */
const B1 = '252:5f1e00000000000000000001:ot';
const B2 = '252:5f1e00000000000000000002:ot';
/** The sandbox's IDs are `6a` + a counter in hex; the counter restarts at every reset, so fixture cIDs are known. */
const hex = (n: number) => `6a${n.toString(16).padStart(22, '0')}`;

const byId = (value: string): IDataObject => ({ __rl: true, mode: 'id', value });
/** The batch message of each item comes from the item, so that the bad-input cases can empty it. */
const batchFromItem = { batchMessageId: byId('={{ $json.bmID }}') };
const SCHEDULE = '2026-07-01T09:00:00+00:00';

/** Adds complete e-mail batch messages B1 and B2 in the given status (scheduled ones get a future schedule). */
function batches(status: BatchStatus) {
	return (sandbox: Sandbox) => {
		for (const [n, id] of [B1, B2].entries()) {
			cordial(sandbox).batchMessages.set(id, {
				id,
				status,
				ct: `2026-05-0${n + 2}T08:00:00.000Z`,
				channel: 'email',
				classification: 'promotional',
				name: `fixture_${n + 1}`,
				...(status === 'scheduled' ? { schedule: SCHEDULE } : {}),
				message: {
					headers: { subject: `Fixture ${n + 1}`, fromEmail: 'news@myco.io', fromDesc: 'MyCo', replyEmail: 'reply@myco.io' },
					content: { 'text/html': `<div>Fixture ${n + 1}</div>` },
				},
			});
		}
	};
}

const CONTACT_EMAILS = ['jane@example.com', 'john@example.com'];
/** Two subscribed contacts with first names; their cIDs are hex(1) and hex(2). */
function contacts(sandbox: Sandbox): void {
	for (const email of CONTACT_EMAILS) cordial(sandbox).addContact(email, 'subscribed', { first_name: email.split('@')[0] });
}

/**
 * Every change request the sandbox processed (method, path, query and body): a request the node sent again after
 * the provider had processed it shows as the same key twice.
 */
const processed = (method: string, path: RegExp) => (sandbox: Sandbox) =>
	sandbox
		.requests('cordial')
		.filter((entry) => entry.processed && entry.method === method && path.test(entry.path))
		.map((entry) => `${entry.method} ${entry.path} ${JSON.stringify(entry.query)} ${entry.body}`);

/** Batch messages created (the fixtures aside), by name and content: one created twice shows as the same key twice. */
const createdBatches = (sandbox: Sandbox) =>
	[...cordial(sandbox).batchMessages.values()]
		.filter((message) => ![DRAFT, B1, B2].includes(message.id))
		.map((message) => `${String(message.name)}:${JSON.stringify(message.message)}:${String(message.schedule)}`);

/** Test sends: message, key and recipients. */
const testSends = (sandbox: Sandbox) =>
	cordial(sandbox).testSends.map((send) => `${send.id}:${send.key}:${send.recipients.join(',')}`);

/** Each accepted automation send leaves an mcID on its contact: one key per message sent to that address. */
const templateSends = (sandbox: Sandbox) =>
	[...cordial(sandbox).contacts.values()].flatMap((contact) => contact.mcIDs.map(() => contact.channels.email?.address ?? contact.cID));

const twoBatches: ItemSpec[] = [{ json: { bmID: B1 } }, { json: { bmID: B2 } }];

/** A batch-message state change (Send, Pause, Resume, Cancel, Unschedule) of B1 and B2 in the given status. */
function stateChange(operation: string, label: string, status: BatchStatus): OperationSpec {
	return {
		...base,
		label: `Cordial Batch Message ${label}`,
		parameters: { resource: 'batchMessage', operation, ...batchFromItem },
		items: twoBatches,
		setup: batches(status),
		deliveries: processed('PUT', new RegExp(`/${operation}$`)),
	};
}

const create: OperationSpec = {
	...base,
	label: 'Cordial Batch Message Create',
	parameters: {
		resource: 'batchMessage',
		operation: 'create',
		channel: 'email',
		classification: '={{ $json.classification }}',
		subject: '={{ $json.subject }}',
		fromEmail: 'news@myco.io',
		fromDesc: 'MyCo Team',
		replyEmail: 'reply@myco.io',
		html: '={{ $json.html }}',
		additionalFields: {
			name: '={{ $json.name }}',
			tags: 'promo, winter',
			schedule: '={{ $json.schedule }}',
			trackLinks: '={{ $json.trackLinks }}',
		},
	},
	items: [
		{ json: { classification: 'promotional', subject: 'Winter sale A', html: '<div>A</div>', name: 'winter_a', schedule: SCHEDULE, trackLinks: 'enabled' } },
		{ json: { classification: 'promotional', subject: 'Winter sale B', html: '<div>B</div>', name: 'winter_b', schedule: '2026-08-01T09:00:00Z', trackLinks: 'disabled' } },
	],
	deliveries: createdBatches,
};

const get: OperationSpec = {
	...base,
	label: 'Cordial Batch Message Get',
	parameters: { resource: 'batchMessage', operation: 'get', ...batchFromItem },
	items: [{ json: { bmID: DRAFT } }, { json: { bmID: B1 } }],
	setup: batches('sent'),
};

const getAll: OperationSpec = {
	...base,
	label: 'Cordial Batch Message Get Many',
	parameters: { resource: 'batchMessage', operation: 'getAll', returnAll: false, limit: 10, filters: {}, options: {} },
	items: [{ json: {} }, { json: {} }],
	setup: batches('sent'),
	oneToOne: false,
};

const update: OperationSpec = {
	...base,
	label: 'Cordial Batch Message Update',
	parameters: { resource: 'batchMessage', operation: 'update', ...batchFromItem, updateFields: { subject: '={{ $json.subject }}' } },
	items: [
		{ json: { bmID: B1, subject: 'New subject 1' } },
		{ json: { bmID: B2, subject: 'New subject 2' } },
	],
	setup: batches('draft'),
	deliveries: processed('PUT', /^\/v2\/batchmessages\/[^/]+$/),
};

const deleteBatch: OperationSpec = {
	...base,
	label: 'Cordial Batch Message Delete',
	parameters: { resource: 'batchMessage', operation: 'delete', ...batchFromItem },
	items: twoBatches,
	setup: batches('draft'),
	deliveries: processed('DELETE', /^\/v2\/batchmessages\//),
};

const sendTest: OperationSpec = {
	...base,
	label: 'Cordial Batch Message Send Test',
	parameters: { resource: 'batchMessage', operation: 'sendTest', ...batchFromItem, recipientKey: 'email', recipients: '={{ $json.recipients }}' },
	items: [
		{ json: { bmID: DRAFT, recipients: 'jane@example.com' } },
		{ json: { bmID: DRAFT, recipients: 'john@example.com' } },
	],
	setup: contacts,
	deliveries: testSends,
};

const renderPreview: OperationSpec = {
	...base,
	label: 'Cordial Batch Message Render Preview',
	parameters: {
		resource: 'batchMessage',
		operation: 'renderPreview',
		...batchFromItem,
		contactId: '={{ $json.cID }}',
		experiments: { experiment: [{ experiment: 'SubjectTest', variant: 'Test2' }] },
	},
	items: [
		{ json: { bmID: DRAFT, cID: hex(1) } },
		{ json: { bmID: DRAFT, cID: hex(2) } },
	],
	setup: contacts,
};

const upsert: OperationSpec = {
	...base,
	label: 'Cordial Contact Create or Update',
	parameters: {
		resource: 'contact',
		operation: 'upsert',
		email: '={{ $json.email }}',
		additionalFields: {
			subscribeStatus: 'subscribed',
			attributes: '={{ JSON.stringify({ first_name: $json.firstName }) }}',
			addToLists: 'newsletter',
		},
	},
	items: [
		{ json: { email: 'ann@example.com', firstName: 'Ann' } },
		{ json: { email: 'bob@example.com', firstName: 'Bob' } },
	],
	deliveries: processed('POST', /^\/v2\/contacts$/),
};

const getContact: OperationSpec = {
	...base,
	label: 'Cordial Contact Get',
	parameters: { resource: 'contact', operation: 'get', identifyBy: 'primaryKey', contactKey: '={{ $json.email }}' },
	items: CONTACT_EMAILS.map((email) => ({ json: { email } })),
	setup: contacts,
};

const getAllContacts: OperationSpec = {
	...base,
	label: 'Cordial Contact Get Many',
	parameters: { resource: 'contact', operation: 'getAll', returnAll: false, limit: 5, filters: {}, options: {} },
	items: [{ json: {} }, { json: {} }],
	setup: contacts,
	oneToOne: false,
};

/** With Include Paging Info: one item per input item, `{ results, nextPage }`; Limit 5 reads one page of 5. */
const getAllContactsPaged: OperationSpec = {
	...getAllContacts,
	label: 'Cordial Contact Get Many (Include Paging Info)',
	parameters: { ...getAllContacts.parameters, options: { includePagingInfo: true } },
	oneToOne: true,
};

const updateContact: OperationSpec = {
	...base,
	label: 'Cordial Contact Update',
	parameters: {
		resource: 'contact',
		operation: 'update',
		identifyBy: 'secondaryKey',
		secondaryKey: 'email',
		contactKey: '={{ $json.email }}',
		updateFields: { attributes: '={{ JSON.stringify({ last_name: $json.lastName }) }}', addToLists: 'vip' },
	},
	items: [
		{ json: { email: CONTACT_EMAILS[0], lastName: 'Doe' } },
		{ json: { email: CONTACT_EMAILS[1], lastName: 'Roe' } },
	],
	setup: contacts,
	deliveries: processed('PUT', /^\/v2\/contacts\//),
};

const deleteContact: OperationSpec = {
	...base,
	label: 'Cordial Contact Delete',
	parameters: { resource: 'contact', operation: 'delete', identifyBy: 'cID', contactKey: '={{ $json.cID }}' },
	items: [{ json: { cID: hex(1) } }, { json: { cID: hex(2) } }],
	setup: contacts,
	deliveries: processed('DELETE', /^\/v2\/contacts\//),
};

const unsubscribe: OperationSpec = {
	...base,
	label: 'Cordial Contact Unsubscribe',
	parameters: { resource: 'contact', operation: 'unsubscribe', identifyBy: 'primaryKey', contactKey: '={{ $json.email }}', channel: 'email' },
	items: CONTACT_EMAILS.map((email) => ({ json: { email } })),
	setup: contacts,
	deliveries: processed('PUT', /\/unsubscribe\//),
};

const transactional: OperationSpec = {
	...base,
	label: 'Cordial Transactional Send',
	parameters: {
		resource: 'transactional',
		operation: 'send',
		templateKey: byId('order-confirmation'),
		contactKey: 'email',
		contactValue: '={{ $json.email }}',
		additionalFields: { extVars: '={{ JSON.stringify({ orderID: $json.order }) }}' },
	},
	items: [
		{ json: { email: 'buyer1@example.com', order: 'o-1' } },
		{ json: { email: 'buyer2@example.com', order: 'o-2' } },
	],
	deliveries: templateSends,
};

/** The send upserting contact attributes in the same call (`to.contact` beside the e-mail, with identifyBy). */
const transactionalWithAttributes: OperationSpec = {
	...transactional,
	label: 'Cordial Transactional Send (Contact Attributes)',
	parameters: {
		...transactional.parameters,
		additionalFields: { contactAttributes: '={{ JSON.stringify({ first_name: $json.firstName }) }}' },
	},
	items: [
		{ json: { email: 'buyer1@example.com', firstName: 'Ann' } },
		{ json: { email: 'buyer2@example.com', firstName: 'Bob' } },
	],
};

const stateChanges: OperationSpec[] = [
	stateChange('send', 'Send', 'draft'),
	stateChange('pause', 'Pause', 'pending'),
	stateChange('resume', 'Resume', 'paused'),
	stateChange('cancel', 'Cancel', 'scheduled'),
	stateChange('unschedule', 'Unschedule', 'scheduled'),
];

// ---- invalid input ----------------------------------------------------------------------------------------------

const EMPTY = ['', '   '];
const BAD_EMAILS = ['jane', 'jane@', '@example.com', 'jane@example', 'ja ne@example.com', 'jane@@example.com', 'jane@exa mple.com', 'jane@example.com;john@example.com'];
const BAD_DATES = [
	'tomorrow',
	'01/07/2026 09:00',
	'2026-07-01',
	'2026-13-01T09:00:00Z',
	'2026-07-32T09:00:00Z',
	'2026-02-30T09:00:00Z',
	'2026-04-31T09:00:00+00:00',
	'2026-07-01T25:00:00Z',
	'2026-07-01T09:60:00Z',
];
const BAD_JSON = ['{', '{"key": }', 'key=value', '[1, 2]', '"text"', '42', 'null'];
/** Path values that RFC 3986 dot-segment removal would turn into another endpoint (servers decode `%2e`). */
const DOT_IDS = ['.', '..', '%2e%2e', '%2E.'];
/** What an expression can give a text field besides text: an object, a list, half of an emoji. */
const NOT_TEXT = [{ id: 'c1' }, ['a', 'b'], 'half \uD83D of an emoji'];
const emptyBatch: InvalidInput = { path: 'item.bmID', values: [...EMPTY, ...DOT_IDS, ...NOT_TEXT], field: 'Batch Message' };

export const cordialCatalogue: ProviderCatalogue = {
	profile: cordialProfile,
	secretFields: ['apiKey'],
	retries429: true,
	operations: [
		create,
		get,
		getAll,
		update,
		deleteBatch,
		...stateChanges,
		sendTest,
		renderPreview,
		upsert,
		getContact,
		getAllContacts,
		getAllContactsPaged,
		updateContact,
		deleteContact,
		unsubscribe,
		transactional,
		transactionalWithAttributes,
		...activities.operations,
		...commerce.operations,
		...lists.operations,
	],
	invalid: [
		...activities.invalid,
		...commerce.invalid,
		...lists.invalid,
		{
			operation: create.label,
			inputs: [
				{ path: 'channel', values: ['', '   ', 'e mail', 'email/sms', 'sms?x=1'], field: 'Channel' },
				{ path: 'item.classification', values: ['', 'marketing', 'Promotional'], field: 'Classification' },
				{ path: 'item.subject', values: EMPTY, field: 'Subject' },
				{ path: 'fromEmail', values: BAD_EMAILS, field: 'From Email' },
				{ path: 'fromDesc', values: [''], field: 'From Description' },
				{ path: 'replyEmail', values: ['reply', 'reply@myco', 'reply@myco.io, other@myco.io'], field: 'Reply Email' },
				{ path: 'item.html', values: [''], field: 'HTML Content' },
				{ path: 'item.schedule', values: BAD_DATES, field: 'Schedule' },
				{ path: 'item.trackLinks', values: ['yes', 'Enabled', 'on'], field: 'Track Links' },
				{ path: 'additionalFields.scheduleType', values: ['local', 'contacttz'], field: 'Schedule Type' },
				{ path: 'additionalFields.audienceRules', values: [...BAD_JSON, '{"exclude": {"lists": ["vip"]}}'], field: 'Audience Rules (JSON)' },
				{
					path: 'additionalFields',
					values: [{ audienceKey: '30_day_engaged', audienceRules: '{"include": {"lists": ["vip"]}}' }],
					field: 'Audience Key',
				},
				{ path: 'additionalFields.tests', values: [{ test: [{ type: '', enabled: true }] }, { test: [{ type: '  ', enabled: false }] }], field: 'Tests 1: Type' },
			],
		},
		{
			operation: update.label,
			inputs: [
				emptyBatch,
				{ path: 'updateFields', values: [{}, { subject: '' }, { html: '' }, { tags: ' , ' }], field: 'Update Fields' },
				{ path: 'updateFields.fromEmail', values: ['news', 'news@myco'], field: 'From Email' },
				{ path: 'updateFields.replyEmail', values: ['reply@'], field: 'Reply Email' },
				{ path: 'updateFields.schedule', values: ['next week', '2026-02-29T10:00:00Z'], field: 'Schedule' },
				{ path: 'updateFields.audienceRules', values: ['{"include"', '[]'], field: 'Audience Rules (JSON)' },
				{ path: 'updateFields', values: [{ channel: 'sms', classification: 'transactional' }], field: 'Classification' },
				{ path: 'updateFields.classification', values: ['bulk'], field: 'Classification' },
				{ path: 'updateFields.channel', values: ['e mail'], field: 'Channel' },
				{ path: 'updateFields.trackLinks', values: ['maybe'], field: 'Track Links' },
			],
		},
		...[get, deleteBatch, ...stateChanges].map((spec) => ({ operation: spec.label, inputs: [emptyBatch] })),
		{
			operation: sendTest.label,
			inputs: [
				emptyBatch,
				{ path: 'item.recipients', values: ['', ' , ', 'jane', 'jane@example.com, john', 'jane@example.com;john@example.com'], field: 'Recipients' },
				{ path: 'recipientKey', values: ['custom'], field: 'Key Name' },
			],
		},
		{
			operation: renderPreview.label,
			inputs: [
				emptyBatch,
				{ path: 'item.cID', values: ['', '  ', 'jane@example.com', '6a-01', '6a00 01'], field: 'Contact ID (cID)' },
				{ path: 'experiments', values: [{ experiment: [{ experiment: 'SubjectTest', variant: '' }] }], field: 'Experiments 1: Variant' },
				{ path: 'experiments', values: [{ experiment: [{ experiment: ' ', variant: 'Test1' }] }], field: 'Experiments 1: Experiment' },
			],
		},
		{
			operation: getAll.label,
			inputs: [
				{ path: 'limit', values: [0, -1, 2.5], field: 'Limit' },
				{ path: 'options.page', values: [0, -2, 1.5], field: 'First Page' },
				{ path: 'options.perPage', values: [0, 1001, 2.5], field: 'Per Page' },
				{ path: 'filters.sendTime_gt', values: ['yesterday', '2026-13-01T00:00:00Z'], field: 'Send Time After' },
				{ path: 'filters.ct_lte', values: ['2026-02-30T00:00:00Z'], field: 'Created On or Before' },
				{ path: 'options.sortDir', values: ['asc'], field: 'Sort Direction' },
				{ path: 'filters.trigger_api', values: ['yes'], field: 'API Trigger' },
				// With Include Paging Info the read must end on a page boundary (Limit is 10 here).
				{ path: 'options', values: [{ includePagingInfo: true, perPage: 3 }, { includePagingInfo: true, perPage: 20 }], field: 'Limit' },
				{ path: 'limit', values: [1001, 2500], field: 'Limit', with: { options: { includePagingInfo: true } } },
			],
		},
		{
			operation: upsert.label,
			inputs: [
				{ path: 'item.email', values: [...EMPTY, ...BAD_EMAILS], field: 'Email' },
				{ path: 'additionalFields.attributes', values: [...BAD_JSON, '{"channels": {}}', '{"forceSubscribe": true}'], field: 'Attributes (JSON)' },
				{ path: 'additionalFields', values: [{ forceSubscribe: true }, { forceSubscribe: true, subscribeStatus: 'none' }], field: 'Force Subscribe' },
				{ path: 'additionalFields', values: [{ addToLists: 'vip', removeFromLists: 'newsletter, vip' }], field: 'Remove From Lists' },
				{ path: 'additionalFields', values: [{ addToLists: 'first_name', attributes: '{"first_name": "Ann"}' }], field: 'Add to Lists' },
				{ path: 'additionalFields.identifyBy', values: ['e mail', ' , ', 'cust/ID'], field: 'Identify By' },
				{ path: 'additionalFields.subscribeStatus', values: ['yes', 'Subscribed'], field: 'Subscribe Status' },
			],
		},
		{
			operation: getContact.label,
			inputs: [
				{ path: 'item.email', values: [...EMPTY, ...DOT_IDS, ...NOT_TEXT], field: 'Contact' },
				{ path: 'identifyBy', values: ['cID'], field: 'Contact' },
			],
		},
		{
			operation: getAllContacts.label,
			inputs: [
				{ path: 'filters.email', values: ['jane', 'jane@example'], field: 'Email' },
				{ path: 'limit', values: [0], field: 'Limit' },
				{ path: 'options.perPage', values: [5000], field: 'Per Page' },
				{ path: 'options.sortDir', values: ['desc'], field: 'Sort Direction' },
			],
		},
		{
			operation: getAllContactsPaged.label,
			inputs: [
				{ path: 'options.perPage', values: [2, 3, 10], field: 'Limit' },
				{ path: 'limit', values: [1500, '={{ 1999 }}'], field: 'Limit' },
				{ path: 'options.page', values: [0, 1.5], field: 'First Page' },
			],
		},
		{
			operation: updateContact.label,
			inputs: [
				{ path: 'item.email', values: [...EMPTY, ...DOT_IDS, ...NOT_TEXT], field: 'Contact' },
				{ path: 'secondaryKey', values: ['', 'cust id', 'email:x', '.', '..'], field: 'Secondary Key' },
				{ path: 'updateFields', values: [{}], field: 'Update Fields' },
				{ path: 'updateFields.email', values: ['jane', 'jane@example'], field: 'Email' },
				{ path: 'updateFields.attributes', values: ['{', '[]'], field: 'Attributes (JSON)' },
			],
		},
		{
			operation: deleteContact.label,
			inputs: [{ path: 'item.cID', values: ['', '  ', 'jane@example.com', 'abc-123', ...DOT_IDS, ...NOT_TEXT], field: 'Contact' }],
		},
		{
			operation: unsubscribe.label,
			inputs: [
				{ path: 'item.email', values: [...EMPTY, ...DOT_IDS], field: 'Contact' },
				{ path: 'channel', values: ['', '  ', 'e mail', 'email/x', '..'], field: 'Channel' },
			],
		},
		{
			operation: transactional.label,
			inputs: [
				{ path: 'templateKey.value', values: [...EMPTY, ...DOT_IDS], field: 'Automation Template' },
				{ path: 'item.email', values: [...EMPTY, 'buyer', 'buyer@example', 'buyer@ex ample.com', '+31612345678'], field: 'Contact' },
				{ path: 'additionalFields.extVars', values: BAD_JSON, field: 'External Variables (JSON)' },
				{ path: 'additionalFields.identifyBy', values: ['custID', 'email, cID'], field: 'Identify By' },
				{ path: 'contactKey', values: ['custom'], field: 'Key Name' },
			],
		},
		{
			operation: transactionalWithAttributes.label,
			inputs: [{ path: 'additionalFields.contactAttributes', values: [...BAD_JSON, '{"email": "x@example.com"}', '{"cID": "6a01"}'], field: 'Contact Attributes (JSON)' }],
		},
	],
};
