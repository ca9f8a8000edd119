import { cordialSandbox } from '../helpers';

describe('Cordial Batch Message > Get', () => {
	const { wire, action, batchMessageIn } = cordialSandbox();

	it('gets a sent message with its status and settings', async () => {
		const id = await batchMessageIn('sent');
		const got = await action('get', id);
		expect(got.items[0].json).toMatchObject({ id, status: 'sent', name: 'promo_01', channel: 'email' });
		expect(wire().at(-1)).toEqual(['GET', `/v2/batchmessages/${id}`, [], undefined]);
	});
});
