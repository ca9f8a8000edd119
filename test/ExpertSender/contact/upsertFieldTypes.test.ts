import { at, runExpertSender, useExpertSenderSandbox, wireRequest } from '../helpers';

const BASE = { resource: 'contact', operation: 'upsert', list: { __rl: true, mode: 'list', value: '1' }, email: '={{ $json.email }}' };

describe('ExpertSender › Contact › Create or Update: properties typed from the custom field', () => {
	const state = useExpertSenderSandbox();

	it('with Type From Field, reads the fields once for all items and sends each value with its field\'s xsi:type', async () => {
		const run = await runExpertSender(
			state,
			{
				...BASE,
				customProperties: {
					property: [
						{ id: '1', type: 'auto', value: '={{ $json.points }}' },
						{ id: '3', type: 'auto', value: 'True' },
						{ id: '6', type: 'auto', value: '12.50' },
						{ id: '2', type: 'xs:string', value: 'Gdańsk' },
					],
				},
			},
			{ items: [{ json: { email: 'a@example.com', points: 7 } }, { json: { email: 'b@example.com', points: '08' } }] },
		);
		expect(run.error).toBeUndefined();
		const log = state.sandbox.requests('expertsender');
		expect(log.map((entry) => [entry.method, entry.path])).toEqual([
			['GET', '/v2/Api/Fields'],
			['POST', '/v2/Api/Subscribers'],
		]);
		const rows = at<Array<{ Properties: unknown }>>(wireRequest(log[1]), 'ApiRequest.MultiData.Subscriber');
		expect(rows.map((row) => row.Properties)).toEqual(
			['7', '8'].map((points) => ({
				Property: [
					{ Id: '1', Value: { '@xsi:type': 'xs:int', '#text': points } },
					{ Id: '3', Value: { '@xsi:type': 'xs:boolean', '#text': 'true' } },
					{ Id: '6', Value: { '@xsi:type': 'xs:double', '#text': '12.50' } },
					{ Id: '2', Value: { '@xsi:type': 'xs:string', '#text': 'Gdańsk' } },
				],
			})),
		);
		expect(state.provider.findByEmail('b@example.com')!.properties.get(1)).toBe('8');
	});

	it('with explicit types only, sends no Fields request (as before the dropdown)', async () => {
		const run = await runExpertSender(state, { ...BASE, customProperties: { property: [{ id: '1', type: 'xs:int', value: '3' }] } }, { items: [{ json: { email: 'c@example.com' } }] });
		expect(run.error).toBeUndefined();
		expect(state.sandbox.requests('expertsender').map((entry) => entry.path)).toEqual(['/v2/Api/Subscribers']);
	});

	it.each([
		[{ id: '1', type: 'auto', value: 'many' }, 'Custom Properties › Property 1 › Value: "many" is not of type xs:int [item 0]'],
		[{ id: '99', type: 'auto', value: '1' }, 'Custom Properties › Property 1 › Property Name or ID: the account has no custom field with ID 99 [item 0]'],
		[[{ id: '2', type: 'auto', value: 'x' }, { id: '1', type: 'xs:string', value: 'ten' }], 'Custom Properties › Property 2 › Type: points is a Number field, so its values are xs:int, not xs:string [item 0]'],
	])('refuses %j after reading the fields, before sending anything', async (property, message) => {
		const run = await runExpertSender(state, { ...BASE, customProperties: { property: ([] as unknown[]).concat(property) } }, { items: [{ json: { email: 'd@example.com' } }] });
		expect(run.error?.message).toBe(message);
		expect(state.sandbox.requests('expertsender').map((entry) => entry.path)).toEqual(['/v2/Api/Fields']);
	});

	it('refuses a Property Name or ID that is not an ID before any request', async () => {
		const run = await runExpertSender(state, { ...BASE, customProperties: { property: [{ id: '../Lists', type: 'xs:string', value: 'x' }] } }, { items: [{ json: { email: 'e@example.com' } }] });
		expect(run.error?.message).toBe('Custom Properties › Property 1 › Property Name or ID: "../Lists" is not a Property ID [item 0]');
		expect(state.sandbox.requests('expertsender')).toHaveLength(0);
	});

	it('gives every item the Fields error under Continue On Fail and sends nothing', async () => {
		const credentials = { expertSenderApi: { ...state.credentials.expertSenderApi, apiKey: 'wrong-key-1234' } };
		const run = await runExpertSender(
			state,
			{ ...BASE, customProperties: { property: [{ id: '1', type: 'auto', value: '1' }] } },
			{ continueOnFail: true, credentials, items: [{ json: { email: 'f@example.com' } }, { json: { email: 'g@example.com' } }] },
		);
		expect(run.items.map((item) => [item.json.error, item.pairedItem])).toEqual([
			['ExpertSender Get Many Fields failed: Api key is invalid. (403) [item 0]', { item: 0 }],
			['ExpertSender Get Many Fields failed: Api key is invalid. (403) [item 1]', { item: 1 }],
		]);
		expect(state.sandbox.requests('expertsender').map((entry) => entry.path)).toEqual(['/v2/Api/Fields']);
	});
});
