import { mappProfile } from '../../../nodes/MappEngage/transport';
import { MappProvider, type StoredContact } from '../../../sandbox/providers/mapp';
import type { Sandbox } from '../../../sandbox/framework';
import * as groups from './mapp/groups';
import * as profiles from './mapp/profiles';
import type { InvalidInput, OperationSpec, ProviderCatalogue } from './types';

/**
 * Every operation of the Mapp Engage node, over REST and over SOAP. Contact and membership changes are counted from
 * the module's change journal, sends from its sendouts: the same key twice is a change or message applied twice.
 * Get Prepared Messages only reads.
 */

const mapp = (sandbox: Sandbox) => sandbox.provider<MappProvider>('mapp');

type Api = 'rest' | 'soap';
const APIS: Api[] = ['rest', 'soap'];

/** Every sendout as method, message, recipient, TMID, sender profile and parameters. */
const sendouts = (sandbox: Sandbox) =>
	mapp(sandbox).sendouts.map(
		(sendout) =>
			`${sendout.method}:${sendout.messageId}:${sendout.contactId}:${sendout.externalTransactionFormula ?? ''}:${sendout.senderProfileName ?? ''}:${JSON.stringify(sendout.parameters)}`,
	);

const changes = (sandbox: Sandbox) => [...mapp(sandbox).changes];

/** The free-text values of every stored contact (external identifier, application alias, attribute values). */
const contactTexts = (sandbox: Sandbox) =>
	[...mapp(sandbox).contacts.values()].flatMap((contact) => [
		contact.identifier ?? '',
		contact.applicationAlias ?? '',
		...contact.attributes.map((attribute) => attribute.value ?? ''),
	]);

const base = { node: 'mappEngage', credentialType: 'mappEngageApi', provider: 'mapp', providerName: 'Mapp Engage' };

const label = (api: Api, operation: string) => `Mapp Engage (${api.toUpperCase()}) ${operation}`;

const soapOperation = (operation: string) => ({ bodyIncludes: `ecm:${operation}>` });

function spec(api: Api, operation: string, rest: Omit<OperationSpec, 'label' | 'node' | 'credentialType' | 'provider' | 'providerName' | 'xml'>): OperationSpec {
	const result: OperationSpec = { ...base, label: label(api, operation), xml: api === 'soap', ...rest };
	if (api === 'rest') delete result.hostile;
	return result;
}

// --------------------------------------------------------------------------------------------- contact

const contactWrite = {
	identifierType: 'EMAIL',
	identifierValue: '={{ $json.email }}',
	standardAttributes: { identifier: '={{ $json.ext }}', applicationAlias: '={{ $json.alias }}' },
	attributes: { pairs: [{ name: 'FirstName', value: '={{ $json.firstName }}' }] },
};

const contactHostile = {
	fields: ['item.ext', 'item.alias', 'item.firstName'],
	received: contactTexts,
};

/** Two contacts only the Delete operation needs (the module's reset state has one contact). */
function addContacts(sandbox: Sandbox): void {
	const contacts: StoredContact[] = [
		{ contactId: 33460, emailAddress: 'del.one@example.com', mobileNumber: null, applicationAlias: null, identifier: 'DEL-1', attributes: [] },
		{ contactId: 33461, emailAddress: 'del.two@example.com', mobileNumber: null, applicationAlias: null, identifier: 'DEL-2', attributes: [] },
	];
	for (const contact of contacts) mapp(sandbox).contacts.set(contact.contactId, contact);
}

const contactOperations = (api: Api): OperationSpec[] => [
	spec(api, 'Get Contact', {
		parameters: { api, resource: 'contact', operation: 'get', identifierType: 'EMAIL', identifierValue: '={{ $json.email }}' },
		items: [{ json: { email: 'j.mcexample@example.com' } }, { json: { email: 'j.mcexample@example.com' } }],
	}),
	spec(api, 'Create Contact', {
		parameters: { api, resource: 'contact', operation: 'create', ...contactWrite },
		items: [
			{ json: { email: 'ann@example.com', ext: 'EXT-1', alias: 'app-ann', firstName: 'Ann' } },
			{ json: { email: 'bob@example.com', ext: 'EXT-2', alias: 'app-bob', firstName: 'Bob' } },
		],
		deliveries: changes,
		hostile: contactHostile,
	}),
	spec(api, 'Create or Update Contact', {
		parameters: { api, resource: 'contact', operation: 'upsert', ...contactWrite },
		// The first is new (created), the second exists (refused by create, then updated); the faults hit that update,
		// Create Contact covers create.
		items: [
			{ json: { email: 'ann@example.com', ext: 'EXT-1', alias: 'app-ann', firstName: 'Ann' } },
			{ json: { email: 'j.mcexample@example.com', ext: 'CRM-0001', alias: 'app-john', firstName: 'Jon' } },
		],
		deliveries: changes,
		faultOn: api === 'rest' ? { path: '/contact/update' } : soapOperation('contactUpdate'),
		hostile: contactHostile,
	}),
	// The partial update (user/updateProfile…) takes no application alias: Mapp's profile has no attribute for it. Its
	// first request goes over REST whichever API is chosen (the SOAP API has no updateProfileByEmail here), so the
	// answer the faults alter is JSON, and no user text goes into SOAP.
	{
		...spec(api, 'Update Contact', {
			parameters: { api, resource: 'contact', operation: 'update', ...contactWrite, standardAttributes: { identifier: '={{ $json.ext }}' } },
			items: [
				{ json: { email: 'j.mcexample@example.com', ext: 'CRM-A', alias: 'app-a', firstName: 'Jon' } },
				{ json: { email: 'j.mcexample@example.com', ext: 'CRM-B', alias: 'app-b', firstName: 'Johnny' } },
			],
			deliveries: changes,
		}),
		xml: false,
	},
	spec(api, 'Delete Contact', {
		parameters: { api, resource: 'contact', operation: 'delete', identifierType: 'EMAIL', identifierValue: '={{ $json.email }}' },
		items: [{ json: { email: 'del.one@example.com' } }, { json: { email: 'del.two@example.com' } }],
		setup: addContacts,
		deliveries: changes,
	}),
];

// --------------------------------------------------------------------------------------------- membership

const membershipOperations = (api: Api): OperationSpec[] => [
	spec(api, 'Subscribe Contact', {
		parameters: {
			api,
			resource: 'membership',
			operation: 'subscribe',
			groupId: '={{ $json.groupId }}',
			memberBy: 'email',
			email: '={{ $json.email }}',
			subscriptionMode: 'CONFIRMED_OPT_IN',
		},
		items: [
			{ json: { groupId: '1200', email: 'j.mcexample@example.com' } },
			{ json: { groupId: '1300', email: 'j.mcexample@example.com' } },
		],
		deliveries: changes,
	}),
	spec(api, 'Unsubscribe Contact', {
		parameters: {
			api,
			resource: 'membership',
			operation: 'unsubscribe',
			groupId: '={{ $json.groupId }}',
			memberBy: 'contactId',
			contactId: '={{ $json.contactId }}',
		},
		items: [
			{ json: { groupId: '1300', contactId: '33457' } },
			{ json: { groupId: '1200', contactId: '33457' } },
		],
		deliveries: changes,
	}),
];

// --------------------------------------------------------------------------------------------- group

const groupOperations = (api: Api): OperationSpec[] => [
	spec(api, 'Get Prepared Messages', {
		// A read: nothing is delivered. Both groups have prepared messages (2 and 3), so each input item has output.
		parameters: { api, resource: 'group', operation: 'getPreparedMessages', groupId: '={{ $json.groupId }}' },
		items: [{ json: { groupId: '1200' } }, { json: { groupId: '1400' } }],
		oneToOne: false,
	}),
];

// --------------------------------------------------------------------------------------------- message

const sendHostile = {
	fields: ['item.orderNo', 'item.profile'],
	received: (sandbox: Sandbox) =>
		mapp(sandbox).sendouts.flatMap((sendout) => [
			sendout.senderProfileName ?? '',
			sendout.externalTransactionFormula ?? '',
			...sendout.parameters.map((parameter) => String(parameter.value)),
		]),
};

const messageOperations = (api: Api): OperationSpec[] => [
	spec(api, 'Send Prepared Message', {
		// The recipient is looked up by email first; the faults hit the send.
		parameters: {
			api,
			resource: 'message',
			operation: 'sendPrepared',
			messageId: '23541',
			recipientBy: 'identifier',
			identifierType: 'EMAIL',
			identifierValue: '={{ $json.email }}',
			parameters: { pairs: [{ name: 'OrderNo', value: '={{ $json.orderNo }}' }] },
			options: { senderProfileName: '={{ $json.profile }}' },
		},
		items: [
			{ json: { email: 'j.mcexample@example.com', orderNo: 'A-1', profile: 'tls-1' } },
			{ json: { email: 'j.mcexample@example.com', orderNo: 'A-2', profile: 'tls-1' } },
		],
		deliveries: sendouts,
		faultOn: api === 'rest' ? { path: '/message/sendSingle' } : soapOperation('messageSendSingle'),
		hostile: sendHostile,
	}),
	spec(api, 'Send Transactional Message', {
		parameters: {
			api,
			resource: 'message',
			operation: 'sendTransactional',
			// As the editor saves a message picked from the list; Send Prepared keeps the plain string of older workflows.
			messageId: { __rl: true, mode: 'list', value: '23541', cachedResultName: 'Message 23541' },
			recipientBy: 'contactId',
			recipientId: '={{ $json.contactId }}',
			externalTransactionFormula: '={{ $json.tmid }}',
			parameters: { pairs: [{ name: 'OrderNo', value: '={{ $json.orderNo }}' }] },
			options: { senderProfileName: '={{ $json.profile }}' },
		},
		items: [
			{ json: { contactId: '33457', tmid: 'ORDER-1', orderNo: 'A-1', profile: 'tls-1' } },
			{ json: { contactId: '33457', tmid: 'ORDER-2', orderNo: 'A-2', profile: 'tls-1' } },
		],
		deliveries: sendouts,
		faultOn: api === 'rest' ? { path: '/message/sendTransactional' } : soapOperation('messageSendTransactional'),
		hostile: { ...sendHostile, fields: [...sendHostile.fields, 'item.tmid'] },
	}),
];

// --------------------------------------------------------------------------------------------- invalid input

const BAD_EMAILS = ['', '   ', 'john.example.com', 'john@', '@example.com', 'john@example', 'john doe@example.com', 'john@@example.com', '<john@example.com>', 'a,b@example.com'];
const BAD_MOBILES = ['0048-505', '+0123456', '12345', 'abcdefgh', '+48 505 606 707', '48505606707x', '1234567890123456'];
const BAD_IDS = ['', '   ', 'abc', '12x', '-5', '1.5', '99999999999999999', '1e3', '0x10', '12 34'];
/** Message IDs set straight in the parameter (n8n itself refuses the empty required one). */
const BAD_MESSAGE_IDS = ['', 'abc', '12x', '-5', '2.5', '99999999999999999'];

const identifierInputs: InvalidInput[] = [
	{ path: 'item.email', values: BAD_EMAILS, field: 'Identifier Value' },
	// A valid email that is not of the chosen identifier type.
	{ path: 'identifierType', values: ['MOBILE'], field: 'Identifier Value' },
	// What an expression can give that is no identifier type at all.
	{ path: 'identifierType', values: ['email', 'PHONE', ''], field: 'Identifier Type' },
];

/** The contact ID is no identifier where the picker leaves it out (create, upsert, send). */
const noIdInput: InvalidInput = { path: 'identifierType', values: ['ID'], field: 'Identifier Type' };

const contactWriteInputs: InvalidInput[] = [
	{ path: 'item.email', values: BAD_EMAILS, field: 'Identifier Value' },
	{ path: 'standardAttributes.mobileNumber', values: BAD_MOBILES, field: 'Standard Attributes > Mobile Number' },
	{ path: 'standardAttributes.emailAddress', values: ['not-an-email', 'someone.else@example.com'], field: 'Standard Attributes > Email' },
	{ path: 'attributes.pairs[0].name', values: ['', '   '], field: 'Attributes' },
];

/** `messageId` as a plain string (older workflows) or `messageId.value` in a resource locator. */
const contentInputs = (messageId: 'messageId' | 'messageId.value'): InvalidInput[] => [
	{ path: messageId, values: BAD_MESSAGE_IDS, field: 'Message ID' },
	{ path: 'parameters.pairs[0].name', values: ['', '  '], field: 'Parameters' },
	{ path: 'parameters.pairs[0].value', values: ['={{ { no: 1 } }}', '={{ ["A-1", "A-2"] }}', 'half \uD83D of an emoji'], field: 'Value' },
	{ path: 'options.attachments', values: ['invoice', 'data, missing'], field: 'Options > Attachments' },
];

function invalidFor(api: Api): ProviderCatalogue['invalid'] {
	return [
		{ operation: label(api, 'Get Contact'), inputs: [...identifierInputs, { path: 'identifierType', values: ['ID'], field: 'Identifier Value' }] },
		{ operation: label(api, 'Create Contact'), inputs: [...contactWriteInputs, noIdInput] },
		{ operation: label(api, 'Create or Update Contact'), inputs: [...contactWriteInputs, noIdInput] },
		{ operation: label(api, 'Update Contact'), inputs: [...contactWriteInputs, { path: 'identifierType', values: ['ID', 'MOBILE'], field: 'Identifier Value' }] },
		{ operation: label(api, 'Delete Contact'), inputs: identifierInputs },
		{
			operation: label(api, 'Subscribe Contact'),
			inputs: [
				{ path: 'item.groupId', values: BAD_IDS, field: 'Group ID' },
				{ path: 'item.email', values: BAD_EMAILS, field: 'Email' },
			],
		},
		{
			operation: label(api, 'Unsubscribe Contact'),
			inputs: [
				{ path: 'item.groupId', values: BAD_IDS, field: 'Group ID' },
				{ path: 'item.contactId', values: BAD_IDS, field: 'Contact ID' },
			],
		},
		{ operation: label(api, 'Get Prepared Messages'), inputs: [{ path: 'item.groupId', values: BAD_IDS, field: 'Group ID' }] },
		{ operation: label(api, 'Send Prepared Message'), inputs: [...contentInputs('messageId'), ...identifierInputs, noIdInput] },
		{
			operation: label(api, 'Send Transactional Message'),
			inputs: [...contentInputs('messageId.value'), { path: 'item.contactId', values: BAD_IDS, field: 'Contact ID' }],
		},
	];
}

const rateLimit = MappProvider.rateLimitResponse();

export const mappCatalogue: ProviderCatalogue = {
	profile: mappProfile,
	secretFields: ['password'],
	retries429: false,
	notProcessed: { status: rateLimit.status, headers: rateLimit.headers, body: String(rateLimit.body ?? '') },
	operations: APIS.flatMap((api) => [
		...contactOperations(api),
		...groupOperations(api),
		...membershipOperations(api),
		...messageOperations(api),
		...profiles.operations(api),
		...groups.operations(api),
	]),
	invalid: APIS.flatMap((api) => [...invalidFor(api), ...profiles.invalid(api), ...groups.invalid(api)]),
};
