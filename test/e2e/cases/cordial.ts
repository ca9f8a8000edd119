import { isDeepStrictEqual } from 'node:util';

import type { Sandbox } from '../../../sandbox';
import type { CordialProvider } from '../../../sandbox/providers/cordial';
import type { E2eCase } from './types';

/** The seeded draft (with a SubjectTest experiment) that exists after `reset()`. */
const DRAFT = '252:594ac3d2f0c360031181a7f0:ot';
/** The sandbox's IDs are `6a` + a counter in hex, 24 characters; the counter restarts at every reset. */
const hex = (n: number) => `6a${n.toString(16).padStart(22, '0')}`;
const CID1 = hex(1);

const cordial = (sandbox: Sandbox) => sandbox.provider<CordialProvider>('cordial');
const rl = (value: string, mode: 'id' | 'list' = 'id') => ({ __rl: true, mode, value });
const wire = (method: string, path: string, status: number) => ({ provider: 'cordial', method, path: `/v2${path}`, status });

/** Throws with both values when they differ (deep, strict). */
function same(actual: unknown, expected: unknown, what: string): void {
	if (!isDeepStrictEqual(actual, expected)) {
		throw new Error(`${what}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
	}
}

/** Sets fields of the seeded draft (a status, a schedule) before the run. */
function draftWith(fields: Record<string, unknown>) {
	return (sandbox: Sandbox) => Object.assign(cordial(sandbox).batchMessages.get(DRAFT)!, fields);
}

const statusOfDraft = (expected: string) => (sandbox: Sandbox) =>
	same(cordial(sandbox).batchMessages.get(DRAFT)?.status, expected, 'status of the draft');

const EMAIL_CONTENT = {
	channel: 'email',
	classification: 'promotional',
	subject: 'Winter sale: {$contact.first_name}, 20% off',
	fromEmail: 'news@myco.io',
	fromDesc: 'MyCo Team',
	replyEmail: 'reply@myco.io',
	html: '<div>Hi {$contact.first_name}</div>',
};

export const cordialCases: E2eCase[] = [
	// ---- Batch Message --------------------------------------------------------------------------------------------
	{
		id: 'e2eCordBmCreate',
		name: 'Batch Message Create (e-mail, audience key, schedule, tags, tests)',
		node: {
			type: 'cordial',
			parameters: {
				resource: 'batchMessage',
				operation: 'create',
				...EMAIL_CONTENT,
				additionalFields: {
					name: 'winter_sale_01',
					tags: 'promo, winter',
					audienceKey: '30_day_engaged',
					schedule: '2026-07-01T09:00:00+00:00',
					scheduleType: 'contactTZ',
					transportId: '57d098b66c8766fd53ad19d7',
					trackLinks: 'disabled',
					tests: { test: [{ type: '250ok', enabled: true }] },
				},
			},
		},
		expect: {
			items: [{ success: true, bmID: `252:${hex(1)}:ot`, id: `252:${hex(1)}:ot` }],
			wire: [wire('POST', '/batchmessages', 201)],
			sandbox: (sandbox) => {
				const { id, ct, ...stored } = cordial(sandbox).batchMessages.get(`252:${hex(1)}:ot`) ?? ({} as Record<string, unknown>);
				same([id, typeof ct], [`252:${hex(1)}:ot`, 'string'], 'created message');
				same(
					stored,
					{
						channel: 'email',
						classification: 'promotional',
						name: 'winter_sale_01',
						tags: ['promo', 'winter'],
						'audience-key': '30_day_engaged',
						schedule: '2026-07-01T09:00:00+00:00',
						scheduleType: 'contactTZ',
						transportID: '57d098b66c8766fd53ad19d7',
						trackLinks: 'disabled',
						message: {
							headers: { subject: 'Winter sale: {$contact.first_name}, 20% off', fromEmail: 'news@myco.io', fromDesc: 'MyCo Team', replyEmail: 'reply@myco.io' },
							content: { 'text/html': '<div>Hi {$contact.first_name}</div>' },
						},
						tests: [{ type: '250ok', enabled: true }],
						status: 'draft',
					},
					'stored batch message',
				);
			},
		},
	},
	{
		id: 'e2eCordBmCreateSms',
		name: 'Batch Message Create (SMS with audience rules JSON, content from the input)',
		node: {
			type: 'cordial',
			parameters: {
				resource: 'batchMessage',
				operation: 'create',
				channel: 'sms',
				classification: 'promotional',
				html: '={{ $json.text }}',
				additionalFields: { audienceRules: '{"include": {"lists": ["vip"]}}' },
			},
		},
		input: [{ json: { text: 'VIP: 20% off today with code VIP20' } }],
		expect: {
			items: [{ success: true, id: `252:${hex(1)}:ot` }],
			wire: [wire('POST', '/batchmessages', 201)],
			sandbox: (sandbox) => {
				const stored = cordial(sandbox).batchMessages.get(`252:${hex(1)}:ot`);
				same(
					[stored?.channel, stored?.audience, stored?.message],
					['sms', { include: { lists: ['vip'] } }, { content: { 'text/html': 'VIP: 20% off today with code VIP20' } }],
					'stored SMS message',
				);
			},
		},
	},
	{
		id: 'e2eCordBmGet',
		name: 'Batch Message Get (from the list)',
		node: { type: 'cordial', parameters: { resource: 'batchMessage', operation: 'get', batchMessageId: rl(DRAFT, 'list') } },
		expect: {
			items: [
				{
					id: DRAFT,
					status: 'draft',
					name: 'experiment_draft',
					channel: 'email',
					message: { headers: { subject: 'Hello {$contact.first_name}' } },
					experiments: { SubjectTest: ['Test1', 'Test2'] },
				},
			],
			wire: [wire('GET', `/batchmessages/${DRAFT}`, 200)],
		},
	},
	{
		id: 'e2eCordBmGetAll',
		name: 'Batch Message Get Many (Return All, status and tag filters, paged)',
		node: {
			type: 'cordial',
			parameters: {
				resource: 'batchMessage',
				operation: 'getAll',
				returnAll: true,
				filters: { status: 'sent', tags: 'welcome' },
				options: { perPage: 1, sortBy: 'ct', sortDir: 'asc' },
			},
		},
		setup: (sandbox) => {
			const { batchMessages } = cordial(sandbox);
			for (const [n, status, tags] of [[1, 'sent', ['welcome']], [2, 'draft', ['welcome']], [3, 'sent', ['promo']], [4, 'sent', ['welcome', 'promo']]] as const) {
				const id = `252:${String(n).padStart(24, '0')}:ot`;
				batchMessages.set(id, { id, status, ct: `2026-05-0${n}T00:00:00.000Z`, channel: 'email', classification: 'promotional', name: `m${n}`, tags: [...tags] });
			}
		},
		expect: {
			items: [
				{ id: `252:${'1'.padStart(24, '0')}:ot`, name: 'm1', status: 'sent' },
				{ id: `252:${'4'.padStart(24, '0')}:ot`, name: 'm4', status: 'sent' },
			],
			wire: [wire('GET', '/batchmessages', 200), wire('GET', '/batchmessages', 200), wire('GET', '/batchmessages', 200)],
			sandbox: (sandbox) =>
				same(
					cordial(sandbox).queries,
					[1, 2, 3].map((page) => [
						['status', 'sent'],
						['tags', 'welcome'],
						['page', String(page)],
						['per_page', '1'],
						['sort_by', 'ct'],
						['sort_dir', 'asc'],
					]),
					'query strings',
				),
		},
	},
	{
		id: 'e2eCordBmUpdate',
		name: 'Batch Message Update (subject and name of a draft)',
		node: {
			type: 'cordial',
			parameters: {
				resource: 'batchMessage',
				operation: 'update',
				batchMessageId: rl(DRAFT),
				updateFields: { subject: 'Hello again {$contact.first_name}', name: 'experiment_draft_v2', tags: 'newsletter' },
			},
		},
		expect: {
			items: [{ success: true }],
			wire: [wire('PUT', `/batchmessages/${DRAFT}`, 200)],
			sandbox: (sandbox) => {
				const stored = cordial(sandbox).batchMessages.get(DRAFT)!;
				same(
					[stored.status, stored.name, stored.tags, stored.message],
					[
						'draft',
						'experiment_draft_v2',
						['newsletter'],
						{
							headers: { subject: 'Hello again {$contact.first_name}', fromEmail: 'news@myco.io', fromDesc: 'MyCo', replyEmail: 'reply@myco.io' },
							content: { 'text/html': '<div>Hi {$contact.first_name}</div>' },
						},
					],
					'updated draft',
				);
			},
		},
	},
	{
		id: 'e2eCordBmDelete',
		name: 'Batch Message Delete (a draft)',
		node: { type: 'cordial', parameters: { resource: 'batchMessage', operation: 'delete', batchMessageId: rl(DRAFT) } },
		expect: {
			items: [{ deleted: true }],
			wire: [wire('DELETE', `/batchmessages/${DRAFT}`, 200)],
			sandbox: (sandbox) => same(cordial(sandbox).batchMessages.has(DRAFT), false, 'draft still stored'),
		},
	},
	{
		id: 'e2eCordBmSend',
		name: 'Batch Message Send (a draft without schedule becomes pending)',
		node: { type: 'cordial', parameters: { resource: 'batchMessage', operation: 'send', batchMessageId: rl(DRAFT) } },
		expect: { items: [{ success: true }], wire: [wire('PUT', `/batchmessages/${DRAFT}/send`, 200)], sandbox: statusOfDraft('pending') },
	},
	{
		id: 'e2eCordBmSendSched',
		name: 'Batch Message Send (a draft with a schedule becomes scheduled; ID from the input)',
		node: { type: 'cordial', parameters: { resource: 'batchMessage', operation: 'send', batchMessageId: rl('={{ $json.bmID }}') } },
		input: [{ json: { bmID: DRAFT } }],
		setup: draftWith({ schedule: '2026-07-01T09:00:00+00:00' }),
		expect: { items: [{ success: true }], wire: [wire('PUT', `/batchmessages/${DRAFT}/send`, 200)], sandbox: statusOfDraft('scheduled') },
	},
	{
		id: 'e2eCordBmSendTest',
		name: 'Batch Message Send Test (two e-mail recipients)',
		node: {
			type: 'cordial',
			parameters: { resource: 'batchMessage', operation: 'sendTest', batchMessageId: rl(DRAFT), recipientKey: 'email', recipients: 'qa@myco.io, lead@myco.io' },
		},
		setup: (sandbox) => {
			cordial(sandbox).addContact('qa@myco.io');
			cordial(sandbox).addContact('lead@myco.io');
		},
		expect: {
			items: [{ success: true }],
			wire: [wire('PUT', `/batchmessages/${DRAFT}/sendtest`, 200)],
			sandbox: (sandbox) => {
				same(cordial(sandbox).testSends, [{ id: DRAFT, key: 'email', recipients: ['qa@myco.io', 'lead@myco.io'] }], 'test sends');
				statusOfDraft('draft')(sandbox);
			},
		},
	},
	{
		id: 'e2eCordBmSendTestCid',
		name: 'Batch Message Send Test (recipient by cID)',
		node: {
			type: 'cordial',
			parameters: { resource: 'batchMessage', operation: 'sendTest', batchMessageId: rl(DRAFT), recipientKey: 'cID', recipients: CID1 },
		},
		setup: (sandbox) => void cordial(sandbox).addContact('qa@myco.io'),
		expect: {
			items: [{ success: true }],
			wire: [wire('PUT', `/batchmessages/${DRAFT}/sendtest`, 200)],
			sandbox: (sandbox) => same(cordial(sandbox).testSends, [{ id: DRAFT, key: 'cID', recipients: [CID1] }], 'test sends'),
		},
	},
	{
		id: 'e2eCordBmPause',
		name: 'Batch Message Pause (a pending message)',
		node: { type: 'cordial', parameters: { resource: 'batchMessage', operation: 'pause', batchMessageId: rl(DRAFT) } },
		setup: draftWith({ status: 'pending' }),
		expect: { items: [{ success: true }], wire: [wire('PUT', `/batchmessages/${DRAFT}/pause`, 200)], sandbox: statusOfDraft('paused') },
	},
	{
		id: 'e2eCordBmResume',
		name: 'Batch Message Resume (a paused message)',
		node: { type: 'cordial', parameters: { resource: 'batchMessage', operation: 'resume', batchMessageId: rl(DRAFT) } },
		setup: draftWith({ status: 'paused' }),
		expect: { items: [{ success: true }], wire: [wire('PUT', `/batchmessages/${DRAFT}/resume`, 200)], sandbox: statusOfDraft('pending') },
	},
	{
		id: 'e2eCordBmCancel',
		name: 'Batch Message Cancel (a scheduled message)',
		node: { type: 'cordial', parameters: { resource: 'batchMessage', operation: 'cancel', batchMessageId: rl(DRAFT) } },
		setup: draftWith({ status: 'scheduled', schedule: '2026-07-01T09:00:00+00:00' }),
		expect: { items: [{ success: true }], wire: [wire('PUT', `/batchmessages/${DRAFT}/cancel`, 200)], sandbox: statusOfDraft('cancelled') },
	},
	{
		id: 'e2eCordBmUnschedule',
		name: 'Batch Message Unschedule (back to draft)',
		node: { type: 'cordial', parameters: { resource: 'batchMessage', operation: 'unschedule', batchMessageId: rl(DRAFT) } },
		setup: draftWith({ status: 'scheduled', schedule: '2026-07-01T09:00:00+00:00' }),
		expect: { items: [{ success: true }], wire: [wire('PUT', `/batchmessages/${DRAFT}/unschedule`, 200)], sandbox: statusOfDraft('draft') },
	},
	{
		id: 'e2eCordBmRender',
		name: 'Batch Message Render Preview (for a contact, with an experiment variant)',
		node: {
			type: 'cordial',
			parameters: {
				resource: 'batchMessage',
				operation: 'renderPreview',
				batchMessageId: rl(DRAFT, 'list'),
				contactId: '={{ $json.cID }}',
				experiments: { experiment: [{ experiment: 'SubjectTest', variant: 'Test2' }] },
			},
		},
		input: [{ json: { cID: CID1 } }],
		setup: (sandbox) => void cordial(sandbox).addContact('jane@example.com', 'subscribed', { first_name: 'Jane' }),
		expect: {
			items: [
				{
					headers: { subject: 'Hello Jane [Test2]', fromEmail: 'news@myco.io', fromDesc: 'MyCo', replyEmail: 'reply@myco.io' },
					content: { 'text/html': '<div>Hi Jane</div>' },
				},
			],
			wire: [wire('GET', `/batchmessages/${DRAFT}/renderedwip/${CID1}`, 200)],
			sandbox: (sandbox) => same(cordial(sandbox).queries, [[['experiment', 'SubjectTest'], ['variant', 'Test2']]], 'query string'),
		},
	},

	// ---- Contact --------------------------------------------------------------------------------------------------
	{
		id: 'e2eCordCtUpsert',
		name: 'Contact Create or Update (creates, with attributes, lists and subscribe status)',
		node: {
			type: 'cordial',
			parameters: {
				resource: 'contact',
				operation: 'upsert',
				email: '={{ $json.email }}',
				additionalFields: {
					subscribeStatus: 'subscribed',
					attributes: '={{ JSON.stringify({ first_name: $json.firstName, loyalty_points: $json.points }) }}',
					addToLists: 'newsletter, vip',
					suppressTriggers: false,
				},
			},
		},
		input: [{ json: { email: 'jane@example.com', firstName: 'Jane', points: 12 } }],
		expect: {
			items: [{ success: true, message: 'contact created', cID: CID1 }],
			wire: [wire('POST', '/contacts', 201)],
			sandbox: (sandbox) => {
				const contact = cordial(sandbox).contacts.get(CID1);
				same(
					[contact?.channels, contact?.attributes, contact?.lists],
					[{ email: { address: 'jane@example.com', subscribeStatus: 'subscribed' } }, { first_name: 'Jane', loyalty_points: 12 }, ['newsletter', 'vip']],
					'created contact',
				);
			},
		},
	},
	{
		id: 'e2eCordCtUpsertUpd',
		name: 'Contact Create or Update (updates the contact found by custID)',
		node: {
			type: 'cordial',
			parameters: {
				resource: 'contact',
				operation: 'upsert',
				email: 'jane.new@example.com',
				additionalFields: { attributes: '{"custID": "C-9", "last_name": "Doe"}', removeFromLists: 'vip', identifyBy: 'custID' },
			},
		},
		setup: (sandbox) => {
			const cID = cordial(sandbox).addContact('jane@example.com', 'subscribed', { custID: 'C-9' });
			cordial(sandbox).contacts.get(cID)!.lists.push('vip');
		},
		expect: {
			items: [{ success: true, message: 'contact updated', cID: CID1 }],
			wire: [wire('POST', '/contacts', 200)],
			sandbox: (sandbox) => {
				const contact = cordial(sandbox).contacts.get(CID1);
				same(
					[cordial(sandbox).contacts.size, contact?.channels.email, contact?.attributes, contact?.lists],
					[1, { address: 'jane.new@example.com', subscribeStatus: 'subscribed' }, { custID: 'C-9', last_name: 'Doe' }, []],
					'updated contact',
				);
			},
		},
	},
	{
		id: 'e2eCordCtGet',
		name: 'Contact Get (by primary key, the e-mail address from the input)',
		node: { type: 'cordial', parameters: { resource: 'contact', operation: 'get', identifyBy: 'primaryKey', contactKey: '={{ $json.email }}' } },
		input: [{ json: { email: 'jane+news@example.com' } }],
		setup: (sandbox) => void cordial(sandbox).addContact('jane+news@example.com', 'subscribed', { first_name: 'Jane' }),
		expect: {
			items: [
				{
					cID: CID1,
					channels: { email: { address: 'jane+news@example.com', subscribeStatus: 'subscribed' } },
					first_name: 'Jane',
					lists: [],
				},
			],
			wire: [wire('GET', '/contacts/jane%2Bnews%40example.com', 200)],
		},
	},
	{
		id: 'e2eCordCtGetSecKey',
		name: 'Contact Get (by secondary key custID)',
		node: { type: 'cordial', parameters: { resource: 'contact', operation: 'get', identifyBy: 'secondaryKey', secondaryKey: 'custID', contactKey: 'A/7 x' } },
		setup: (sandbox) => void cordial(sandbox).addContact('jane@example.com', 'none', { custID: 'A/7 x' }),
		expect: {
			items: [{ cID: CID1, custID: 'A/7 x', channels: { email: { address: 'jane@example.com', subscribeStatus: 'none' } } }],
			wire: [wire('GET', '/contacts/custID:A%2F7%20x', 200)],
		},
	},
	{
		id: 'e2eCordCtGetAll',
		name: 'Contact Get Many (audience filter, limit 2)',
		node: {
			type: 'cordial',
			parameters: { resource: 'contact', operation: 'getAll', returnAll: false, limit: 2, filters: { audienceKey: '30_day_engaged' } },
		},
		setup: (sandbox) => {
			for (const [email, status] of [['c1@example.com', 'subscribed'], ['c2@example.com', 'none'], ['c3@example.com', 'subscribed'], ['c4@example.com', 'subscribed']]) {
				cordial(sandbox).addContact(email, status);
			}
		},
		expect: {
			items: [
				{ cID: hex(1), channels: { email: { address: 'c1@example.com', subscribeStatus: 'subscribed' } } },
				{ cID: hex(3), channels: { email: { address: 'c3@example.com', subscribeStatus: 'subscribed' } } },
			],
			wire: [wire('GET', '/contacts', 200)],
			sandbox: (sandbox) => same(cordial(sandbox).queries, [[['audience-key', '30_day_engaged'], ['page', '1'], ['per_page', '2']]], 'query string'),
		},
	},
	{
		id: 'e2eCordCtPaged',
		name: 'Contact Get Many with Include Paging Info (from page 2, 2 a page): one item with nextPage 3',
		node: {
			type: 'cordial',
			parameters: { resource: 'contact', operation: 'getAll', returnAll: false, limit: 2, options: { page: 2, perPage: 2, includePagingInfo: true } },
		},
		setup: (sandbox) => {
			for (let n = 1; n <= 5; n++) cordial(sandbox).addContact(`c${n}@example.com`);
		},
		expect: {
			items: [{ results: [{ cID: hex(3) }, { cID: hex(4) }], nextPage: 3 }],
			wire: [wire('GET', '/contacts', 200)],
			sandbox: (sandbox) => same(cordial(sandbox).queries, [[['page', '2'], ['per_page', '2']]], 'query string'),
		},
	},
	{
		id: 'e2eCordCtUpdate',
		name: 'Contact Update (by secondary key email: new address, attribute, list)',
		node: {
			type: 'cordial',
			parameters: {
				resource: 'contact',
				operation: 'update',
				identifyBy: 'secondaryKey',
				secondaryKey: 'email',
				contactKey: 'jane@example.com',
				updateFields: { email: 'jane.doe@example.com', attributes: '{"last_name": "Doe"}', addToLists: 'vip' },
			},
		},
		setup: (sandbox) => void cordial(sandbox).addContact('jane@example.com', 'none'),
		expect: {
			items: [{ success: true }],
			wire: [wire('PUT', '/contacts/email:jane%40example.com', 200)],
			sandbox: (sandbox) => {
				const contact = cordial(sandbox).contacts.get(CID1);
				same(
					[contact?.channels.email, contact?.attributes, contact?.lists],
					[{ address: 'jane.doe@example.com', subscribeStatus: 'none' }, { last_name: 'Doe' }, ['vip']],
					'updated contact',
				);
			},
		},
	},
	{
		id: 'e2eCordCtDelete',
		name: 'Contact Delete (by cID)',
		node: { type: 'cordial', parameters: { resource: 'contact', operation: 'delete', identifyBy: 'cID', contactKey: CID1 } },
		setup: (sandbox) => {
			cordial(sandbox).addContact('gone@example.com');
			cordial(sandbox).addContact('stays@example.com');
		},
		expect: {
			items: [{ deleted: true }],
			wire: [wire('DELETE', `/contacts/${CID1}`, 200)],
			sandbox: (sandbox) => same([...cordial(sandbox).contacts.keys()], [hex(2)], 'remaining contacts'),
		},
	},
	{
		id: 'e2eCordCtUnsub',
		name: 'Contact Unsubscribe (e-mail channel, with the mcID of the message)',
		node: {
			type: 'cordial',
			parameters: {
				resource: 'contact',
				operation: 'unsubscribe',
				identifyBy: 'primaryKey',
				contactKey: 'jane@example.com',
				channel: 'email',
				options: { mcID: '1001:abc:1' },
			},
		},
		setup: (sandbox) => {
			const cID = cordial(sandbox).addContact('jane@example.com', 'subscribed');
			cordial(sandbox).contacts.get(cID)!.mcIDs.push('1001:abc:1');
		},
		expect: {
			items: [{ success: true }],
			wire: [wire('PUT', '/contacts/jane%40example.com/unsubscribe/email', 200)],
			sandbox: (sandbox) => {
				same(cordial(sandbox).contacts.get(CID1)?.channels.email.subscribeStatus, 'unsubscribed', 'subscribe status');
				same(cordial(sandbox).queries, [[['mcID', '1001:abc:1']]], 'query string');
			},
		},
	},

	// ---- Transactional ----------------------------------------------------------------------------------------------
	{
		id: 'e2eCordTxSend',
		name: 'Transactional Send (order confirmation with extVars, new contact)',
		node: {
			type: 'cordial',
			parameters: {
				resource: 'transactional',
				operation: 'send',
				templateKey: rl('order-confirmation', 'list'),
				contactKey: 'email',
				contactValue: '={{ $json.email }}',
				additionalFields: { extVars: '={{ JSON.stringify({ orderID: $json.order }) }}' },
			},
		},
		input: [{ json: { email: 'buyer@example.com', order: 'o1234' } }],
		expect: {
			items: [{ success: true, message: 'messages sent', messagecontacts: [{ accepted: true, cID: CID1 }] }],
			wire: [wire('POST', '/automationtemplates/order-confirmation/send', 200)],
			sandbox: (sandbox) => {
				const contact = cordial(sandbox).contacts.get(CID1);
				same([contact?.channels.email, contact?.mcIDs.length], [{ address: 'buyer@example.com', subscribeStatus: 'none' }, 1], 'new contact');
				same(JSON.parse(sandbox.requests('cordial')[0].body), { to: { contact: { email: 'buyer@example.com' }, extVars: { orderID: 'o1234' } } }, 'request body');
			},
		},
	},

	// ---- Errors, Continue On Fail, retries ----------------------------------------------------------------------------
	{
		id: 'e2eCordErrSchedPast',
		name: 'Continue On Fail: Batch Message Create, the second item scheduled in the past (422)',
		node: {
			type: 'cordial',
			parameters: {
				resource: 'batchMessage',
				operation: 'create',
				...EMAIL_CONTENT,
				additionalFields: { name: '={{ $json.name }}', schedule: '={{ $json.schedule }}' },
			},
		},
		input: [
			{ json: { name: 'future', schedule: '2026-07-01T09:00:00Z' } },
			{ json: { name: 'past', schedule: '2026-01-01T09:00:00Z' } },
		],
		continueOnFail: true,
		expect: {
			items: [
				{ success: true, id: `252:${hex(1)}:ot` },
				{
					error: 'Cordial Create Batch Message failed: Time is in the past. (BATCH_MESSAGES_SCHEDULE_ERROR) [item 1]',
					description: 'Set "Schedule" to a future date and time in ISO 8601 form.',
					httpCode: '422',
				},
			],
			wire: [wire('POST', '/batchmessages', 201), wire('POST', '/batchmessages', 422)],
			sandbox: (sandbox) => same([...cordial(sandbox).batchMessages.values()].map((message) => message.name), ['experiment_draft', 'future'], 'stored messages'),
		},
	},
	{
		id: 'e2eCordErrTxReject',
		name: 'Continue On Fail: Transactional Send of a promotional template, one contact not subscribed',
		node: {
			type: 'cordial',
			parameters: {
				resource: 'transactional',
				operation: 'send',
				templateKey: rl('weekly-promo'),
				contactKey: 'email',
				contactValue: '={{ $json.email }}',
			},
		},
		input: [{ json: { email: 'yes@example.com' } }, { json: { email: 'no@example.com' } }],
		setup: (sandbox) => {
			cordial(sandbox).addContact('yes@example.com', 'subscribed');
			cordial(sandbox).addContact('no@example.com', 'none');
		},
		continueOnFail: true,
		expect: {
			items: [
				{ success: true, messagecontacts: [{ accepted: true, cID: hex(1) }] },
				{ error: 'Cordial Send Transactional Message: the contact was not accepted: not-subscribed [item 1]' },
			],
			wire: [wire('POST', '/automationtemplates/weekly-promo/send', 200), wire('POST', '/automationtemplates/weekly-promo/send', 200)],
			sandbox: (sandbox) => same(cordial(sandbox).contacts.get(hex(2))?.mcIDs, [], 'mcIDs of the rejected contact'),
		},
	},
	{
		id: 'e2eCordErrEditSent',
		name: 'Stop on error: Batch Message Update of a scheduled message (422 with Cordial\'s hint)',
		node: {
			type: 'cordial',
			parameters: { resource: 'batchMessage', operation: 'update', batchMessageId: rl(DRAFT), updateFields: { subject: 'Too late' } },
		},
		setup: draftWith({ status: 'scheduled', schedule: '2026-07-01T09:00:00+00:00' }),
		expect: {
			error: "Cordial Update Batch Message failed: Can't be changed (BATCH_MESSAGES_CANNOT_EDIT_SENT_MESSAGE) [item 0]",
			wire: [wire('PUT', `/batchmessages/${DRAFT}`, 422)],
			sandbox: (sandbox) =>
				same((cordial(sandbox).batchMessages.get(DRAFT)?.message as { headers: { subject: string } }).headers.subject, 'Hello {$contact.first_name}', 'subject'),
		},
	},
	{
		id: 'e2eCordErrAuth',
		name: 'Stop on error: 401 Access Denied (key refused or IP not allowed)',
		node: { type: 'cordial', parameters: { resource: 'batchMessage', operation: 'get', batchMessageId: rl(DRAFT) } },
		setup: (sandbox) =>
			sandbox.injectFault({
				provider: 'cordial',
				respond: { status: 401, headers: { 'Content-Type': 'application/json' }, body: '{"error":"Access Denied: Authentication Failure"}' },
			}),
		expect: {
			error: 'Cordial Get Batch Message failed: Access Denied: Authentication Failure [item 0]',
			wire: [wire('GET', `/batchmessages/${DRAFT}`, 401)],
		},
	},
	{
		id: 'e2eCordRetry429',
		name: 'Contact Create or Update retried after a 429 with Retry-After, created once',
		node: { type: 'cordial', parameters: { resource: 'contact', operation: 'upsert', email: 'rate@example.com' } },
		setup: (sandbox) =>
			sandbox.injectFault({
				provider: 'cordial',
				respond: {
					status: 429,
					headers: { 'Content-Type': 'application/json', 'Retry-After': '0' },
					body: '{"error":true,"errorKey":"EXCEEDED_RATE_LIMIT","message":"Too many requests"}',
				},
			}),
		expect: {
			items: [{ success: true, message: 'contact created', cID: CID1 }],
			wire: [wire('POST', '/contacts', 429), wire('POST', '/contacts', 201)],
			sandbox: (sandbox) => same([...cordial(sandbox).contacts.keys()], [CID1], 'contacts'),
		},
	},
];
