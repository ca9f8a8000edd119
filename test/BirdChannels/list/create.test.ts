import { WS, birdSandbox, outputOf } from '../helpers';

const LIST = { resource: 'list' };
const TAG = '123e4567-e89b-12d3-a456-426614174000';

describe('Bird Channels: List → Create', () => {
	const ctx = birdSandbox();

	it('creates a list with the request body of Bird\'s "Create a list" example', async () => {
		const result = await ctx.run({
			...LIST,
			operation: 'create',
			name: 'US Customers',
			additionalFields: { description: 'A list of all US customers', consentType: 'single', tags: TAG, isProof: true },
		});
		expect(result.error).toBeUndefined();
		// docs.bird.com "Create a list": {"name": "US Customers", "description": "A list of all US customers",
		// "consentType": "single", "tags": ["123e4567-…"], "isProof": true}.
		expect(ctx.calls()).toEqual([
			{
				method: 'POST',
				path: `${WS}/lists`,
				query: {},
				body: { name: 'US Customers', description: 'A list of all US customers', consentType: 'single', tags: [TAG], isProof: true },
			},
		]);
		expect(outputOf(result)).toEqual([
			{
				json: {
					id: expect.any(String),
					name: 'US Customers',
					description: 'A list of all US customers',
					createdAt: expect.any(String),
					updatedAt: expect.any(String),
					contactCount: 0,
					consentType: 'single',
					tags: [TAG],
					isProof: true,
					counter: { count: 0, updatedAt: expect.any(String) },
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	it('sends only the name when nothing else is set', async () => {
		await ctx.run({ ...LIST, operation: 'create', name: '  Newsletter 2  ', additionalFields: {} });
		expect(ctx.calls().map((call) => call.body)).toEqual([{ name: 'Newsletter 2' }]);
	});

	it.each([
		['name', { name: ' ' }, 'Name: is empty [item 0]'],
		['name', { name: 'A' }, 'Name: is 1 character long [item 0]'],
		['tags', { name: 'VIP', additionalFields: { tags: `${TAG}, vip` } }, 'Tag IDs: "vip" is not a tag ID [item 0]'],
		['proof flag', { name: 'VIP', additionalFields: { isProof: '={{ "yes" }}' } }, 'Proof List: "yes" is not true or false [item 0]'],
		['consent type', { name: 'VIP', additionalFields: { consentType: '={{ "triple" }}' } }, 'Additional Fields › Consent Type: "triple" is not one of its options [item 0]'],
	])('refuses a bad %s before any request', async (_field, parameters, message) => {
		const result = await ctx.run({ ...LIST, operation: 'create', ...parameters });
		expect(result.error?.message).toBe(message);
		expect(ctx.calls()).toEqual([]);
	});
});
