import type { IDataObject } from 'n8n-workflow';

import { cordialSandbox, rl } from '../helpers';

const op = (operation: string, extra: IDataObject = {}) => ({ resource: 'supplementRecord', operation, supplement: rl('cars', 'list'), ...extra });
const item = (json: IDataObject, index = 0) => ({ json, pairedItem: { item: index } });
/** The sandbox's "now" as Cordial writes record dates (the Swagger's example: 2020-09-22T09:00:29+0000). */
const NOW = '2026-06-01T12:00:00+0000';

describe('Cordial Supplement Record', () => {
	const { run, wire, sandbox } = cordialSandbox();

	it('Create or Update sends the Swagger\'s record example as fields, then updates the record with that ID', async () => {
		// Cordial's API v2 Swagger, RecordSupplementResponse example: {"id": "3324", "make": "Jeep", "model": "Liberty",
		// "year": "2007"}; addsupplementrecord takes SupplementRecordPost (`id` plus the fields) and answers 201.
		const created = await run(
			op('upsert', {
				recordId: '3324',
				dataMode: 'fields',
				recordFields: { field: [{ name: 'make', value: 'Jeep' }, { name: 'model', value: 'Liberty' }, { name: 'year', value: '2007' }] },
			}),
		);
		expect(created.items).toEqual([item({ success: true, message: 'record created', id: '3324' })]);
		const updated = await run(op('upsert', { recordId: '3324', dataMode: 'json', recordJson: '{"make": "Jeep", "year": 2008}', options: { suppressTriggers: true } }));
		expect(updated.items).toEqual([item({ success: true, message: 'record updated', id: '3324' })]);
		expect(wire()).toEqual([
			['POST', '/v2/supplements/cars/records', [], { id: '3324', make: 'Jeep', model: 'Liberty', year: '2007' }],
			['POST', '/v2/supplements/cars/records', [], { id: '3324', make: 'Jeep', year: 2008, suppressTriggers: true }],
		]);
		const got = await run(op('get', { recordId: '3324' }));
		expect(got.items).toEqual([item({ id: '3324', make: 'Jeep', year: 2008, ct: NOW, created: NOW, lm: NOW })]);
	});

	it('refuses bad record input before any request', async () => {
		const cases: Array<[IDataObject, string]> = [
			[{ recordId: '5f27b8c3965afd5165265393', dataMode: 'json', recordJson: '{}' }, 'Record ID: "5f27b8c3965afd5165265393" is a 24-character hex string [item 0]'],
			[{ recordId: '1', dataMode: 'json', recordJson: '[1]' }, 'Data (JSON): is not a JSON object [item 0]'],
			[{ recordId: '1', dataMode: 'json', recordJson: '{"id": "2"}' }, 'Data (JSON): "id" is not a record field [item 0]'],
			[{ recordId: '1', dataMode: 'fields', recordFields: { field: [{ name: 'a', value: '1' }, { name: 'a', value: '2' }] } }, 'Fields 2: Name: "a" is given twice [item 0]'],
			[{ recordId: '1', dataMode: 'fields', recordFields: { field: [{ name: ' ', value: '1' }] } }, 'Fields 1: Name: is empty [item 0]'],
			[{ supplement: rl('..'), recordId: '1', dataMode: 'json', recordJson: '{}' }, 'Supplement'],
		];
		for (const [change, message] of cases) expect((await run(op('upsert', change))).error?.message).toContain(message);
		expect(sandbox.requests('cordial')).toEqual([]);
	});

	it('surfaces Cordial\'s errors: an indexed field of the wrong type, an unknown supplement, an unknown record', async () => {
		const wrongType = await run(op('upsert', { recordId: '1', dataMode: 'json', recordJson: '{"year": "old"}' }), { continueOnFail: true });
		expect(wrongType.items[0].json.error).toBe('Cordial Create or Update Supplement Record failed: validationErrors: year: The year must be a number. (GENERIC_ERROR_KEY) [item 0]');
		const unknown = await run(op('get', { supplement: rl('boats'), recordId: '1' }), { continueOnFail: true });
		expect(unknown.items[0].json.error).toBe("Cordial Get Supplement Record failed: The supplement 'boats' does not exist. (GENERIC_ERROR_KEY) [item 0]");
		const missing = await run(op('delete', { recordId: '404' }), { continueOnFail: true });
		expect(missing.items[0].json).toMatchObject({ error: 'Cordial Delete Supplement Record failed: record not found (RECORD_NOT_FOUND) [item 0]', httpCode: '404' });
	});

	it('Get Many pages through the records with fields and sorting; Delete answers { deleted: true }', async () => {
		for (const id of ['c', 'a', 'b']) await run(op('upsert', { recordId: id, dataMode: 'json', recordJson: `{"model": "M-${id}"}` }));
		const many = await run(op('getAll', { returnAll: true, options: { fields: 'model', perPage: 2, sortBy: 'model', sortDir: 'asc' } }));
		expect(many.items).toEqual(['a', 'b', 'c'].map((id) => item({ id, model: `M-${id}` })));
		const deleted = await run(op('delete', { recordId: 'a' }));
		expect(deleted.items).toEqual([item({ deleted: true })]);
		expect(wire().slice(3)).toEqual([
			['GET', '/v2/supplements/cars/records', [['fields', 'model'], ['page', '1'], ['per_page', '2'], ['sort_by', 'model'], ['sort_dir', 'asc']], undefined],
			['GET', '/v2/supplements/cars/records', [['fields', 'model'], ['page', '2'], ['per_page', '2'], ['sort_by', 'model'], ['sort_dir', 'asc']], undefined],
			['DELETE', '/v2/supplements/cars/records/a', [], undefined],
		]);
	});
});

describe('Cordial Supplement picker', () => {
	const { sandbox } = cordialSandbox();

	it('searchSupplements pages through GET /v2/supplements; the value is the supplement key', async () => {
		const { Cordial } = await import('../../../nodes/Cordial/Cordial.node');
		const { loadOptionsContext } = await import('../../harness/loadOptions');
		const context = loadOptionsContext({ node: 'cordial', credentialType: 'cordialApi', credentials: sandbox.credentials()[0].data });
		const found = await new Cordial().methods.listSearch.searchSupplements.call(context, 'car');
		expect(found).toEqual({ results: [{ name: 'Cars', value: 'cars' }], paginationToken: undefined });
		expect(sandbox.requests('cordial').map((entry) => [entry.path, entry.query])).toEqual([['/v2/supplements', { page: '1', per_page: '100' }]]);
	});
});
