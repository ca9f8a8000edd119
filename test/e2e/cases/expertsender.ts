import { strict as assert } from 'node:assert';

import type { IDataObject } from 'n8n-workflow';

import type { Sandbox } from '../../../sandbox';
import {
	errorBody,
	EXPERTSENDER_API_KEY,
	NO_SUCH_RECEIVER,
	type ExpertSenderProvider,
} from '../../../sandbox/providers/expertsender';
import { inAnyOrder, type E2eCase } from './types';

const API = '/v2/Api';
const PROVIDER = 'expertsender';
const NEWSLETTER_LOCATOR = { __rl: true, mode: 'list', value: '1', cachedResultName: 'Newsletter' };
const NEWSLETTER = { Id: 1, Name: 'Newsletter', FriendlyName: 'Our newsletter', Language: 'en-US', OptInMode: 'SingleOptIn' };
const CUSTOMERS = { Id: 2, Name: 'Customers', FriendlyName: 'Customers', Language: 'en-US', OptInMode: 'DoubleOptIn' };
/** The GUID of ExpertSender's documented `201` answer to a send with ReturnGuid. */
const DOCUMENTED_GUID = 'c3a4bda9-07be-4d48-af20-df51293ec78f';
const PDF_A = '%PDF-1.4\n% Invoice A-1001 for Patrick Jones\n%%EOF\n';
const PDF_B = '%PDF-1.4\n% Invoice A-1002 \u00e9\u00df\u00ff\n%%EOF\n';

type Wire = E2eCase['expect']['wire'][number];

function wire(method: string, path: string, status: number | 'reset'): Wire {
	return { provider: PROVIDER, method, path, status };
}

function es(sandbox: Sandbox): ExpertSenderProvider {
	return sandbox.provider<ExpertSenderProvider>(PROVIDER);
}

/** The request bodies the sandbox logged for ExpertSender, in order. */
function bodies(sandbox: Sandbox): string[] {
	return sandbox.requests(PROVIDER).map((entry) => entry.body);
}

function pdf(text: string, fileName: string) {
	return { base64: Buffer.from(text, 'latin1').toString('base64'), fileName, mimeType: 'application/pdf' };
}

function transactional(operation: 'send' | 'sendSystem', parameters: IDataObject): E2eCase['node'] {
	return { type: 'expertSender', parameters: { resource: 'transactional', operation, ...parameters } };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const expertsenderCases: E2eCase[] = [
	// ── Transactional › Send ─────────────────────────────────────────────────────────────────────────────────────────
	{
		id: 'e2eEsTxSendPdf',
		name: 'Transactional Send: snippets (HTML in CDATA) and a PDF from a binary property, Return GUID',
		node: transactional('send', {
			messageId: '123',
			receiverEmail: '={{ $json.email }}',
			snippets: {
				snippet: [
					{ name: 'orderNumber', value: '={{ $json.orderNumber }}' },
					{ name: 'summary', value: '=<b>{{ $json.total }} EUR</b> & thanks' },
				],
			},
			attachments: { attachment: [{ binaryPropertyName: 'invoice' }] },
			options: { returnGuid: true },
		}),
		input: [{ json: { email: 'patrick@mydomain.com', orderNumber: 'A-1001', total: '42.00' }, binary: { invoice: pdf(PDF_A, 'invoice-A-1001.pdf') } }],
		expect: {
			items: [{ success: true, messageId: 123 }],
			wire: [wire('POST', `${API}/Transactionals/123`, 201)],
			sandbox: (sandbox) => {
				const [sent] = es(sandbox).sent;
				assert.equal(es(sandbox).sent.length, 1);
				assert.equal(sent.kind, 'Transactionals');
				assert.equal(sent.subscriberId, 1001);
				assert.match(sent.guid, UUID);
				assert.deepEqual(sent.snippets, [
					{ name: 'orderNumber', value: 'A-1001' },
					{ name: 'summary', value: '<b>42.00 EUR</b> & thanks' },
				]);
				assert.deepEqual(
					sent.attachments.map((file) => [file.fileName, file.mimeType, file.content.toString('latin1')]),
					[['invoice-A-1001.pdf', 'application/pdf', PDF_A]],
				);
				const [body] = bodies(sandbox);
				assert.ok(body.includes('<Value><![CDATA[<b>42.00 EUR</b> & thanks]]></Value>'), 'the HTML snippet is not in CDATA');
				assert.ok(body.startsWith('<ApiRequest xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xs="http://www.w3.org/2001/XMLSchema"><ApiKey>'));
				assert.ok(body.includes('<Data><ReturnGuid>true</ReturnGuid><Receiver><Email>patrick@mydomain.com</Email></Receiver><Snippets>'));
				assert.deepEqual(sandbox.requests(PROVIDER)[0].query, {}, 'a POST carries no query (the key is in the body)');
			},
		},
	},
	{
		id: 'e2eEsTxSendTwoPdfs',
		name: 'Transactional Send: two items, each with its own PDF (bytes per item, file name and MIME type overridden)',
		node: transactional('send', {
			messageId: '123',
			receiverId: '={{ $json.subscriberId }}',
			snippets: { snippet: [{ name: 'orderNumber', value: '={{ $json.orderNumber }}' }] },
			attachments: {
				attachment: [{ binaryPropertyName: 'invoice', fileName: '=invoice-{{ $json.orderNumber }}.pdf', mimeType: 'application/x-pdf' }],
			},
		}),
		input: [
			{ json: { subscriberId: 1001, orderNumber: 'A-1001' }, binary: { invoice: pdf(PDF_A, 'a.pdf') } },
			{ json: { subscriberId: '1001', orderNumber: 'A-1002' }, binary: { invoice: pdf(PDF_B, 'b.pdf') } },
		],
		expect: {
			items: [
				{ success: true, messageId: 123 },
				{ success: true, messageId: 123 },
			],
			wire: [wire('POST', `${API}/Transactionals/123`, 201), wire('POST', `${API}/Transactionals/123`, 201)],
			sandbox: (sandbox) => {
				assert.deepEqual(
					inAnyOrder(
						es(sandbox).sent.map((sent) => [sent.snippets[0].value, sent.attachments.map((file) => [file.fileName, file.mimeType, file.content.toString('latin1')])]),
					),
					inAnyOrder([
						['A-1001', [['invoice-A-1001.pdf', 'application/x-pdf', PDF_A]]],
						['A-1002', [['invoice-A-1002.pdf', 'application/x-pdf', PDF_B]]],
					]),
				);
			},
		},
	},
	{
		id: 'e2eEsTxSendById',
		name: 'Transactional Send: receiver by subscriber ID in a list context with Bcc, elements in documented order',
		node: transactional('send', {
			messageId: '123',
			receiverId: '1001',
			options: { listId: '1', bcc: 'archive@example.com;*[subscriber_email]*' },
		}),
		expect: {
			items: [{ success: true, messageId: 123 }],
			wire: [wire('POST', `${API}/Transactionals/123`, 201)],
			sandbox: (sandbox) => {
				const [sent] = es(sandbox).sent;
				assert.deepEqual([sent.subscriberId, sent.listId, sent.bcc], [1001, 1, 'archive@example.com;*[subscriber_email]*']);
				assert.ok(
					bodies(sandbox)[0].endsWith('<Data><Receiver><Id>1001</Id><ListId>1</ListId><Bcc>archive@example.com;*[subscriber_email]*</Bcc></Receiver></Data></ApiRequest>'),
					`unexpected body ${bodies(sandbox)[0]}`,
				);
			},
		},
	},
	{
		id: 'e2eEsTxSendErr',
		name: "Transactional Send, Continue On Fail: ExpertSender's error for an unsubscribed receiver on its own item",
		node: transactional('send', { messageId: '123', receiverEmail: '={{ $json.email }}' }),
		continueOnFail: true,
		input: [{ json: { email: 'patrick@mydomain.com' } }, { json: { email: 'gone@example.com' } }],
		expect: {
			items: [
				{ success: true, messageId: 123 },
				{ error: `ExpertSender Send Transactional failed: ${NO_SUCH_RECEIVER} (400) [item 1]`, description: 'HTTP 400.', httpCode: '400' },
			],
			wire: [wire('POST', `${API}/Transactionals/123`, 201), wire('POST', `${API}/Transactionals/123`, 400)],
			sandbox: (sandbox) => assert.deepEqual(es(sandbox).sent.map((sent) => sent.subscriberId), [1001]),
		},
	},
	{
		id: 'e2eEsTxSendStop',
		name: 'Transactional Send: an inactive message stops the workflow with ExpertSender\'s text',
		node: transactional('send', { messageId: '124', receiverEmail: 'patrick@mydomain.com' }),
		expect: {
			error: 'ExpertSender Send Transactional failed: Transactional message 124 does not exist or is not active. (400) [item 0]',
			wire: [wire('POST', `${API}/Transactionals/124`, 400)],
			sandbox: (sandbox) => assert.equal(es(sandbox).sent.length, 0),
		},
	},
	{
		id: 'e2eEsTxSendNoResend',
		name: 'Transactional Send: an unreadable 201 answer fails the item and the message is not sent again',
		node: transactional('send', { messageId: '123', receiverEmail: 'patrick@mydomain.com', options: { returnGuid: true } }),
		setup: (sandbox) =>
			sandbox.injectFault({
				provider: PROVIDER,
				path: `${API}/Transactionals/123`,
				process: true,
				respond: { status: 201, headers: { 'Content-Type': 'text/xml' }, body: '<ApiResponse><Data>c3a4bda9' },
			}),
		expect: {
			error: 'ExpertSender Send Transactional: The ExpertSender response to Send Transactional is not well-formed XML',
			wire: [wire('POST', `${API}/Transactionals/123`, 201)],
			sandbox: (sandbox) => assert.equal(es(sandbox).sent.length, 1, 'the provider got the message exactly once'),
		},
	},

	// ── Transactional › Send System Transactional ────────────────────────────────────────────────────────────────────
	{
		id: 'e2eEsSysSendNew',
		name: "Send System Transactional: creates an unknown receiver; the documented GUID answer goes to the output",
		node: transactional('sendSystem', {
			messageId: '200',
			receiverEmail: '={{ $json.email }}',
			snippets: { snippet: [{ name: 'resetLink', value: '=<a href="https://example.com/r?t={{ $json.token }}&x=1">Reset</a>' }] },
			options: { returnGuid: true },
		}),
		input: [{ json: { email: 'new.user@example.com', token: 'T0K3N' } }],
		// The module processes the send; the answer is replaced by ExpertSender's documented one, whose GUID is known.
		setup: (sandbox) =>
			sandbox.injectFault({
				provider: PROVIDER,
				path: `${API}/SystemTransactionals/200`,
				process: true,
				respond: {
					status: 201,
					headers: { 'Content-Type': 'text/xml; charset=utf-8' },
					body: `<ApiResponse xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema"><Data>${DOCUMENTED_GUID}</Data></ApiResponse>`,
				},
			}),
		expect: {
			items: [{ success: true, messageId: 200, guid: DOCUMENTED_GUID }],
			wire: [wire('POST', `${API}/SystemTransactionals/200`, 201)],
			sandbox: (sandbox) => {
				const created = es(sandbox).findByEmail('new.user@example.com');
				assert.ok(created, 'the receiver was not created');
				const [sent] = es(sandbox).sent;
				assert.deepEqual([sent.kind, sent.messageId, sent.subscriberId], ['SystemTransactionals', 200, created.id]);
				assert.deepEqual(sent.snippets, [{ name: 'resetLink', value: '<a href="https://example.com/r?t=T0K3N&x=1">Reset</a>' }]);
			},
		},
	},
	{
		id: 'e2eEsSysSendGone',
		name: 'Send System Transactional: reaches a subscriber who unsubscribed (Send would refuse)',
		node: transactional('sendSystem', { messageId: '200', receiverEmail: 'gone@example.com', options: { returnGuid: true } }),
		expect: {
			items: [{ success: true, messageId: 200 }],
			wire: [wire('POST', `${API}/SystemTransactionals/200`, 201)],
			sandbox: (sandbox) => {
				const [sent] = es(sandbox).sent;
				assert.deepEqual([sent.kind, sent.subscriberId], ['SystemTransactionals', 1002]);
			},
		},
	},
	{
		id: 'e2eEsSysSendErr',
		name: 'Send System Transactional, Continue On Fail: unknown subscriber ID and inactive message as error items',
		node: transactional('sendSystem', { messageId: '={{ $json.messageId }}', receiverId: '={{ $json.id }}' }),
		continueOnFail: true,
		input: [{ json: { messageId: 200, id: 999999 } }, { json: { messageId: 201, id: 1001 } }],
		expect: {
			items: [
				{ error: `ExpertSender Send System Transactional failed: ${NO_SUCH_RECEIVER} (400) [item 0]`, httpCode: '400' },
				{ error: 'ExpertSender Send System Transactional failed: Transactional message 201 does not exist or is not active. (400) [item 1]', httpCode: '400' },
			],
			wire: [wire('POST', `${API}/SystemTransactionals/200`, 400), wire('POST', `${API}/SystemTransactionals/201`, 400)],
			sandbox: (sandbox) => assert.equal(es(sandbox).sent.length, 0),
		},
	},

	// ── Contact › Create or Update ───────────────────────────────────────────────────────────────────────────────────
	{
		id: 'e2eEsUpsert',
		name: 'Contact Create or Update: one new and one existing subscriber in one MultiData request, typed properties',
		node: {
			type: 'expertSender',
			parameters: {
				resource: 'contact',
				operation: 'upsert',
				list: NEWSLETTER_LOCATOR,
				email: '={{ $json.email }}',
				mode: 'AddAndUpdate',
				matchingMode: 'Email',
				additionalFields: { firstName: '={{ $json.firstName }}', phone: '={{ $json.phone }}', vendor: 'n8n' },
				customProperties: {
					property: [
						{ id: '1', type: 'xs:int', value: '={{ $json.points }}' },
						{ id: '2', type: 'xs:string', value: 'Kraków & Co' },
						{ id: '3', type: 'xs:boolean', value: 'TRUE' },
						{ id: '4', type: 'xs:date', value: '1990-02-28' },
					],
				},
			},
		},
		input: [
			{ json: { email: 'jane@example.com', firstName: 'Jane', phone: '+48 600-100-200', points: 10 } },
			{ json: { email: 'patrick@mydomain.com', firstName: 'Pat', phone: '', points: 2077 } },
		],
		expect: {
			items: [
				{ Email: 'jane@example.com', Id: 5000, WasAdded: true, WasIgnored: false },
				{ Email: 'patrick@mydomain.com', Id: 1001, WasAdded: false, WasIgnored: false },
			],
			wire: [wire('POST', `${API}/Subscribers`, 201)],
			sandbox: (sandbox) => {
				const jane = es(sandbox).subscribers.get(5000)!;
				assert.deepEqual(
					[jane.email, jane.firstname, jane.phone, jane.vendor, [...jane.properties], [...jane.lists.keys()]],
					['jane@example.com', 'Jane', '+48600100200', 'n8n', [[1, '10'], [2, 'Kraków & Co'], [3, 'true'], [4, '1990-02-28']], [1]],
				);
				const patrick = es(sandbox).subscribers.get(1001)!;
				assert.deepEqual([patrick.firstname, patrick.properties.get(1)], ['Pat', '2077']);
				const [body] = bodies(sandbox);
				assert.ok(body.includes('<ReturnData>true</ReturnData><VerboseErrors>true</VerboseErrors><MultiData><Subscriber><Mode>AddAndUpdate</Mode><ListId>1</ListId>'));
				assert.ok(body.includes('<Value xsi:type="xs:int">10</Value>'));
			},
		},
	},
	{
		id: 'e2eEsUpsertRowErr',
		name: 'Contact Create or Update, Continue On Fail: a rejected row errors its item, the others are sent again',
		node: {
			type: 'expertSender',
			parameters: {
				resource: 'contact',
				operation: 'upsert',
				list: { __rl: true, mode: 'id', value: '2' },
				email: '={{ $json.email }}',
				customProperties: { property: [{ id: '={{ $json.property }}', type: 'xs:int', value: '7' }] },
			},
		},
		continueOnFail: true,
		input: [
			{ json: { email: 'a@example.com', property: 1 } },
			{ json: { email: 'b@example.com', property: 99 } },
			{ json: { email: 'c@example.com', property: 1 } },
		],
		expect: {
			items: [
				{ Email: 'a@example.com', Id: 5000, WasAdded: true, WasIgnored: false },
				{
					error: 'ExpertSender Create or Update Contact failed: Property with id 99 does not exist. [item 1]',
					description:
						'ExpertSender rejected this subscriber (row 2 of a batch of 3). Correct the value it names; the other subscribers of the batch were sent without it.',
					httpCode: '400',
				},
				{ Email: 'c@example.com', Id: 5001, WasAdded: true, WasIgnored: false },
			],
			wire: [wire('POST', `${API}/Subscribers`, 400), wire('POST', `${API}/Subscribers`, 201)],
			wireOrder: 'exact',
			sandbox: (sandbox) => {
				assert.equal(es(sandbox).findByEmail('b@example.com'), undefined);
				assert.deepEqual([...es(sandbox).findByEmail('c@example.com')!.lists.keys()], [2]);
			},
		},
	},
	{
		id: 'e2eEsUpsert250',
		name: 'Contact Create or Update: 250 items go out as three MultiData requests (100, 100, 50)',
		node: {
			type: 'expertSender',
			parameters: { resource: 'contact', operation: 'upsert', list: NEWSLETTER_LOCATOR, email: '={{ $json.email }}' },
		},
		input: Array.from({ length: 250 }, (_, index) => ({ json: { email: `user${index}@example.com` } })),
		expect: {
			items: Array.from({ length: 250 }, (_, index) => ({ Email: `user${index}@example.com`, Id: 5000 + index, WasAdded: true, WasIgnored: false })),
			wire: [wire('POST', `${API}/Subscribers`, 201), wire('POST', `${API}/Subscribers`, 201), wire('POST', `${API}/Subscribers`, 201)],
			wireOrder: 'exact',
			sandbox: (sandbox) => {
				assert.deepEqual(bodies(sandbox).map((body) => body.split('<Subscriber>').length - 1), [100, 100, 50]);
				assert.equal(es(sandbox).subscribers.size, 252);
			},
		},
	},

	// ── Contact › Get ────────────────────────────────────────────────────────────────────────────────────────────────
	{
		id: 'e2eEsGetFull',
		name: 'Contact Get by e-mail, Full: list states and properties as arrays, IDs as numbers',
		node: { type: 'expertSender', parameters: { resource: 'contact', operation: 'get', by: 'email', emailValue: '={{ $json.email }}', detailLevel: 'Full' } },
		input: [{ json: { email: 'patrick@mydomain.com' } }],
		expect: {
			items: [
				{
					Id: 1001,
					Email: 'patrick@mydomain.com',
					Firstname: 'Patrick',
					Lastname: 'Jones',
					BlackList: false,
					StateOnLists: [{ ListId: 1, Name: 'Newsletter', Status: 'Active', SubscriptionDate: '2025-03-01T09:00:00' }],
					Properties: [{ Id: 1, Type: 'Number', FriendlyName: 'points', Name: 'points', IntValue: '2076' }],
				},
			],
			wire: [wire('GET', `${API}/Subscribers`, 200)],
			sandbox: (sandbox) =>
				assert.deepEqual(sandbox.requests(PROVIDER)[0].query, { email: 'patrick@mydomain.com', option: 'Full', apiKey: EXPERTSENDER_API_KEY }),
		},
	},
	{
		id: 'e2eEsGetHistory',
		name: 'Contact Get by subscriber ID, Subscriptions History',
		node: { type: 'expertSender', parameters: { resource: 'contact', operation: 'get', by: 'id', idValue: '1002', detailLevel: 'SubscriptionsHistory' } },
		expect: {
			items: [
				{
					Id: 1002,
					Email: 'gone@example.com',
					Subscriptions: [
						{ Date: '2025-03-01T09:00:00', ListId: 1, Type: 'Subscribed' },
						{ Date: '2025-06-01T09:00:00', ListId: 1, Type: 'Unsubscribed' },
					],
				},
			],
			wire: [wire('GET', `${API}/Subscribers`, 200)],
			sandbox: (sandbox) => assert.deepEqual(sandbox.requests(PROVIDER)[0].query, { id: '1002', option: 'SubscriptionsHistory', apiKey: EXPERTSENDER_API_KEY }),
		},
	},
	{
		id: 'e2eEsGetByCustomId',
		name: 'Contact Get by custom subscriber ID and by phone, Long: text identifiers keep their leading zeros',
		node: {
			type: 'expertSender',
			parameters: {
				resource: 'contact',
				operation: 'get',
				// With "By" an expression n8n shows (and so requires) every identifier field; only the chosen one is sent.
				by: '={{ $json.by }}',
				emailValue: 'unused@example.com',
				idValue: '1001',
				customSubscriberIdValue: '00042',
				phoneValue: '0048 600 100 200',
				detailLevel: 'Long',
			},
		},
		input: [{ json: { by: 'customSubscriberId' } }, { json: { by: 'phone' } }],
		setup: (sandbox) => {
			es(sandbox).addSubscriber({
				id: 1003,
				email: 'zero@example.com',
				phone: '0048600100200',
				customSubscriberId: '00042',
				properties: new Map(),
				lists: new Map([[2, { status: 'Active', date: '2025-09-01T08:00:00' }]]),
				events: [],
				subscriptions: [],
			});
		},
		expect: {
			items: [0, 1].map(() => ({
				Id: 1003,
				Email: 'zero@example.com',
				Phone: '0048600100200',
				CustomSubscriberId: '00042',
				BlackList: false,
				StateOnLists: [{ ListId: 2, Name: 'Customers', Status: 'Active', SubscriptionDate: '2025-09-01T08:00:00' }],
			})),
			wire: [wire('GET', `${API}/Subscribers`, 200), wire('GET', `${API}/Subscribers`, 200)],
			sandbox: (sandbox) =>
				assert.deepEqual(
					inAnyOrder(sandbox.requests(PROVIDER).map((entry) => entry.query)),
					inAnyOrder([
						{ customSubscriberId: '00042', option: 'Long', apiKey: EXPERTSENDER_API_KEY },
						{ phone: '0048600100200', option: 'Long', apiKey: EXPERTSENDER_API_KEY },
					]),
				),
		},
	},
	{
		id: 'e2eEsGet404',
		name: 'Contact Get, Continue On Fail: an unknown subscriber is an error item with the 404 hint',
		node: { type: 'expertSender', parameters: { resource: 'contact', operation: 'get', by: 'email', emailValue: 'nobody@example.com', detailLevel: 'Short' } },
		continueOnFail: true,
		expect: {
			items: [
				{
					error: 'ExpertSender Get Contact failed: Subscriber not found. (404) [item 0]',
					description: 'ExpertSender has no such object, or nothing matched it.',
					httpCode: '404',
				},
			],
			wire: [wire('GET', `${API}/Subscribers`, 404)],
		},
	},
	{
		id: 'e2eEsGetKeyHidden',
		name: 'Contact Get: an error quoting the API key shows it as *** only',
		node: { type: 'expertSender', parameters: { resource: 'contact', operation: 'get', by: 'id', idValue: '1001', detailLevel: 'Short' } },
		setup: (sandbox) =>
			sandbox.injectFault({
				provider: PROVIDER,
				respond: {
					status: 400,
					headers: { 'Content-Type': 'text/xml' },
					body: errorBody(400, `Bad key ${EXPERTSENDER_API_KEY} / ${encodeURIComponent(EXPERTSENDER_API_KEY)}`),
				},
			}),
		expect: {
			error: 'ExpertSender Get Contact failed: Bad key *** / *** (400) [item 0]',
			wire: [wire('GET', `${API}/Subscribers`, 400)],
		},
	},

	// ── Contact › Delete ─────────────────────────────────────────────────────────────────────────────────────────────
	{
		id: 'e2eEsDelete',
		name: 'Contact Delete: by e-mail from one list (query) and by subscriber ID from all lists (path)',
		node: {
			type: 'expertSender',
			parameters: {
				resource: 'contact',
				operation: 'delete',
				by: '={{ $json.by }}',
				idValue: '={{ $json.id }}',
				emailValue: '={{ $json.email }}',
				options: { listId: '={{ $json.list ?? "" }}' },
			},
		},
		input: [{ json: { by: 'email', email: 'patrick@mydomain.com', list: 1 } }, { json: { by: 'id', id: 1002 } }],
		expect: {
			items: [{ deleted: true }, { deleted: true }],
			wire: [wire('DELETE', `${API}/Subscribers`, 204), wire('DELETE', `${API}/Subscribers/1002`, 204)],
			sandbox: (sandbox) => {
				assert.deepEqual(
					inAnyOrder(sandbox.requests(PROVIDER).map((entry) => entry.query)),
					inAnyOrder([{ email: 'patrick@mydomain.com', listId: '1', apiKey: EXPERTSENDER_API_KEY }, { apiKey: EXPERTSENDER_API_KEY }]),
				);
				assert.equal(es(sandbox).subscribers.get(1001)!.lists.size, 0);
				assert.equal(es(sandbox).subscribers.has(1002), false);
			},
		},
	},
	{
		id: 'e2eEsDelete404',
		name: 'Contact Delete, Continue On Fail: an unknown subscriber ID is an error item',
		node: { type: 'expertSender', parameters: { resource: 'contact', operation: 'delete', by: 'id', idValue: '424242' } },
		continueOnFail: true,
		expect: {
			items: [{ error: 'ExpertSender Delete Contact failed: Subscriber not found. (404) [item 0]', httpCode: '404' }],
			wire: [wire('DELETE', `${API}/Subscribers/424242`, 404)],
			sandbox: (sandbox) => assert.equal(es(sandbox).subscribers.size, 2),
		},
	},

	// ── List › Get Many ──────────────────────────────────────────────────────────────────────────────────────────────
	{
		id: 'e2eEsListAll',
		name: 'List Get Many: Return All gives one item per subscriber list',
		node: { type: 'expertSender', parameters: { resource: 'list', operation: 'getAll', returnAll: true } },
		expect: {
			items: [NEWSLETTER, CUSTOMERS],
			wire: [wire('GET', `${API}/Lists`, 200)],
			sandbox: (sandbox) => assert.deepEqual(sandbox.requests(PROVIDER)[0].query, { apiKey: EXPERTSENDER_API_KEY }),
		},
	},
	{
		id: 'e2eEsListLimit',
		name: 'List Get Many: Limit 1',
		node: { type: 'expertSender', parameters: { resource: 'list', operation: 'getAll', returnAll: false, limit: 1 } },
		expect: { items: [NEWSLETTER], wire: [wire('GET', `${API}/Lists`, 200)] },
	},
	{
		id: 'e2eEsListSeeds',
		name: 'List Get Many: Seed Lists',
		node: { type: 'expertSender', parameters: { resource: 'list', operation: 'getAll', returnAll: true, options: { seedLists: true } } },
		expect: {
			items: [{ Id: 7, Name: 'Internal seeds', FriendlyName: 'Seeds', OptInMode: 'SingleOptIn' }],
			wire: [wire('GET', `${API}/Lists`, 200)],
			sandbox: (sandbox) => assert.deepEqual(sandbox.requests(PROVIDER)[0].query, { seedLists: 'true', apiKey: EXPERTSENDER_API_KEY }),
		},
	},
	{
		id: 'e2eEsList429Retry',
		name: 'List Get Many: a 429 with Retry-After is retried, then succeeds',
		node: { type: 'expertSender', parameters: { resource: 'list', operation: 'getAll', returnAll: true } },
		setup: (sandbox) => sandbox.injectFault({ provider: PROVIDER, respond: { status: 429, headers: { 'Retry-After': '0' }, body: '' } }),
		expect: { items: [NEWSLETTER, CUSTOMERS], wire: [wire('GET', `${API}/Lists`, 429), wire('GET', `${API}/Lists`, 200)] },
	},
	{
		id: 'e2eEsList403',
		name: 'List Get Many: a refused API key (403) stops the workflow with ExpertSender\'s text',
		node: { type: 'expertSender', parameters: { resource: 'list', operation: 'getAll', returnAll: true } },
		setup: (sandbox) =>
			sandbox.injectFault({ provider: PROVIDER, respond: { status: 403, headers: { 'Content-Type': 'text/xml' }, body: errorBody(403, 'Api key is invalid.') } }),
		expect: {
			error: 'ExpertSender Get Many Lists failed: Api key is invalid. (403) [item 0]',
			wire: [wire('GET', `${API}/Lists`, 403)],
		},
	},
];
