import { accountTables, NO_SUCH_ROW } from '../../../sandbox/providers/expertsender/dataTables';
import { runExpertSender, useExpertSenderSandbox } from '../helpers';
import { byName, columnsXml, expectedBody, wire } from './helpers';

const base = { resource: 'dataTable', operation: 'deleteRow', table: byName('Coupons'), primaryKey: { column: [{ name: 'Code', value: '={{ $json.code }}' }] } };

describe('ExpertSender › Data Table › Delete Row', () => {
	const state = useExpertSenderSandbox();

	it('sends TableName and PrimaryKeyColumns (citilinkru DataTablesDeleteRowPostRequestTest.php) and outputs deleted: true', async () => {
		const run = await runExpertSender(state, base, { items: [{ json: { code: 'WELCOME10' } }] });
		expect(run.items).toEqual([{ json: { deleted: true, tableName: 'Coupons', primaryKey: { Code: 'WELCOME10' } }, pairedItem: { item: 0 } }]);
		expect(wire(state.sandbox.requests('expertsender'))).toEqual([
			['POST', '/v2/Api/DataTablesDeleteRow', expectedBody(`<TableName>Coupons</TableName><PrimaryKeyColumns>${columnsXml([['Code', 'WELCOME10']])}</PrimaryKeyColumns>`)],
		]);
		expect(accountTables(state.provider)[1].rows).toEqual([]);
	});

	it("surfaces ExpertSender's message for a row that is not there, under Continue On Fail per item", async () => {
		const run = await runExpertSender(state, base, { items: [{ json: { code: 'NOPE' } }, { json: { code: 'WELCOME10' } }], continueOnFail: true });
		expect(run.items.map((item) => [item.json.error ?? item.json.deleted, item.pairedItem])).toEqual([
			[`ExpertSender Delete Data Table Row failed: ${NO_SUCH_ROW} (400) [item 0]`, { item: 0 }],
			[true, { item: 1 }],
		]);
	});

	it('refuses an empty key value before any request', async () => {
		const run = await runExpertSender(state, base, { items: [{ json: { code: '' } }] });
		expect(run.error?.message).toBe('Primary Key › Column 1 › Value: is empty [item 0]');
		expect(state.sandbox.requests('expertsender')).toHaveLength(0);
	});
});
