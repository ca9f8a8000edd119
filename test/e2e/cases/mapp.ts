import type { IDataObject } from 'n8n-workflow';

import type { Sandbox } from '../../../sandbox';
import { MappProvider } from '../../../sandbox/providers/mapp';
import { inAnyOrder, type E2eCase } from './types';

const REST = '/api/rest/v19';
const SOAP = '/api/soap/v19';

/** One request on the wire to the Mapp sandbox. */
function mapp(path: string, status: number | 'reset', method = 'POST'): E2eCase['expect']['wire'][number] {
	return { provider: 'mapp', method, path, status };
}

function provider(sandbox: Sandbox): MappProvider {
	return sandbox.provider<MappProvider>('mapp');
}

/** Throws when `actual` is not deeply equal to `expected` (for the sandbox checks). */
function same(what: string, actual: unknown, expected: unknown): void {
	if (JSON.stringify(actual) !== JSON.stringify(expected)) {
		throw new Error(`${what}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
	}
}

/** The query string and body of the request at `index` in the Mapp log. */
function request(sandbox: Sandbox, index: number): { query: IDataObject; body: string } {
	const entry = sandbox.requests('mapp')[index];
	if (!entry) throw new Error(`no Mapp request #${index}`);
	return { query: entry.query, body: entry.body };
}

/** The seeded contact 33457 as every contact operation outputs it. */
const JOHN = {
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

const PDF = '%PDF-1.4 e2e';
const CSV = 'order,total\nA-1042,99.90\n';

export const mappCases: E2eCase[] = [
	// ------------------------------------------------------------------------------------------------ contact: get
	{
		id: 'e2eMappContactGet',
		name: 'Contact Get by e-mail (REST)',
		node: { type: 'mappEngage', parameters: { api: 'rest', resource: 'contact', operation: 'get', identifierType: 'EMAIL', identifierValue: '={{ $json.email }}' } },
		input: [{ json: { email: 'j.mcexample@example.com' } }],
		expect: {
			items: [{ contactId: '33457', emailAddress: 'j.mcexample@example.com' }],
			wire: [{ provider: 'mapp', method: 'POST', path: `${REST}/contact/get`, status: 200 }],
		},
	},
	{
		id: 'e2eMappContactGetSoap',
		name: 'Contact Get by external identifier (SOAP)',
		node: { type: 'mappEngage', parameters: { api: 'soap', resource: 'contact', operation: 'get', identifierType: 'EXTERNAL', identifierValue: 'CRM-0001' } },
		expect: {
			items: [JOHN],
			wire: [mapp(SOAP, 200)],
			sandbox: (sandbox) => {
				const { body } = request(sandbox, 0);
				if (!body.includes('<ecm:contactGet><identifier><type>EXTERNAL</type><value>CRM-0001</value></identifier></ecm:contactGet>')) {
					throw new Error(`unexpected SOAP body ${body}`);
				}
			},
		},
	},
	{
		id: 'e2eMappContactGetMob',
		name: 'Contact Get by mobile number, two items (REST)',
		node: { type: 'mappEngage', parameters: { api: 'rest', resource: 'contact', operation: 'get', identifierType: '={{ $json.type }}', identifierValue: '={{ $json.value }}' } },
		input: [{ json: { type: 'MOBILE', value: '+48505606707' } }, { json: { type: 'ID', value: '33457' } }],
		expect: {
			items: [JOHN, JOHN],
			wire: [mapp(`${REST}/contact/get`, 200), mapp(`${REST}/contact/get`, 200)],
			sandbox: (sandbox) => {
				same(
					'bodies',
					inAnyOrder([0, 1].map((index) => JSON.parse(request(sandbox, index).body))),
					inAnyOrder([{ type: 'MOBILE', value: '+48505606707' }, { type: 'ID', value: '33457' }]),
				);
			},
		},
	},

	// ------------------------------------------------------------------------------------------------ contact: create
	{
		id: 'e2eMappContactCreate',
		name: 'Contact Create with standard and profile attributes (REST)',
		node: {
			type: 'mappEngage',
			parameters: {
				api: 'rest',
				resource: 'contact',
				operation: 'create',
				identifierType: 'EMAIL',
				identifierValue: '={{ $json.email }}',
				standardAttributes: { mobileNumber: '={{ $json.mobile }}' },
				attributes: { pairs: [{ name: 'FirstName', value: '={{ $json.firstName }}' }, { name: 'user.ISOCountryCode', value: 'DE' }] },
			},
		},
		input: [{ json: { email: 'anna.schmidt@example.com', mobile: '4915112345678', firstName: 'Anna' } }],
		expect: {
			items: [
				{
					contactId: '40000',
					emailAddress: 'anna.schmidt@example.com',
					mobileNumber: '4915112345678',
					applicationAlias: null,
					identifier: null,
					attributes: [
						{ name: 'FirstName', value: 'Anna' },
						{ name: 'user.ISOCountryCode', value: 'DE' },
					],
				},
			],
			wire: [mapp(`${REST}/contact/create`, 200)],
			sandbox: (sandbox) => {
				same('request body', JSON.parse(request(sandbox, 0).body), {
					emailAddress: 'anna.schmidt@example.com',
					mobileNumber: '4915112345678',
					attributes: [
						{ name: 'FirstName', value: 'Anna' },
						{ name: 'user.ISOCountryCode', value: 'DE' },
					],
				});
				same('stored contact', provider(sandbox).contacts.get(40000)?.emailAddress, 'anna.schmidt@example.com');
			},
		},
	},
	{
		id: 'e2eMappContactCreSoap',
		name: 'Contact Create by mobile number (SOAP)',
		node: {
			type: 'mappEngage',
			parameters: {
				api: 'soap',
				resource: 'contact',
				operation: 'create',
				identifierType: 'MOBILE',
				identifierValue: '4915187654321',
				standardAttributes: { identifier: 'CRM-0002' },
				attributes: { pairs: [{ name: 'FirstName', value: 'Jonas' }] },
			},
		},
		expect: {
			items: [
				{
					contactId: '40000',
					emailAddress: null,
					mobileNumber: '4915187654321',
					identifier: 'CRM-0002',
					attributes: [{ name: 'FirstName', value: 'Jonas' }],
				},
			],
			wire: [mapp(SOAP, 200)],
			sandbox: (sandbox) => {
				same('stored contact', provider(sandbox).contacts.get(40000), {
					contactId: 40000,
					emailAddress: null,
					mobileNumber: '4915187654321',
					applicationAlias: null,
					identifier: 'CRM-0002',
					attributes: [{ name: 'FirstName', value: 'Jonas' }],
				});
			},
		},
	},

	// ------------------------------------------------------------------------------------------------ contact: upsert
	{
		id: 'e2eMappUpsertNew',
		name: 'Contact Create or Update, a new contact (REST)',
		node: {
			type: 'mappEngage',
			parameters: { api: 'rest', resource: 'contact', operation: 'upsert', identifierType: 'EMAIL', identifierValue: 'new.customer@example.com', attributes: { pairs: [{ name: 'FirstName', value: 'Nina' }] } },
		},
		expect: {
			items: [{ contactId: '40000', emailAddress: 'new.customer@example.com', attributes: [{ name: 'FirstName', value: 'Nina' }] }],
			wire: [mapp(`${REST}/contact/create`, 200)],
			sandbox: (sandbox) => same('contacts', [...provider(sandbox).contacts.keys()], [33457, 40000]),
		},
	},
	{
		id: 'e2eMappUpsertExisting',
		name: 'Contact Create or Update, an existing contact: create refused, then update (REST)',
		node: {
			type: 'mappEngage',
			parameters: {
				api: 'rest',
				resource: 'contact',
				operation: 'upsert',
				identifierType: 'EMAIL',
				identifierValue: 'j.mcexample@example.com',
				standardAttributes: { mobileNumber: '48505606707', identifier: 'CRM-0001' },
				attributes: { pairs: [{ name: 'FirstName', value: 'Johnny' }] },
			},
		},
		expect: {
			items: [{ ...JOHN, attributes: [{ name: 'FirstName', value: 'Johnny' }, { name: 'user.ISOCountryCode', value: 'PL' }] }],
			wire: [mapp(`${REST}/contact/create`, 400), mapp(`${REST}/contact/update`, 200)],
			sandbox: (sandbox) => {
				same('update query', request(sandbox, 1).query, { identifierType: 'EMAIL' });
				same('contacts', [...provider(sandbox).contacts.keys()], [33457]);
			},
		},
	},
	{
		id: 'e2eMappUpsertSoap',
		name: 'Contact Create or Update, an existing contact: fault, then update (SOAP)',
		node: {
			type: 'mappEngage',
			parameters: {
				api: 'soap',
				resource: 'contact',
				operation: 'upsert',
				identifierType: 'EXTERNAL',
				identifierValue: 'CRM-0001',
				standardAttributes: { emailAddress: 'john.new@example.com', mobileNumber: '48505606707' },
				attributes: { pairs: [{ name: 'user.ISOCountryCode', value: 'DE' }] },
			},
		},
		expect: {
			items: [{ ...JOHN, emailAddress: 'john.new@example.com', attributes: [{ name: 'FirstName', value: 'John' }, { name: 'user.ISOCountryCode', value: 'DE' }] }],
			wire: [mapp(SOAP, 500), mapp(SOAP, 200)],
			sandbox: (sandbox) => {
				const { body } = request(sandbox, 1);
				if (!body.includes('<ecm:contactUpdate><identifierType>EXTERNAL</identifierType><contact>')) throw new Error(`unexpected SOAP body ${body}`);
				same('stored e-mail', provider(sandbox).contacts.get(33457)?.emailAddress, 'john.new@example.com');
			},
		},
	},

	// ------------------------------------------------------------------------------------------------ contact: update
	{
		id: 'e2eMappContactUpdate',
		name: 'Contact Update by e-mail changes only the attribute given, then reads the contact back (REST)',
		node: {
			type: 'mappEngage',
			parameters: {
				api: 'rest',
				resource: 'contact',
				operation: 'update',
				identifierType: 'EMAIL',
				identifierValue: 'j.mcexample@example.com',
				attributes: { pairs: [{ name: 'user.CustomAttribute.Points', value: '120' }] },
			},
		},
		expect: {
			items: [{ ...JOHN, attributes: [...JOHN.attributes, { name: 'user.CustomAttribute.Points', value: '120' }] }],
			wire: [mapp(`${REST}/user/updateProfileByEmail`, 204), mapp(`${REST}/contact/get`, 200)],
			sandbox: (sandbox) => {
				// Mapp's updateProfileByEmail: the query names the user, the body is the attribute list alone.
				same('query', request(sandbox, 0).query, { email: 'j.mcexample@example.com' });
				same('request body', JSON.parse(request(sandbox, 0).body), [{ name: 'user.CustomAttribute.Points', value: '120' }]);
			},
		},
	},
	{
		id: 'e2eMappContactUpdSoap',
		name: 'Contact Update by contact ID keeps the standard attributes left out (SOAP chosen: updateProfile over REST, the read over SOAP)',
		node: {
			type: 'mappEngage',
			parameters: {
				api: 'soap',
				resource: 'contact',
				operation: 'update',
				identifierType: 'ID',
				identifierValue: '33457',
				standardAttributes: { emailAddress: 'john@example.org' },
			},
		},
		expect: {
			items: [{ ...JOHN, emailAddress: 'john@example.org' }],
			wire: [mapp(`${REST}/user/updateProfile`, 204), mapp(SOAP, 200)],
			sandbox: (sandbox) => {
				same('query', request(sandbox, 0).query, { userId: '33457' });
				same('request body', JSON.parse(request(sandbox, 0).body), [{ name: 'user.Email', value: 'john@example.org' }]);
				same('stored mobile', provider(sandbox).contacts.get(33457)?.mobileNumber, '48505606707');
			},
		},
	},

	// ------------------------------------------------------------------------------------------------ contact: replace (contact/update)
	{
		id: 'e2eMappContactReplace',
		name: 'Contact Replace by e-mail, keeping every standard attribute by sending it (REST)',
		node: {
			type: 'mappEngage',
			parameters: {
				api: 'rest',
				resource: 'contact',
				operation: 'replace',
				identifierType: 'EMAIL',
				identifierValue: 'j.mcexample@example.com',
				standardAttributes: { mobileNumber: '48505606707', identifier: 'CRM-0001' },
				attributes: { pairs: [{ name: 'user.CustomAttribute.Points', value: '120' }] },
			},
		},
		expect: {
			items: [
				{
					...JOHN,
					attributes: [
						{ name: 'FirstName', value: 'John' },
						{ name: 'user.ISOCountryCode', value: 'PL' },
						{ name: 'user.CustomAttribute.Points', value: '120' },
					],
				},
			],
			wire: [mapp(`${REST}/contact/update`, 200)],
			sandbox: (sandbox) => {
				same('query', request(sandbox, 0).query, { identifierType: 'EMAIL' });
				same('request body', JSON.parse(request(sandbox, 0).body), {
					emailAddress: 'j.mcexample@example.com',
					mobileNumber: '48505606707',
					identifier: 'CRM-0001',
					attributes: [{ name: 'user.CustomAttribute.Points', value: '120' }],
				});
			},
		},
	},
	{
		id: 'e2eMappContactReplSoap',
		name: 'Contact Replace by contact ID clears the standard attributes left out (SOAP)',
		node: {
			type: 'mappEngage',
			parameters: {
				api: 'soap',
				resource: 'contact',
				operation: 'replace',
				identifierType: 'ID',
				identifierValue: '33457',
				standardAttributes: { emailAddress: 'john@example.org' },
			},
		},
		expect: {
			items: [{ ...JOHN, emailAddress: 'john@example.org', mobileNumber: null, identifier: null }],
			wire: [mapp(SOAP, 200)],
			sandbox: (sandbox) => {
				const { body } = request(sandbox, 0);
				if (!body.includes('<identifierType>ID</identifierType><contact><contactId>33457</contactId><emailAddress>john@example.org</emailAddress></contact>')) {
					throw new Error(`unexpected SOAP body ${body}`);
				}
				same('stored mobile', provider(sandbox).contacts.get(33457)?.mobileNumber, null);
			},
		},
	},

	// ------------------------------------------------------------------------------------------------ contact: delete
	{
		id: 'e2eMappContactDelete',
		name: 'Contact Delete by e-mail (REST)',
		node: { type: 'mappEngage', parameters: { api: 'rest', resource: 'contact', operation: 'delete', identifierType: 'EMAIL', identifierValue: 'j.mcexample@example.com' } },
		expect: {
			items: [{ deleted: true }],
			wire: [mapp(`${REST}/contact/delete`, 200)],
			sandbox: (sandbox) => {
				same('contacts', provider(sandbox).contacts.size, 0);
				same('group 1300', provider(sandbox).groups.get(1300)?.size, 0);
			},
		},
	},
	{
		id: 'e2eMappContactDelSoap',
		name: 'Contact Delete by external identifier (SOAP)',
		node: { type: 'mappEngage', parameters: { api: 'soap', resource: 'contact', operation: 'delete', identifierType: 'EXTERNAL', identifierValue: 'CRM-0001' } },
		expect: {
			items: [{ deleted: true }],
			wire: [mapp(SOAP, 200)],
			sandbox: (sandbox) => same('contacts', provider(sandbox).contacts.size, 0),
		},
	},

	// ------------------------------------------------------------------------------------------------ membership
	{
		id: 'e2eMappSubscribe',
		name: 'Membership Subscribe by e-mail, double opt-in (REST)',
		node: {
			type: 'mappEngage',
			parameters: { api: 'rest', resource: 'membership', operation: 'subscribe', groupId: '1200', memberBy: 'email', email: '={{ $json.email }}', subscriptionMode: 'DOUBLE_OPT_IN' },
		},
		input: [{ json: { email: 'j.mcexample@example.com' } }],
		expect: {
			items: [{ subscribed: true, groupId: '1200', email: 'j.mcexample@example.com', subscriptionMode: 'DOUBLE_OPT_IN' }],
			wire: [mapp(`${REST}/membership/subscribeByEmail`, 204)],
			sandbox: (sandbox) => {
				same('query', request(sandbox, 0).query, { email: 'j.mcexample@example.com', groupId: '1200', subscriptionMode: 'DOUBLE_OPT_IN' });
				same('membership', provider(sandbox).groups.get(1200)?.get(33457), 'INVITED');
			},
		},
	},
	{
		id: 'e2eMappSubscribeSoap',
		name: 'Membership Subscribe by contact ID, confirmed opt-in (SOAP)',
		node: {
			type: 'mappEngage',
			parameters: { api: 'soap', resource: 'membership', operation: 'subscribe', groupId: '1200', memberBy: 'contactId', contactId: '33457', subscriptionMode: 'CONFIRMED_OPT_IN' },
		},
		expect: {
			items: [{ subscribed: true, groupId: '1200', contactId: '33457', subscriptionMode: 'CONFIRMED_OPT_IN' }],
			wire: [mapp(SOAP, 200)],
			sandbox: (sandbox) => same('membership', provider(sandbox).groups.get(1200)?.get(33457), 'CONFIRMED_OPT_IN'),
		},
	},
	{
		id: 'e2eMappUnsubscribe',
		name: 'Membership Unsubscribe by contact ID (REST)',
		node: { type: 'mappEngage', parameters: { api: 'rest', resource: 'membership', operation: 'unsubscribe', groupId: '1300', memberBy: 'contactId', contactId: '33457' } },
		expect: {
			items: [{ unsubscribed: true, groupId: '1300', contactId: '33457' }],
			wire: [mapp(`${REST}/membership/unsubscribe`, 204)],
			sandbox: (sandbox) => {
				same('query', request(sandbox, 0).query, { userId: '33457', groupId: '1300' });
				same('group 1300', provider(sandbox).groups.get(1300)?.has(33457), false);
			},
		},
	},
	{
		id: 'e2eMappUnsubSoap',
		name: 'Membership Unsubscribe by e-mail (SOAP)',
		node: { type: 'mappEngage', parameters: { api: 'soap', resource: 'membership', operation: 'unsubscribe', groupId: '1300', memberBy: 'email', email: 'j.mcexample@example.com' } },
		expect: {
			items: [{ unsubscribed: true, groupId: '1300', email: 'j.mcexample@example.com' }],
			wire: [mapp(SOAP, 200)],
			sandbox: (sandbox) => same('group 1300', provider(sandbox).groups.get(1300)?.has(33457), false),
		},
	},

	// ------------------------------------------------------------------------------------------------ group: getPreparedMessages
	{
		id: 'e2eMappGroupPrepared',
		name: 'Group Get Prepared Messages, one item per message, none for a group without (REST)',
		node: { type: 'mappEngage', parameters: { api: 'rest', resource: 'group', operation: 'getPreparedMessages', groupId: '={{ $json.groupId }}' } },
		input: [{ json: { groupId: '1200' } }, { json: { groupId: '1300' } }],
		expect: {
			items: [
				{ groupId: '1200', messageId: '23541' },
				{ groupId: '1200', messageId: '23542' },
			],
			wire: [mapp(`${REST}/group/getPreparedMessages`, 200, 'GET'), mapp(`${REST}/group/getPreparedMessages`, 200, 'GET')],
			sandbox: (sandbox) =>
				same(
					'queries',
					inAnyOrder([0, 1].map((index) => request(sandbox, index).query)),
					inAnyOrder([{ groupId: '1200' }, { groupId: '1300' }]),
				),
		},
	},
	{
		id: 'e2eMappGroupPrepSoap',
		name: 'Group Get Prepared Messages (SOAP, repeated messageIds)',
		node: { type: 'mappEngage', parameters: { api: 'soap', resource: 'group', operation: 'getPreparedMessages', groupId: '1400' } },
		expect: {
			items: [
				{ groupId: '1400', messageId: '23610' },
				{ groupId: '1400', messageId: '23611' },
				{ groupId: '1400', messageId: '23612' },
			],
			wire: [mapp(SOAP, 200)],
			sandbox: (sandbox) => {
				const { body } = request(sandbox, 0);
				if (!body.includes('<ecm:groupGetPreparedMessages><groupId>1400</groupId></ecm:groupGetPreparedMessages>')) {
					throw new Error(`unexpected SOAP body ${body}`);
				}
			},
		},
	},

	// ------------------------------------------------------------------------------------------------ message: sendPrepared
	{
		id: 'e2eMappSendPrepared',
		name: 'Send Prepared Message by contact ID with parameters and a sender profile (REST)',
		node: {
			type: 'mappEngage',
			parameters: {
				api: 'rest',
				resource: 'message',
				operation: 'sendPrepared',
				messageId: '23541',
				recipientBy: 'contactId',
				recipientId: '={{ $json.contactId }}',
				parameters: { pairs: [{ name: 'OrderNo', value: '={{ $json.order }}' }] },
				options: { senderProfileName: 'transactional' },
			},
		},
		input: [{ json: { contactId: '33457', order: 'A-1042' } }],
		expect: {
			items: [{ sent: true, messageId: '23541', contactId: '33457', senderProfileName: 'transactional', parameters: [{ name: 'OrderNo', value: 'A-1042' }], attachments: [] }],
			wire: [mapp(`${REST}/message/sendSingle`, 204)],
			sandbox: (sandbox) => {
				same('query', request(sandbox, 0).query, { messageId: '23541', recipientId: '33457', senderProfileName: 'transactional' });
				same('sendouts', provider(sandbox).sendouts, [
					{ method: 'sendSingle', messageId: 23541, contactId: 33457, senderProfileName: 'transactional', parameters: [{ name: 'OrderNo', value: 'A-1042' }], attachments: [] },
				]);
			},
		},
	},
	{
		id: 'e2eMappSendFromList',
		name: 'Send Prepared Message picked From List of a group\'s prepared messages (REST)',
		node: {
			type: 'mappEngage',
			parameters: {
				api: 'rest',
				resource: 'message',
				operation: 'sendPrepared',
				groupId: '1400',
				messageId: { __rl: true, mode: 'list', value: '23611', cachedResultName: 'Message 23611' },
				recipientBy: 'contactId',
				recipientId: '33457',
			},
		},
		expect: {
			items: [{ sent: true, messageId: '23611', contactId: '33457', parameters: [], attachments: [] }],
			wire: [mapp(`${REST}/message/sendSingle`, 204)],
			sandbox: (sandbox) => {
				same('query', request(sandbox, 0).query, { messageId: '23611', recipientId: '33457' });
				same('group 1400', provider(sandbox).groups.get(1400)?.get(33457), 'OPT_IN');
			},
		},
	},
	{
		id: 'e2eMappSendPdfSoap',
		name: 'Send Prepared Message with a PDF from a binary property (SOAP)',
		node: {
			type: 'mappEngage',
			parameters: {
				api: 'soap',
				resource: 'message',
				operation: 'sendPrepared',
				messageId: '23541',
				recipientBy: 'identifier',
				identifierType: 'EMAIL',
				identifierValue: '={{ $json.email }}',
				options: { attachments: 'invoice' },
			},
		},
		input: [{ json: { email: 'j.mcexample@example.com' }, binary: { invoice: { base64: Buffer.from(PDF).toString('base64'), fileName: 'invoice.pdf', mimeType: 'application/pdf' } } }],
		expect: {
			items: [{ sent: true, messageId: '23541', contactId: '33457', attachments: [{ name: 'invoice.pdf', contentType: 'application/pdf' }] }],
			wire: [
				{ provider: 'mapp', method: 'POST', path: '/api/soap/v19', status: 200 },
				{ provider: 'mapp', method: 'POST', path: '/api/soap/v19', status: 200 },
			],
			sandbox: (sandbox) => {
				const [sendout] = sandbox.provider<MappProvider>('mapp').sendouts;
				if (Buffer.from(sendout.attachments[0].content, 'base64').toString() !== PDF) throw new Error('attachment bytes differ');
			},
		},
	},
	{
		id: 'e2eMappSendCsvRest',
		name: 'Send Prepared Message by e-mail with a CSV attachment (REST)',
		node: {
			type: 'mappEngage',
			parameters: {
				api: 'rest',
				resource: 'message',
				operation: 'sendPrepared',
				messageId: '23541',
				recipientBy: 'identifier',
				identifierType: 'EMAIL',
				identifierValue: '={{ $json.email }}',
				options: { attachments: 'report' },
			},
		},
		input: [{ json: { email: 'j.mcexample@example.com' }, binary: { report: { base64: Buffer.from(CSV).toString('base64'), fileName: 'orders.csv', mimeType: 'text/csv' } } }],
		expect: {
			items: [
				{
					sent: true,
					messageId: '23541',
					contactId: '33457',
					identifierType: 'EMAIL',
					identifierValue: 'j.mcexample@example.com',
					parameters: [],
					attachments: [{ name: 'orders.csv', contentType: 'text/csv', size: Buffer.byteLength(CSV) }],
				},
			],
			wire: [mapp(`${REST}/contact/get`, 200), mapp(`${REST}/message/sendSingle`, 204)],
			sandbox: (sandbox) => {
				same('query', request(sandbox, 1).query, { messageId: '23541', recipientId: '33457' });
				const [sendout] = provider(sandbox).sendouts;
				same('attachment', { ...sendout.attachments[0], content: Buffer.from(sendout.attachments[0].content, 'base64').toString() }, { name: 'orders.csv', contentType: 'text/csv', content: CSV });
				// Sending adds the recipient to the message's group.
				same('group 1200', provider(sandbox).groups.get(1200)?.get(33457), 'OPT_IN');
			},
		},
	},

	// ------------------------------------------------------------------------------------------------ message: sendTransactional
	{
		id: 'e2eMappSendTx',
		name: 'Send Transactional Message by e-mail with a TMID (REST)',
		node: {
			type: 'mappEngage',
			parameters: {
				api: 'rest',
				resource: 'message',
				operation: 'sendTransactional',
				messageId: '23542',
				recipientBy: 'identifier',
				identifierType: 'EMAIL',
				identifierValue: 'j.mcexample@example.com',
				externalTransactionFormula: '={{ "ORDER-" + $json.order }}',
				parameters: { pairs: [{ name: 'Code', value: '4711' }] },
			},
		},
		input: [{ json: { order: 'A-1042' } }],
		expect: {
			items: [
				{
					sent: true,
					messageId: '23542',
					contactId: '33457',
					identifierType: 'EMAIL',
					identifierValue: 'j.mcexample@example.com',
					externalTransactionFormula: 'ORDER-A-1042',
					parameters: [{ name: 'Code', value: '4711' }],
					attachments: [],
				},
			],
			wire: [mapp(`${REST}/contact/get`, 200), mapp(`${REST}/message/sendTransactional`, 204)],
			sandbox: (sandbox) => {
				same('query', request(sandbox, 1).query, { messageId: '23542', recipientId: '33457', externalTransactionFormula: 'ORDER-A-1042' });
				same('sendouts', provider(sandbox).sendouts, [
					{ method: 'sendTransactional', messageId: 23542, contactId: 33457, externalTransactionFormula: 'ORDER-A-1042', parameters: [{ name: 'Code', value: '4711' }], attachments: [] },
				]);
			},
		},
	},
	{
		id: 'e2eMappSendTxSoap',
		name: 'Send Transactional Message by contact ID without a TMID (SOAP, literal null)',
		node: {
			type: 'mappEngage',
			parameters: { api: 'soap', resource: 'message', operation: 'sendTransactional', messageId: '23541', recipientBy: 'contactId', recipientId: '33457', externalTransactionFormula: '' },
		},
		expect: {
			items: [{ sent: true, messageId: '23541', contactId: '33457', externalTransactionFormula: 'null', parameters: [], attachments: [] }],
			wire: [mapp(SOAP, 200)],
			sandbox: (sandbox) => {
				const { body } = request(sandbox, 0);
				if (!body.includes('<ecm:messageSendTransactional><messageId>23541</messageId><externalTransactionFormula>null</externalTransactionFormula><recipientId>33457</recipientId><additionalContent')) {
					throw new Error(`unexpected SOAP body ${body}`);
				}
				same('sendouts', provider(sandbox).sendouts.map(({ method, externalTransactionFormula }) => ({ method, externalTransactionFormula })), [
					{ method: 'sendTransactional', externalTransactionFormula: 'null' },
				]);
			},
		},
	},

	// ------------------------------------------------------------------------------------------------ errors
	{
		id: 'e2eMappErrContinue',
		name: 'Continue On Fail: an unknown contact gives an error item, the next item still runs (REST)',
		continueOnFail: true,
		node: { type: 'mappEngage', parameters: { api: 'rest', resource: 'contact', operation: 'get', identifierType: 'EMAIL', identifierValue: '={{ $json.email }}' } },
		input: [{ json: { email: 'nobody@example.com' } }, { json: { email: 'j.mcexample@example.com' } }],
		expect: {
			items: [
				{
					error: 'Mapp Engage Get Contact failed: Contact with identifier=nobody@example.com does not exist. (NO_SUCH_OBJECT) [item 0]',
					description: 'Mapp has no such object. For a contact, check the identifier type and value (Mapp answers 400, not 404, for an unknown contact); for a message or group, check its ID.',
				},
				{ contactId: '33457' },
			],
			wire: [mapp(`${REST}/contact/get`, 400), mapp(`${REST}/contact/get`, 200)],
		},
	},
	{
		id: 'e2eMappErrSoapFault',
		name: 'Continue On Fail: a SOAP fault for an unknown prepared message is one error item, nothing sent (SOAP)',
		continueOnFail: true,
		node: { type: 'mappEngage', parameters: { api: 'soap', resource: 'message', operation: 'sendPrepared', messageId: '99999', recipientBy: 'contactId', recipientId: '33457' } },
		expect: {
			items: [{ error: 'Mapp Engage Send Prepared Message failed: Prepared message with messageId=99999 does not exist. (NO_SUCH_OBJECT) [item 0]' }],
			wire: [mapp(SOAP, 500)],
			sandbox: (sandbox) => same('sendouts', provider(sandbox).sendouts.length, 0),
		},
	},
	{
		id: 'e2eMappErrStops',
		name: 'Without Continue On Fail an already existing contact stops the workflow (REST)',
		node: { type: 'mappEngage', parameters: { api: 'rest', resource: 'contact', operation: 'create', identifierType: 'EMAIL', identifierValue: 'j.mcexample@example.com' } },
		expect: {
			error: 'Mapp Engage Create Contact failed: Such contact already exists (OBJECT_ALREADY_EXISTS)',
			wire: [mapp(`${REST}/contact/create`, 400)],
			sandbox: (sandbox) => same('contacts', provider(sandbox).contacts.size, 1),
		},
	},
	{
		id: 'e2eMappErrNoRepeat',
		name: 'A send answered 502 after Mapp processed it is not repeated (REST)',
		continueOnFail: true,
		setup: (sandbox) =>
			sandbox.injectFault({ provider: 'mapp', path: '/message/sendSingle', process: true, respond: { status: 502, headers: { 'Content-Type': 'text/html' }, body: '<html>Bad Gateway</html>' } }),
		node: { type: 'mappEngage', parameters: { api: 'rest', resource: 'message', operation: 'sendPrepared', messageId: '23541', recipientBy: 'contactId', recipientId: '33457' } },
		expect: {
			items: [{ error: 'Mapp Engage Send Prepared Message failed: HTTP 502 with a body that could not be read (<html>Bad Gateway</html>) [item 0]', httpCode: '502' }],
			wire: [mapp(`${REST}/message/sendSingle`, 502)],
			sandbox: (sandbox) => same('sendouts', provider(sandbox).sendouts.length, 1),
		},
	},
	{
		id: 'e2eMappRateLimit',
		name: 'The rate limit (500 "Database Access Limit Exceeded") is not processed, so the lookup is tried again (REST)',
		setup: (sandbox) => sandbox.injectFault({ provider: 'mapp', path: '/contact/get', respond: MappProvider.rateLimitResponse({ 'Retry-After': '0' }) }),
		node: { type: 'mappEngage', parameters: { api: 'rest', resource: 'message', operation: 'sendPrepared', messageId: '23541', recipientBy: 'identifier', identifierType: 'EMAIL', identifierValue: 'j.mcexample@example.com' } },
		expect: {
			items: [{ sent: true, messageId: '23541', contactId: '33457' }],
			wire: [mapp(`${REST}/contact/get`, 500), mapp(`${REST}/contact/get`, 200), mapp(`${REST}/message/sendSingle`, 204)],
			sandbox: (sandbox) => same('sendouts', provider(sandbox).sendouts.length, 1),
		},
	},
];
