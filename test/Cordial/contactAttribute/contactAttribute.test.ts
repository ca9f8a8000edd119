import type { ILoadOptionsFunctions } from 'n8n-workflow';

import { Cordial } from '../../../nodes/Cordial/Cordial.node';
import { loadOptionsContext } from '../../harness/loadOptions';
import { cordialSandbox, rl } from '../helpers';

/** The seeded attributes as getAttribute answers them (Swagger, response AttributeShow). */
const seeded = (key: string, type = 'string', index = false) => ({ key, name: key, type, index, ct: '2026-06-01T12:00:00.000Z', lm: '2026-06-01T12:00:00.000Z' });

describe('Cordial Contact Attribute', () => {
	const { run, wire, sandbox } = cordialSandbox();

	it('Get Many lists the account\'s attributes, filtered by type and index (Swagger getListAccountAttributes), up to Limit', async () => {
		const all = await run({ resource: 'contactAttribute', operation: 'getAll', returnAll: false, limit: 2 });
		expect(all.items).toEqual([
			{ json: seeded('first_name'), pairedItem: { item: 0 } },
			{ json: seeded('last_name'), pairedItem: { item: 0 } },
		]);
		const numbers = await run({ resource: 'contactAttribute', operation: 'getAll', returnAll: true, filters: { type: 'number', indexed: '0' } });
		expect(numbers.items.map((item) => item.json)).toEqual([seeded('loyalty_points', 'number')]);
		expect(wire().map(([method, path, query]) => [method, path, query])).toEqual([
			['GET', '/v2/accountcontactattributes', []],
			['GET', '/v2/accountcontactattributes', [['type', 'number'], ['indexed', '0']]],
		]);
	});

	it('Get by key; an unknown key surfaces RECORD_NOT_FOUND', async () => {
		const found = await run({ resource: 'contactAttribute', operation: 'get', attributeKey: rl('custID', 'list') });
		expect(found.items).toEqual([{ json: seeded('custID', 'string', true), pairedItem: { item: 0 } }]);
		const missing = await run({ resource: 'contactAttribute', operation: 'get', attributeKey: rl('shoe_size') }, { continueOnFail: true });
		expect(missing.items[0].json).toMatchObject({ error: 'Cordial Get Contact Attribute failed: record not found (RECORD_NOT_FOUND) [item 0]', httpCode: '404' });
		const dots = await run({ resource: 'contactAttribute', operation: 'get', attributeKey: rl('..') });
		expect(dots.error?.message).toMatch(/^Attribute: "\.\." cannot be used in a URL path/);
		expect(wire().map(([, path]) => path)).toEqual(['/v2/accountcontactattributes/custID', '/v2/accountcontactattributes/shoe_size']);
	});

	it('Create sends the Swagger\'s Attribute example fields (key, name, type, index, validators) and the attribute can then be used', async () => {
		const created = await run({
			resource: 'contactAttribute',
			operation: 'create',
			key: 'shoe_size',
			name: 'Shoe Size',
			type: 'number',
			additionalFields: { index: true, min: 2, max: 10, retainOnDestroy: 'anonymized' },
		});
		expect(created.items).toEqual([{ json: { success: true }, pairedItem: { item: 0 } }]);
		const again = await run({ resource: 'contactAttribute', operation: 'create', key: 'shoe_size', name: 'Size', type: 'number' }, { continueOnFail: true });
		expect(again.items[0].json.error).toBe('Cordial Create Contact Attribute failed: Key must be unique (GENERIC_ERROR_KEY) [item 0]');
		const contact = await run({ resource: 'contact', operation: 'upsert', email: 'jane@example.com', additionalFields: { attributes: '{"shoe_size": 9}' } });
		expect(contact.items[0].json.message).toBe('contact created');
		expect(wire().slice(0, 2).map(([method, path, , body]) => [method, path, body])).toEqual([
			['POST', '/v2/accountcontactattributes', { key: 'shoe_size', name: 'Shoe Size', type: 'number', validators: { min: 2, max: 10 }, index: true, retainOnDestroy: 'anonymized' }],
			['POST', '/v2/accountcontactattributes', { key: 'shoe_size', name: 'Size', type: 'number' }],
		]);
	});

	it.each([
		[{ key: '1st' }, 'Key: "1st" is not an attribute key [item 0]'],
		[{ name: ' ' }, 'Name: is empty [item 0]'],
		[{ additionalFields: { min: 5, max: 1 } }, 'Minimum: 5 is above Maximum 1 [item 0]'],
		[{ additionalFields: { maxItems: 5 } }, 'Max Array Items: applies to array attributes, not string [item 0]'],
	])('Create refuses %j before any request', async (change, message) => {
		const result = await run({ resource: 'contactAttribute', operation: 'create', key: 'shoe_size', name: 'Shoe Size', type: 'string', ...change });
		expect(result.error?.message).toBe(message);
		expect(wire()).toEqual([]);
	});

	it('the attribute picker lists the attributes by name and type, filtered', async () => {
		const node = new Cordial();
		const context: ILoadOptionsFunctions = loadOptionsContext({ node: 'cordial', credentialType: 'cordialApi', credentials: sandbox.credentials()[0].data });
		const found = await node.methods.listSearch.searchContactAttributes.call(context, 'points');
		expect(found).toEqual({ results: [{ name: 'loyalty_points, number', value: 'loyalty_points' }] });
		expect(sandbox.requests('cordial').map((entry) => [entry.path, entry.query])).toEqual([['/v2/accountcontactattributes', {}]]);
	});
});
