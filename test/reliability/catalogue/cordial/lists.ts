/** Account List, Supplement Record and Automation Template operations of the Cordial node, for the generated suites. */
import type { IDataObject } from 'n8n-workflow';

import type { Sandbox } from '../../../../sandbox/framework';
import type { CordialProvider } from '../../../../sandbox/providers/cordial';
import { supplementState } from '../../../../sandbox/providers/cordial/supplements';
import type { OperationSpec, ProviderCatalogue } from '../types';

const base = { node: 'cordial', credentialType: 'cordialApi', provider: 'cordial', providerName: 'Cordial' };
const cordial = (sandbox: Sandbox) => sandbox.provider<CordialProvider>('cordial');
const byId = (value: string): IDataObject => ({ __rl: true, mode: 'id', value });

/** Every change request the sandbox processed: one sent again after it was processed shows as the same key twice. */
const processed = (method: string, path: RegExp) => (sandbox: Sandbox) =>
	sandbox
		.requests('cordial')
		.filter((entry) => entry.processed && entry.method === method && path.test(entry.path))
		.map((entry) => `${entry.method} ${entry.path} ${entry.body}`);

/** The seeded lists newsletter (101) and vip (102), each with one member. */
function listMembers(sandbox: Sandbox): void {
	for (const [email, list] of [['jane@example.com', 'newsletter'], ['john@example.com', 'vip']]) {
		const cID = cordial(sandbox).addContact(email);
		cordial(sandbox).contacts.get(cID)!.lists.push(list);
	}
}
const listFromItem = { listId: byId('={{ $json.listId }}') };
const twoLists = [{ json: { listId: '101' } }, { json: { listId: '102' } }];

/** Records r1 and r2 of the `cars` supplement. */
function carRecords(sandbox: Sandbox): void {
	const records = supplementState(cordial(sandbox)).records.get('cars')!;
	for (const id of ['r1', 'r2']) records.set(id, { id, model: `Model ${id}`, ct: '2026-05-01T00:00:00+0000', lm: '2026-05-01T00:00:00+0000' });
}
const recordFromItem = { supplement: byId('cars'), recordId: '={{ $json.recordId }}' };
const twoRecords = [{ json: { recordId: 'r1' } }, { json: { recordId: 'r2' } }];

const createList: OperationSpec = {
	...base,
	label: 'Cordial Account List Create',
	parameters: { resource: 'accountList', operation: 'create', name: '={{ $json.name }}', additionalFields: { enhanced: true } },
	items: [{ json: { name: 'spring-buyers' } }, { json: { name: 'summer-buyers' } }],
	// Lists by name: a list created twice would be refused as "Name must be unique", so creations are counted by request.
	deliveries: processed('POST', /^\/v2\/accountlists$/),
};
const getList: OperationSpec = { ...base, label: 'Cordial Account List Get', parameters: { resource: 'accountList', operation: 'get', ...listFromItem }, items: twoLists };
const getAllLists: OperationSpec = {
	...base,
	label: 'Cordial Account List Get Many',
	// getLists does not page (no page/per_page in the Swagger): without Return All set here, the endless-pages suite
	// (which looks for Return All) leaves it out; Limit 50, the default, keeps every seeded list.
	parameters: { resource: 'accountList', operation: 'getAll', limit: 50, filters: {} },
	items: [{ json: {} }, { json: {} }],
	oneToOne: false,
};
const updateList: OperationSpec = {
	...base,
	label: 'Cordial Account List Update',
	parameters: { resource: 'accountList', operation: 'update', ...listFromItem, updateFields: { name: '={{ $json.name }}' } },
	items: [{ json: { listId: '101', name: 'news-2026' } }, { json: { listId: '102', name: 'vip-2026' } }],
	deliveries: processed('PUT', /^\/v2\/accountlists\/\d+$/),
};
const deleteList: OperationSpec = {
	...base,
	label: 'Cordial Account List Delete',
	parameters: { resource: 'accountList', operation: 'delete', ...listFromItem },
	items: twoLists,
	deliveries: processed('DELETE', /^\/v2\/accountlists\//),
};
const clearList: OperationSpec = {
	...base,
	label: 'Cordial Account List Clear',
	parameters: { resource: 'accountList', operation: 'clear', ...listFromItem },
	items: twoLists,
	setup: listMembers,
	deliveries: processed('PUT', /\/clear$/),
};
const countList: OperationSpec = {
	...base,
	label: 'Cordial Account List Count',
	parameters: { resource: 'accountList', operation: 'count', ...listFromItem },
	items: twoLists,
	setup: listMembers,
};

const upsertRecord: OperationSpec = {
	...base,
	label: 'Cordial Supplement Record Create or Update',
	parameters: {
		resource: 'supplementRecord',
		operation: 'upsert',
		...recordFromItem,
		dataMode: 'fields',
		recordFields: { field: [{ name: 'model', value: '={{ $json.model }}' }, { name: 'year', value: '2007' }] },
	},
	items: [{ json: { recordId: 'r1', model: 'Liberty' } }, { json: { recordId: 'r2', model: 'Wrangler' } }],
	deliveries: processed('POST', /\/records$/),
};
const upsertRecordJson: OperationSpec = {
	...upsertRecord,
	label: 'Cordial Supplement Record Create or Update (JSON)',
	parameters: { resource: 'supplementRecord', operation: 'upsert', ...recordFromItem, dataMode: 'json', recordJson: '={{ JSON.stringify({ model: $json.model, year: 2007 }) }}' },
};
const getRecord: OperationSpec = {
	...base,
	label: 'Cordial Supplement Record Get',
	parameters: { resource: 'supplementRecord', operation: 'get', ...recordFromItem },
	items: twoRecords,
	setup: carRecords,
};
const getAllRecords: OperationSpec = {
	...base,
	label: 'Cordial Supplement Record Get Many',
	parameters: { resource: 'supplementRecord', operation: 'getAll', supplement: byId('cars'), returnAll: false, limit: 5, options: {} },
	items: [{ json: {} }, { json: {} }],
	setup: carRecords,
	oneToOne: false,
};
const deleteRecord: OperationSpec = {
	...base,
	label: 'Cordial Supplement Record Delete',
	parameters: { resource: 'supplementRecord', operation: 'delete', ...recordFromItem },
	items: twoRecords,
	setup: carRecords,
	deliveries: processed('DELETE', /\/records\//),
};

const getTemplate: OperationSpec = {
	...base,
	label: 'Cordial Automation Template Get',
	parameters: { resource: 'automationTemplate', operation: 'get', templateKey: byId('={{ $json.key }}'), simplify: true },
	items: [{ json: { key: 'order-confirmation' } }, { json: { key: 'weekly-promo' } }],
};
const getAllTemplates: OperationSpec = {
	...base,
	label: 'Cordial Automation Template Get Many',
	parameters: { resource: 'automationTemplate', operation: 'getAll', returnAll: true, simplify: true, filters: {}, options: {} },
	items: [{ json: {} }, { json: {} }],
	oneToOne: false,
};

export const operations: OperationSpec[] = [
	createList, getList, getAllLists, updateList, deleteList, clearList, countList,
	upsertRecord, upsertRecordJson, getRecord, getAllRecords, deleteRecord,
	getTemplate, getAllTemplates,
];

const EMPTY = ['', '   '];
const DOT_IDS = ['.', '..', '%2e%2e', '%2E.'];
const NOT_TEXT = [{ id: 'c1' }, ['a', 'b'], 'half \uD83D of an emoji'];
const BAD_JSON = ['{', '{"key": }', 'key=value', '[1, 2]', '"text"', '42', 'null'];
const badList = { path: 'item.listId', values: [...EMPTY, ...DOT_IDS, ...NOT_TEXT, 'vip', '12a', '-1'], field: 'Account List' };
const badRecord = { path: 'item.recordId', values: [...EMPTY, ...DOT_IDS, ...NOT_TEXT, '5f27b8c3965afd5165265393'], field: 'Record ID' };
const badSupplement = { path: 'supplement.value', values: [...EMPTY, ...DOT_IDS], field: 'Supplement' };

export const invalid: ProviderCatalogue['invalid'] = [
	{ operation: createList.label, inputs: [{ path: 'item.name', values: [...EMPTY, 'spring sale', 'a_b', 'x'.repeat(129), 'cid', 'CID', ...NOT_TEXT], field: 'Name' }] },
	...[getList, deleteList, clearList, countList].map((spec) => ({ operation: spec.label, inputs: [badList] })),
	{
		operation: updateList.label,
		inputs: [badList, { path: 'item.name', values: ['a b', 'cid'], field: 'Name' }, { path: 'updateFields', values: [{}], field: 'Update Fields' }],
	},
	{ operation: getAllLists.label, inputs: [{ path: 'limit', values: [0, -1, 2.5], field: 'Limit' }] },
	{
		operation: upsertRecord.label,
		inputs: [
			badRecord,
			badSupplement,
			{ path: 'recordFields', values: [{ field: [{ name: '', value: 'x' }] }, { field: [{ name: 'id', value: 'x' }] }], field: 'Fields 1: Name' },
			{ path: 'recordFields', values: [{ field: [{ name: 'a', value: 'x' }, { name: 'a', value: 'y' }] }], field: 'Fields 2: Name' },
		],
	},
	{ operation: upsertRecordJson.label, inputs: [{ path: 'recordJson', values: [...BAD_JSON, '{"id": "x"}', '{"suppressTriggers": true}'], field: 'Data (JSON)' }] },
	...[getRecord, deleteRecord].map((spec) => ({ operation: spec.label, inputs: [badRecord, badSupplement] })),
	{
		operation: getAllRecords.label,
		inputs: [
			badSupplement,
			{ path: 'limit', values: [0, -1], field: 'Limit' },
			{ path: 'options.perPage', values: [0, 1001], field: 'Per Page' },
			{ path: 'options.fields', values: ['make model', 'a/b'], field: 'Fields' },
			{ path: 'options.sortDir', values: ['asc'], field: 'Sort Direction' },
		],
	},
	{ operation: getTemplate.label, inputs: [{ path: 'item.key', values: [...EMPTY, ...DOT_IDS, ...NOT_TEXT], field: 'Automation Template' }] },
	{ operation: getAllTemplates.label, inputs: [{ path: 'options.perPage', values: [0, 1001], field: 'Per Page' }, { path: 'options.page', values: [0, 1.5], field: 'First Page' }] },
];

