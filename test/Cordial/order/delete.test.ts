import { cordialSandbox } from '../helpers';
import { addSwaggerContact, SWAGGER_CREATE } from './fixtures';

describe('Cordial Order > Delete', () => {
	const { run, wire, provider } = cordialSandbox();

	it('deletes the order (deleteorder, the Swagger\'s /orders/22345 form) and surfaces "Order not found" after', async () => {
		addSwaggerContact(provider);
		await run({ ...SWAGGER_CREATE, orderId: '22345' });
		const deleted = await run({ resource: 'order', operation: 'delete', orderId: '22345' });
		expect(deleted.items).toEqual([{ json: { deleted: true }, pairedItem: { item: 0 } }]);
		const again = await run({ resource: 'order', operation: 'delete', orderId: '22345' }, { continueOnFail: true });
		expect(again.items[0].json).toMatchObject({ error: 'Cordial Delete Order failed: Order not found (GENERIC_ERROR_KEY) [item 0]', httpCode: '400' });
		expect(wire().slice(1).map(([method, path]) => [method, path])).toEqual([
			['DELETE', '/v2/orders/22345'],
			['DELETE', '/v2/orders/22345'],
		]);
	});
});
