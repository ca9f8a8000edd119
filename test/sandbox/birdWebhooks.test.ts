import { BIRD_ACCESS_KEY, BIRD_ORGANIZATION_ID, BIRD_WORKSPACE_ID } from '../../sandbox/providers/bird';
import { birdSandbox } from '../BirdChannels/helpers';

/** The webhook-subscription side of the Bird emulator refuses what Bird's "Create a webhook subscription" refuses. */
describe('Bird sandbox: webhook subscriptions', () => {
	const ctx = birdSandbox();
	const path = `/organizations/${BIRD_ORGANIZATION_ID}/workspaces/${BIRD_WORKSPACE_ID}/webhook-subscriptions`;
	const api = async (method: string, suffix = '', body?: unknown, prefix = path) => {
		const response = await fetch(`${ctx.sandbox.url}/bird${prefix}${suffix}`, {
			method,
			headers: { Authorization: `AccessKey ${BIRD_ACCESS_KEY}`, 'Content-Type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await response.text();
		return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
	};
	const valid = { service: 'channels', event: 'sms.inbound', url: 'https://hooks.example.com/bird', signingKey: 'k' };

	it('creates, lists, gets and deletes a subscription', async () => {
		const created = await api('POST', '', valid);
		expect(created.status).toBe(201);
		expect(created.body).toMatchObject({ ...valid, eventFilters: [], status: 'active', organizationId: BIRD_ORGANIZATION_ID, workspaceId: BIRD_WORKSPACE_ID });
		const id = created.body!.id as string;
		expect((await api('GET', '?limit=100')).body).toEqual({ results: [created.body] });
		expect((await api('GET', `/${id}`)).body).toEqual(created.body);
		expect((await api('DELETE', `/${id}`)).status).toBe(204);
		expect((await api('DELETE', `/${id}`)).status).toBe(404);
	});

	it.each([
		['an unknown event', { ...valid, event: 'sms.clicked' }, '.event'],
		['an unknown service', { ...valid, service: 'contacts' }, '.service'],
		['a missing url', { service: 'channels', event: 'sms.inbound' }, '.url'],
		['a url that is not https', { ...valid, url: 'http://hooks.example.com/bird' }, '.url'],
		['an unknown filter key', { ...valid, eventFilters: [{ key: 'colour', value: 'red' }] }, '.eventFilters[0].key'],
		['two channelId filters', { ...valid, eventFilters: [{ key: 'channelId', value: 'a' }, { key: 'channelId', value: 'b' }] }, '.eventFilters[1].key'],
		['an unknown field', { ...valid, events: ['sms.inbound'] }, '.events'],
	])('422 for %s', async (_name, body, field) => {
		const response = await api('POST', '', body);
		expect(response.status).toBe(422);
		expect(Object.keys(response.body!.details as object)).toContain(field);
	});

	it('refuses a sixth subscription of the same filter combination and an unknown organization', async () => {
		for (let n = 0; n < 5; n++) expect((await api('POST', '', { ...valid, url: `https://hooks.example.com/${n}` })).status).toBe(201);
		expect((await api('POST', '', valid)).status).toBe(409);
		const foreign = `/organizations/00000000-0000-4000-8000-000000000000/workspaces/${BIRD_WORKSPACE_ID}/webhook-subscriptions`;
		expect((await api('GET', '', undefined, foreign)).status).toBe(404);
	});

	it('delivers an event only to the subscriptions whose event and filters match, signed with their key', async () => {
		await api('POST', '', { ...valid, eventFilters: [{ key: 'channelId', value: 'c1' }] });
		await api('POST', '', { ...valid, url: 'https://hooks.example.com/other', signingKey: 'other' });
		const deliveries = ctx.bird.deliver({ event: 'sms.inbound', payload: { id: 'm1', channelId: 'c2' } }, 1_700_000_000);
		expect(deliveries.map((delivery) => delivery.url)).toEqual(['https://hooks.example.com/other']);
		expect(deliveries[0].headers['messagebird-request-timestamp']).toBe('1700000000');
		expect(JSON.parse(deliveries[0].body.toString())).toEqual({ service: 'channels', event: 'sms.inbound', payload: { id: 'm1', channelId: 'c2' } });
	});
});
