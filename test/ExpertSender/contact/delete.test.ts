import { EXPERTSENDER_API_KEY } from '../../../sandbox/providers/expertsender';
import { runExpertSender, useExpertSenderSandbox } from '../helpers';

describe('ExpertSender › Contact › Delete', () => {
	const state = useExpertSenderSandbox();

	it('deletes by ID (in the path) and by email (in the query), optionally from one list only', async () => {
		const run = await runExpertSender(
			state,
			{
				resource: 'contact',
				operation: 'delete',
				by: '={{ $json.by }}',
				idValue: '={{ $json.id }}',
				emailValue: '={{ $json.email }}',
				options: { listId: '={{ $json.list ?? "" }}' },
			},
			{
				items: [
					{ json: { by: 'email', email: 'patrick@mydomain.com', list: 1 } },
					{ json: { by: 'id', id: 1002 } },
				],
			},
		);
		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([
			{ json: { deleted: true }, pairedItem: { item: 0 } },
			{ json: { deleted: true }, pairedItem: { item: 1 } },
		]);
		expect(state.sandbox.requests('expertsender').map((entry) => [entry.method, entry.path, entry.query, entry.status])).toEqual([
			['DELETE', '/v2/Api/Subscribers', { email: 'patrick@mydomain.com', listId: '1', apiKey: EXPERTSENDER_API_KEY }, 204],
			['DELETE', '/v2/Api/Subscribers/1002', { apiKey: EXPERTSENDER_API_KEY }, 204],
		]);
		expect(state.provider.subscribers.get(1001)!.lists.size).toBe(0);
		expect(state.provider.subscribers.has(1002)).toBe(false);
	});

	it('reports a subscriber that is not there, and rejects a malformed ID before any request', async () => {
		const run = await runExpertSender(
			state,
			{ resource: 'contact', operation: 'delete', by: 'id', idValue: '={{ $json.id }}' },
			{ continueOnFail: true, items: [{ json: { id: 424242 } }, { json: { id: '12a' } }] },
		);
		expect(run.items).toEqual([
			{
				json: {
					error: 'ExpertSender Delete Contact failed: Subscriber not found. (404) [item 0]',
					description: 'ExpertSender has no such object, or nothing matched it.',
					httpCode: '404',
				},
				pairedItem: { item: 0 },
			},
			{
				json: {
					error: 'Subscriber ID: "12a" is not an ExpertSender ID [item 1]',
					description: 'Enter the Subscriber ID as a positive whole number, e.g. 123.',
				},
				pairedItem: { item: 1 },
			},
		]);
		expect(state.sandbox.requests('expertsender')).toHaveLength(1);
	});
});
