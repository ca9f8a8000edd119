import type { IDataObject } from 'n8n-workflow';

import { cordialSandbox, rl } from '../helpers';

const op = (operation: string, extra: IDataObject = {}) => ({ resource: 'accountList', operation, ...extra });
const item = (json: IDataObject, index = 0) => ({ json, pairedItem: { item: index } });

describe('Cordial Account List', () => {
	const { run, wire, provider, sandbox } = cordialSandbox();

	it('Create sends the Swagger\'s List example and outputs ListCreationSuccess', async () => {
		// Cordial's API v2 Swagger, addList: body List, example {"name": "Sellers", "enhanced": true}; 200 {success, id}.
		const result = await run(op('create', { name: 'Sellers', additionalFields: { enhanced: true } }));
		expect(result.items).toEqual([item({ success: true, id: 103 })]);
		expect(wire()).toEqual([['POST', '/v2/accountlists', [], { name: 'Sellers', enhanced: true }]]);
	});

	it('Create refuses a name Cordial refuses, before any request; a taken name is Cordial\'s error', async () => {
		for (const [name, message] of [
			['spring sale', 'Name: "spring sale" is not a list name [item 0]'],
			['={{ "  " }}', 'Name: is empty [item 0]'],
			['CID', 'Name: "cid" is reserved [item 0]'],
		]) {
			const result = await run(op('create', { name }));
			expect(result.error?.message).toBe(message);
		}
		expect(wire()).toEqual([]);
		const taken = await run(op('create', { name: 'vip' }), { continueOnFail: true });
		expect(taken.items[0].json.error).toBe('Cordial Create Account List failed: Name must be unique (GENERIC_ERROR_KEY) [item 0]');
	});

	it('Get and Get Many (with the name filter); an unknown ID is Cordial\'s ListNotExist', async () => {
		const got = await run(op('get', { listId: rl('102', 'list') }));
		expect(got.items).toEqual([item({ id: 102, name: 'vip', enhanced: false })]);
		const all = await run(op('getAll', { returnAll: false, limit: 1, filters: {} }));
		expect(all.items).toEqual([item({ id: 101, name: 'newsletter', enhanced: false })]);
		const named = await run(op('getAll', { returnAll: true, filters: { name: 'vip' } }));
		expect(named.items).toEqual([item({ id: 102, name: 'vip', enhanced: false })]);
		const missing = await run(op('get', { listId: rl('999') }), { continueOnFail: true });
		expect(missing.items[0].json).toMatchObject({ error: 'Cordial Get Account List failed: List does not exist (ACCOUNT_LISTS_NOT_FOUND) [item 0]', httpCode: '404' });
		expect(wire().map(([method, path, query]) => [method, path, query])).toEqual([
			['GET', '/v2/accountlists/102', []],
			['GET', '/v2/accountlists', []],
			['GET', '/v2/accountlists', [['name', 'vip']]],
			['GET', '/v2/accountlists/999', []],
		]);
		const bad = await run(op('get', { listId: rl('vip') }));
		expect(bad.error?.message).toBe('Account List: "vip" is not a list ID [item 0]');
		expect(sandbox.requests('cordial')).toHaveLength(4);
	});

	it('Update renames the list (members keep it) and outputs the updated ListShow; nothing to change is refused', async () => {
		const cID = provider.addContact('jane@example.com');
		provider.contacts.get(cID)!.lists.push('vip');
		const result = await run(op('update', { listId: rl('102'), updateFields: { name: 'vip-2026', enhanced: true } }));
		expect(result.items).toEqual([item({ id: 102, name: 'vip-2026', enhanced: true })]);
		expect(wire()).toEqual([['PUT', '/v2/accountlists/102', [], { name: 'vip-2026', enhanced: true }]]);
		expect(provider.contacts.get(cID)!.lists).toEqual(['vip-2026']);
		const empty = await run(op('update', { listId: rl('102'), updateFields: {} }));
		expect(empty.error?.message).toBe('Update Fields: nothing to change [item 0]');
		const missing = await run(op('update', { listId: rl('999'), updateFields: { enhanced: true } }), { continueOnFail: true });
		expect(missing.items[0].json.error).toBe('Cordial Update Account List failed: List is not found (GENERIC_ERROR_KEY) [item 0]');
	});

	it('Count counts the contacts on the list; Clear empties it and keeps the list', async () => {
		for (const email of ['a@example.com', 'b@example.com', 'c@example.com']) {
			const cID = provider.addContact(email);
			if (email !== 'c@example.com') provider.contacts.get(cID)!.lists.push('newsletter');
		}
		const before = await run(op('count', { listId: rl('101') }));
		expect(before.items).toEqual([item({ id: 101, name: 'newsletter', enhanced: false, count: 2 })]);
		const cleared = await run(op('clear', { listId: rl('101') }));
		expect(cleared.items).toEqual([item({ success: true, id: 101 })]);
		const after = await run(op('count', { listId: rl('101') }));
		expect(after.items[0].json.count).toBe(0);
		expect(wire()).toEqual([
			['GET', '/v2/accountlists/101/count', [], undefined],
			['PUT', '/v2/accountlists/101/clear', [], undefined],
			['GET', '/v2/accountlists/101/count', [], undefined],
		]);
		const missing = await run(op('clear', { listId: rl('999') }), { continueOnFail: true });
		expect(missing.items[0].json.error).toBe('Cordial Clear Account List failed: List does not exist (ACCOUNT_LISTS_NOT_FOUND) [item 0]');
	});

	it('Delete answers { deleted: true }; a second delete is RECORD_NOT_FOUND', async () => {
		expect((await run(op('delete', { listId: rl('102') }))).items).toEqual([item({ deleted: true })]);
		expect(wire()).toEqual([['DELETE', '/v2/accountlists/102', [], undefined]]);
		const again = await run(op('delete', { listId: rl('102') }), { continueOnFail: true });
		expect(again.items[0].json).toMatchObject({ error: 'Cordial Delete Account List failed: record not found (RECORD_NOT_FOUND) [item 0]', httpCode: '404' });
	});
});

describe('Cordial Account List picker', () => {
	const { sandbox } = cordialSandbox();

	it('searchAccountLists lists every list (getLists has no paging), filtered by name or ID', async () => {
		const { Cordial } = await import('../../../nodes/Cordial/Cordial.node');
		const { loadOptionsContext } = await import('../../harness/loadOptions');
		const context = loadOptionsContext({ node: 'cordial', credentialType: 'cordialApi', credentials: sandbox.credentials()[0].data });
		const found = await new Cordial().methods.listSearch.searchAccountLists.call(context, 'VIP');
		expect(found).toEqual({ results: [{ name: 'vip', value: '102' }] });
		expect(sandbox.requests('cordial').map((entry) => [entry.path, entry.query])).toEqual([['/v2/accountlists', {}]]);
	});
});
