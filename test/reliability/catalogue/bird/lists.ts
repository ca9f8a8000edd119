/**
 * The List operations of Bird Channels and the Contact identifier operations, for the generated suites. The lists are
 * the emulator's seeded ones (BIRD_LISTS in sandbox/providers/bird/lists.ts); contacts are put into the emulator by
 * `setup` with known IDs, and their list membership is their `listIds`.
 *
 * A change is counted from the requests the emulator processed (the log), one key per method, path and body: the
 * same key twice is a request Bird would have carried out twice.
 */
import type { IDataObject } from 'n8n-workflow';

import type { Sandbox } from '../../../../sandbox/framework';
import { BirdProvider } from '../../../../sandbox/providers/bird';
import { BIRD_LISTS } from '../../../../sandbox/providers/bird/lists';
import type { InvalidInput, OperationSpec, ProviderCatalogue } from '../types';

const base = { node: 'birdChannels', credentialType: 'birdChannelsApi', provider: 'bird', providerName: 'Bird' };
const bird = (sandbox: Sandbox) => sandbox.provider<BirdProvider>('bird');
const mapped = (field: string): IDataObject => ({ __rl: true, mode: 'id', value: `={{ $json.${field} }}` });
const twoRuns = [{ json: { n: 1 } }, { json: { n: 2 } }];

const NEWSLETTER = BIRD_LISTS.newsletter.id;
const LIST_IDS = [BIRD_LISTS.newsletter.id, BIRD_LISTS.vip.id];

/** Two contacts, each with an e-mail address and a phone number, as if made in Bird's UI. */
const PEOPLE = [
	{ email: 'ann@example.com', phone: '+31612340001', name: 'Ann' },
	{ email: 'bob@example.com', phone: '+31612340002', name: 'Bob' },
];
const identifiersOf = (person: (typeof PEOPLE)[number]) => [
	{ key: 'emailaddress', value: person.email },
	{ key: 'phonenumber', value: person.phone },
];
/** The IDs the contacts get on a freshly reset module: the same steps on a fresh instance. */
const fresh = new BirdProvider();
const CONTACT_IDS = PEOPLE.map((person) => String(fresh.seedContact(identifiersOf(person), person.name).id));

function seedPeople(sandbox: Sandbox, lists: string[] = []): void {
	for (const person of PEOPLE) {
		const contact = bird(sandbox).seedContact(identifiersOf(person), person.name);
		bird(sandbox).contacts.get(String(contact.id))!.listIds.push(...lists);
	}
}
const seedMembers = (sandbox: Sandbox) => seedPeople(sandbox, [NEWSLETTER]);

/** Every processed request of this method whose path ends as given, keyed by method, path and body. */
const processed = (method: string, pathEnd: RegExp) => (sandbox: Sandbox) =>
	sandbox
		.requests('bird')
		.filter((entry) => entry.processed && entry.method === method && pathEnd.test(entry.path))
		.map((entry) => `${entry.method} ${entry.path} ${entry.body}`);

// ------------------------------------------------------------------------------------------------------- lists

const createList: OperationSpec = {
	...base,
	label: 'Bird Channels Create List',
	parameters: {
		resource: 'list',
		operation: 'create',
		name: '={{ $json.name }}',
		additionalFields: { description: '={{ $json.description }}', consentType: 'double', isProof: false, tags: '123e4567-e89b-12d3-a456-426614174000' },
	},
	items: [
		{ json: { name: 'Spring Campaign', description: 'Sign-ups of the spring campaign' } },
		{ json: { name: 'Autumn Campaign', description: 'Sign-ups of the autumn campaign' } },
	],
	deliveries: processed('POST', /\/lists$/),
};

const getList: OperationSpec = {
	...base,
	label: 'Bird Channels Get List',
	parameters: { resource: 'list', operation: 'get', listId: mapped('listId'), simplify: true },
	items: LIST_IDS.map((listId) => ({ json: { listId } })),
};

const getManyLists: OperationSpec = {
	...base,
	label: 'Bird Channels Get Many Lists',
	parameters: { resource: 'list', operation: 'getAll', returnAll: false, limit: 5, simplify: true },
	items: twoRuns,
	oneToOne: false,
};

const getManyListsPaged: OperationSpec = {
	...base,
	label: 'Bird Channels Get Many Lists (Include Paging Info)',
	parameters: { resource: 'list', operation: 'getAll', returnAll: false, limit: 1, simplify: false, options: { includePagingInfo: true, pageSize: 1 } },
	items: twoRuns,
	oneToOne: true,
};

const updateList: OperationSpec = {
	...base,
	label: 'Bird Channels Update List',
	parameters: { resource: 'list', operation: 'update', listId: mapped('listId'), updateFields: { name: '={{ $json.name }}', consentType: 'single' } },
	items: LIST_IDS.map((listId, n) => ({ json: { listId, name: `Renamed ${n + 1}` } })),
	deliveries: processed('PATCH', /\/lists\/[^/]+$/),
};

const deleteList: OperationSpec = {
	...base,
	label: 'Bird Channels Delete List',
	parameters: { resource: 'list', operation: 'delete', listId: mapped('listId') },
	items: LIST_IDS.map((listId) => ({ json: { listId } })),
	deliveries: processed('DELETE', /\/lists\/[^/]+$/),
};

const addContacts: OperationSpec = {
	...base,
	label: 'Bird Channels Add Contacts to List',
	parameters: {
		resource: 'list',
		operation: 'addContacts',
		listId: mapped('listId'),
		contactIds: '={{ $json.contactId }}',
		identifiers: { identifier: [{ key: 'phonenumber', value: '={{ $json.phone }}' }] },
	},
	// Each item adds a different contact, by ID and by its phone number.
	items: CONTACT_IDS.map((contactId, n) => ({ json: { listId: NEWSLETTER, contactId, phone: PEOPLE[n].phone } })),
	deliveries: processed('POST', /\/lists\/[^/]+\/contacts$/),
	setup: seedPeople,
};

const removeContacts: OperationSpec = {
	...base,
	label: 'Bird Channels Remove Contacts from List',
	parameters: {
		resource: 'list',
		operation: 'removeContacts',
		listId: mapped('listId'),
		identifiers: { identifier: [{ key: 'emailaddress', value: '={{ $json.email }}' }] },
	},
	items: PEOPLE.map((person) => ({ json: { listId: NEWSLETTER, email: person.email } })),
	deliveries: processed('DELETE', /\/lists\/[^/]+\/contacts$/),
	setup: seedMembers,
};

const getListContacts: OperationSpec = {
	...base,
	label: 'Bird Channels Get Contacts of List',
	parameters: { resource: 'list', operation: 'getContacts', listId: mapped('listId'), returnAll: false, limit: 10, simplify: true, options: { reverse: true } },
	items: [{ json: { listId: NEWSLETTER, n: 1 } }, { json: { listId: NEWSLETTER, n: 2 } }],
	oneToOne: false,
	setup: seedMembers,
};

// ---------------------------------------------------------------------------------------- contact identifiers

const addIdentifier: OperationSpec = {
	...base,
	label: 'Bird Channels Add Contact Identifier',
	parameters: {
		resource: 'contact',
		operation: 'addIdentifier',
		contactId: mapped('contactId'),
		identifierKey: 'emailaddress',
		identifierValue: '={{ $json.email }}',
		additionalFields: { properties: '{"source": "signup"}' },
	},
	items: CONTACT_IDS.map((contactId, n) => ({ json: { contactId, email: `work.${PEOPLE[n].email}` } })),
	deliveries: processed('POST', /\/contacts\/[^/]+\/identifiers$/),
	setup: seedPeople,
};

const removeIdentifier: OperationSpec = {
	...base,
	label: 'Bird Channels Remove Contact Identifier',
	parameters: { resource: 'contact', operation: 'removeIdentifier', contactId: mapped('contactId'), identifierKey: 'phonenumber', identifierValue: '={{ $json.phone }}' },
	items: CONTACT_IDS.map((contactId, n) => ({ json: { contactId, phone: PEOPLE[n].phone } })),
	deliveries: processed('DELETE', /\/contacts\/[^/]+\/identifiers$/),
	setup: seedPeople,
};

const getIdentifiers: OperationSpec = {
	...base,
	label: 'Bird Channels Get Contact Identifiers',
	parameters: { resource: 'contact', operation: 'getIdentifiers', contactId: mapped('contactId'), returnAll: true },
	items: CONTACT_IDS.map((contactId) => ({ json: { contactId } })),
	oneToOne: false,
	setup: seedPeople,
};

export const operations: OperationSpec[] = [
	createList,
	getList,
	getManyLists,
	getManyListsPaged,
	updateList,
	deleteList,
	addContacts,
	removeContacts,
	getListContacts,
	addIdentifier,
	removeIdentifier,
	getIdentifiers,
];

// ------------------------------------------------------------------------------------------------ invalid inputs

/** Path values RFC 3986 dot-segment removal turns into another resource, and what an expression gives besides text. */
const DOT_IDS = ['.', '..', '%2e%2e', '%2E.'];
const NOT_TEXT = [{ id: 'x' }, ['a', 'b'], 'half \uD83D of an emoji'];
const BAD_EMAILS = ['', 'ann', 'ann@', '@example.com', 'ann@example', 'ann doe@example.com'];
const BAD_PHONES = ['', '12345', '0612345678', '+31 6 1234 5678'];
const BAD_JSON_OBJECTS = ['{', 'not json', '[1, 2]', '"text"', '42'];
const ELEVEN_IDS = Array.from({ length: 11 }, (_, n) => `account-${n}`).join(',');
const pagingInputs: InvalidInput[] = [
	{ path: 'options.pageSize', values: [0, 101, -1, 2.5], field: 'Page Size' },
	{ path: 'options.pageToken', values: ['t'.repeat(8001), 'a\u0000b', 'a\nb'], field: 'Start Page Token' },
];
const badList: InvalidInput = { path: 'item.listId', values: ['', '   ', null, ...DOT_IDS, ...NOT_TEXT], field: 'List' };
const badContact: InvalidInput = { path: 'item.contactId', values: ['', '   ', null, ...DOT_IDS, ...NOT_TEXT], field: 'Contact ID' };
/** Contact IDs go into the body, not the path; an empty one (and no identifier) or an object is refused. */
const badContactIds: InvalidInput = { path: 'item.contactId', values: ['', '  ', null, { id: 'x' }, 'half \uD83D of an emoji'], field: 'Contact IDs', with: { identifiers: {} } };

export const invalid: ProviderCatalogue['invalid'] = [
	{
		operation: createList.label,
		inputs: [
			{ path: 'item.name', values: ['', '  ', 'A', 'x'.repeat(257), ...NOT_TEXT], field: 'Name' },
			{ path: 'additionalFields.tags', values: ['vip', '123e4567-e89b-12d3-a456-426614174000, 42'], field: 'Tag IDs' },
			{ path: 'additionalFields.isProof', values: ['={{ "yes" }}', '={{ 1 }}'], field: 'Proof List' },
		],
	},
	{ operation: getList.label, inputs: [badList] },
	{ operation: getManyLists.label, inputs: [{ path: 'limit', values: [0, -1, 1.5], field: 'Limit' }, ...pagingInputs] },
	{ operation: getManyListsPaged.label, inputs: pagingInputs },
	{
		operation: updateList.label,
		inputs: [badList, { path: 'item.name', values: ['A', 'x'.repeat(257)], field: 'Name' }, { path: 'updateFields', values: [{}, { description: '  ' }], field: 'Update Fields' }],
	},
	{ operation: deleteList.label, inputs: [badList] },
	{
		operation: addContacts.label,
		inputs: [badList, badContactIds, { path: 'item.phone', values: BAD_PHONES, field: 'Identifiers (identifier 1) Value' }],
	},
	{
		operation: removeContacts.label,
		inputs: [badList, { path: 'item.email', values: BAD_EMAILS, field: 'Identifiers (identifier 1) Value' }],
	},
	{ operation: getListContacts.label, inputs: [badList, { path: 'limit', values: [0, -1, 1.5], field: 'Limit' }, ...pagingInputs] },
	{
		operation: addIdentifier.label,
		inputs: [
			badContact,
			{ path: 'item.email', values: BAD_EMAILS, field: 'Identifier Value' },
			{ path: 'identifierKey', values: ['custom'], field: 'Custom Identifier Key' },
			{ path: 'additionalFields.properties', values: [...BAD_JSON_OBJECTS, '{"is-gmail": true}'], field: 'Properties (JSON)' },
		],
	},
	{ operation: removeIdentifier.label, inputs: [badContact, { path: 'item.phone', values: BAD_PHONES, field: 'Identifier Value' }] },
	{ operation: getIdentifiers.label, inputs: [badContact, ...pagingInputs] },
	// The account fields the contact operations (catalogued in bird.ts) gained with this resource.
	{ operation: 'Bird Channels Create Contact', inputs: [{ path: 'additionalFields.accountIds', values: [ELEVEN_IDS], field: 'Account IDs' }] },
	{ operation: 'Bird Channels Update Contact', inputs: [{ path: 'updateFields.accountIds', values: [ELEVEN_IDS], field: 'Account IDs' }] },
	{
		operation: 'Bird Channels Create or Update Contact',
		inputs: [
			{ path: 'additionalFields.addToAccounts', values: [ELEVEN_IDS], field: 'Add to Account IDs' },
			{ path: 'additionalFields.removeFromAccounts', values: [ELEVEN_IDS], field: 'Remove From Account IDs' },
		],
	},
];
