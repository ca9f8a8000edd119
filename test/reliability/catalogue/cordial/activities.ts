/**
 * Catalogue entries for Cordial's Contact Activity and Contact Attribute resources and the Contact operations of
 * issue #20 (Subscribe, Merge, Create or Update by SMS): each with two items that succeed on a fresh sandbox.
 */
import type { IDataObject } from 'n8n-workflow';

import type { Sandbox } from '../../../../sandbox/framework';
import type { CordialProvider } from '../../../../sandbox/providers/cordial';
import { attributes } from '../../../../sandbox/providers/cordial/contactAttributes';
import { merges } from '../../../../sandbox/providers/cordial/contacts';
import { ACCOUNT_ATTRIBUTES } from '../../../../sandbox/providers/cordial/fixtures';
import type { OperationSpec, ProviderCatalogue } from '../types';

const cordial = (sandbox: Sandbox) => sandbox.provider<CordialProvider>('cordial');
const base = { node: 'cordial', credentialType: 'cordialApi', provider: 'cordial', providerName: 'Cordial' };
/** The sandbox's IDs: `6a` and a counter in hex, restarted at every reset. */
const hex = (n: number) => `6a${n.toString(16).padStart(22, '0')}`;
const byId = (value: string): IDataObject => ({ __rl: true, mode: 'id', value });

const EMPTY = ['', '   '];
const BAD_EMAILS = ['jane', 'jane@', '@example.com', 'ja ne@example.com'];
const BAD_TIMES = ['tomorrow', '2026-13-01T00:00:00', '2026-02-30T10:00:00', '2026-06-01T25:00:00'];
const BAD_JSON = ['{', '{"key": }', '[1, 2]', '"text"', '42'];
const DOT_IDS = ['.', '..', '%2e%2e'];
const NOT_TEXT = [{ id: 'c1' }, ['a', 'b'], 'half \uD83D of an emoji'];

const EMAILS = ['jane@example.com', 'john@example.com'];
/** Contacts hex(1) … hex(n): jane, john, then more for merges. */
function contacts(count = 2) {
	return (sandbox: Sandbox) => {
		for (let n = 0; n < count; n++) cordial(sandbox).addContact(EMAILS[n] ?? `c${n + 1}@example.com`, 'none', { custID: `C-${n + 1}` });
	};
}

/** Each POST or PUT the sandbox processed on the path: one sent twice after being processed shows twice. */
const processed = (method: string, path: RegExp) => (sandbox: Sandbox) =>
	sandbox
		.requests('cordial')
		.filter((entry) => entry.processed && entry.method === method && path.test(entry.path))
		.map((entry) => `${entry.method} ${entry.path} ${entry.body}`);

const createActivity: OperationSpec = {
	...base,
	label: 'Cordial Contact Activity Create',
	parameters: {
		resource: 'contactActivity',
		operation: 'create',
		action: 'browse',
		identifierKey: 'email',
		identifierValue: '={{ $json.email }}',
		additionalFields: { properties: { property: [{ key: 'sku', value: '={{ $json.sku }}' }] }, time: '2026-05-30T10:00:00Z' },
	},
	items: [{ json: { email: EMAILS[0], sku: 'A1' } }, { json: { email: EMAILS[1], sku: 'B2' } }],
	setup: contacts(),
	deliveries: (sandbox) => cordial(sandbox).activities.map((activity) => `${activity.cID}:${activity.action}:${JSON.stringify(activity.properties)}`),
};

const getActivities: OperationSpec = {
	...base,
	label: 'Cordial Contact Activity Get Many',
	parameters: { resource: 'contactActivity', operation: 'getAll', returnAll: false, limit: 5, filters: { action: 'browse' }, options: {} },
	items: [{ json: {} }, { json: {} }],
	setup: (sandbox) => {
		cordial(sandbox).addActivity({ action: 'browse', email: EMAILS[0], time: '2026-05-31T10:00:00Z' });
		cordial(sandbox).addActivity({ action: 'browse', email: EMAILS[1], time: '2026-05-31T11:00:00Z' });
	},
	oneToOne: false,
};

const getAttributes: OperationSpec = {
	...base,
	label: 'Cordial Contact Attribute Get Many',
	// Limit left at its default: the list is not paged (Swagger getListAccountAttributes), so the endless-list suite,
	// which pages every operation with Return All, does not apply.
	parameters: { resource: 'contactAttribute', operation: 'getAll', filters: { type: 'string' } },
	items: [{ json: {} }, { json: {} }],
	oneToOne: false,
};

const getAttribute: OperationSpec = {
	...base,
	label: 'Cordial Contact Attribute Get',
	parameters: { resource: 'contactAttribute', operation: 'get', attributeKey: byId('={{ $json.key }}') },
	items: [{ json: { key: 'first_name' } }, { json: { key: 'loyalty_points' } }],
};

const createAttribute: OperationSpec = {
	...base,
	label: 'Cordial Contact Attribute Create',
	parameters: { resource: 'contactAttribute', operation: 'create', key: '={{ $json.key }}', name: '={{ $json.name }}', type: 'number', additionalFields: { index: true } },
	items: [{ json: { key: 'shoe_size', name: 'Shoe Size' } }, { json: { key: 'hat_size', name: 'Hat Size' } }],
	deliveries: (sandbox) => [...attributes(cordial(sandbox)).keys()].filter((key) => !ACCOUNT_ATTRIBUTES.includes(key)),
};

const subscribe: OperationSpec = {
	...base,
	label: 'Cordial Contact Subscribe',
	parameters: { resource: 'contact', operation: 'subscribe', channel: 'email', email: '={{ $json.email }}' },
	items: EMAILS.map((email) => ({ json: { email } })),
	setup: contacts(),
	deliveries: processed('POST', /^\/v2\/contacts$/),
};

const subscribeSms: OperationSpec = {
	...base,
	label: 'Cordial Contact Subscribe (SMS)',
	parameters: { resource: 'contact', operation: 'subscribe', channel: 'sms', address: '={{ $json.phone }}' },
	items: [{ json: { phone: '15555550101' } }, { json: { phone: '15555550102' } }],
	deliveries: processed('POST', /^\/v2\/contacts$/),
};

const upsertSms: OperationSpec = {
	...base,
	label: 'Cordial Contact Create or Update (SMS)',
	parameters: {
		resource: 'contact',
		operation: 'upsert',
		channel: 'sms',
		address: '={{ $json.phone }}',
		additionalFields: { attributes: '={{ JSON.stringify({ first_name: $json.name }) }}' },
	},
	items: [{ json: { phone: '15555550101', name: 'Ann' } }, { json: { phone: '15555550102', name: 'Bob' } }],
	deliveries: processed('POST', /^\/v2\/contacts$/),
};

const merge: OperationSpec = {
	...base,
	label: 'Cordial Contact Merge',
	parameters: {
		resource: 'contact',
		operation: 'merge',
		sourceIdentifyBy: 'cID',
		sourceContact: '={{ $json.source }}',
		destinationIdentifyBy: 'cID',
		destinationContact: '={{ $json.destination }}',
		options: {},
	},
	items: [{ json: { source: hex(1), destination: hex(2) } }, { json: { source: hex(3), destination: hex(4) } }],
	setup: contacts(4),
	deliveries: (sandbox) => merges(cordial(sandbox)),
};

export const operations: OperationSpec[] = [createActivity, getActivities, getAttributes, getAttribute, createAttribute, subscribe, subscribeSms, upsertSms, merge];

export const invalid: ProviderCatalogue['invalid'] = [
	{
		operation: createActivity.label,
		inputs: [
			{ path: 'action', values: [...EMPTY, 'open', 'x'.repeat(41)], field: 'Action' },
			{ path: 'item.email', values: [...EMPTY, ...NOT_TEXT.slice(2)], field: 'Contact' },
			{ path: 'additionalFields.time', values: BAD_TIMES, field: 'Time' },
			{ path: 'additionalFields.propertiesJson', values: [...BAD_JSON, '{"shoes.color": "red"}', '{"57": 1}'], field: 'Properties (JSON)' },
			{ path: 'identifierKey', values: ['custom'], field: 'Key Name' },
		],
	},
	{
		operation: getActivities.label,
		inputs: [
			{ path: 'filters.email', values: BAD_EMAILS, field: 'Email' },
			{ path: 'filters.timeFrom', values: BAD_TIMES, field: 'Occurred From' },
			{ path: 'filters', values: [{ timeFrom: '2026-06-02T00:00:00Z', timeBefore: '2026-06-01T00:00:00Z' }], field: 'Occurred Before' },
			{ path: 'limit', values: [0, -1], field: 'Limit' },
		],
	},
	{ operation: getAttribute.label, inputs: [{ path: 'item.key', values: [...EMPTY, ...DOT_IDS, ...NOT_TEXT.slice(2)], field: 'Attribute' }] },
	{
		operation: createAttribute.label,
		inputs: [
			{ path: 'item.key', values: [...EMPTY, '1st', 'shoe size', 'a.b'], field: 'Key' },
			{ path: 'item.name', values: EMPTY, field: 'Name' },
			{ path: 'additionalFields', values: [{ min: 5, max: 1 }], field: 'Minimum' },
			{ path: 'additionalFields', values: [{ maxItems: 3 }], field: 'Max Array Items' },
		],
	},
	{ operation: subscribe.label, inputs: [{ path: 'item.email', values: [...EMPTY, ...BAD_EMAILS], field: 'Email' }] },
	{ operation: subscribeSms.label, inputs: [{ path: 'item.phone', values: [...EMPTY, '555-0101', '+0123456789', 'phone'], field: 'Address' }] },
	{
		operation: merge.label,
		inputs: [
			{ path: 'item.source', values: [...EMPTY, 'jane@example.com'], field: 'Source Contact' },
			{ path: 'item.destination', values: [...EMPTY, ...DOT_IDS], field: 'Destination Contact' },
		],
	},
];
