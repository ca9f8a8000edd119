/**
 * The emulator's contact-activities feed is strict as Cordial's API v2 Swagger describes getActivityList: only its
 * query keys (plus `page`), ISO 8601 times, page sizes of 1 to 1000, and the 422 ContactActivityError body.
 */
import { BASIC } from '../Cordial/helpers';
import { cordialTriggerSandbox } from '../Cordial/trigger/helpers';

const state = cordialTriggerSandbox();

async function get(query: string, authorization = BASIC): Promise<{ status: number; body: unknown }> {
	const base = String(state.credentials.cordialApi.baseUrl);
	const response = await fetch(`${base}/contactactivities${query}`, { headers: { authorization } });
	return { status: response.status, body: await response.json() };
}

describe('Cordial emulator: GET /v2/contactactivities', () => {
	it('refuses an unknown query key', async () => {
		expect(await get('?since=2026-06-01T00:00:00')).toEqual({ status: 422, body: { error: true, errorKey: 'VALIDATION_ERROR', messages: { since: ['Unknown parameter'] } } });
	});

	it('refuses a time that is not ISO 8601, and a page size above 1000', async () => {
		expect((await get('?time[gte]=yesterday')).status).toBe(422);
		expect((await get('?time[gte]=2026-06-01')).status).toBe(422);
		expect((await get('?per_page=1001')).body).toEqual({ error: true, errorKey: 'VALIDATION_ERROR', messages: { per_page: ['Must be between 1 and 1000'] } });
		expect((await get('?action=open&action=click')).status).toBe(422);
	});

	it('filters by time range, action and email, and answers the stored record', async () => {
		state.provider.addActivity({ action: 'open', email: 'a@example.com', time: '2026-06-01T11:00:00Z', _id: 'x1' });
		state.provider.addActivity({ action: 'click', email: 'a@example.com', time: '2026-06-01T11:00:00Z', _id: 'x2' });
		state.provider.addActivity({ action: 'open', email: 'a@example.com', time: '2026-06-01T12:00:00Z', _id: 'x3' });
		const { status, body } = await get('?time[gte]=2026-06-01T11:00:00&time[lt]=2026-06-01T12:00:00%2B00:00&action=open&email=a@example.com');
		expect([status, body]).toEqual([200, [{ _id: 'x1', cID: 'c-a@example.com', email: 'a@example.com', action: 'open', time: '2026-06-01T11:00:00+0000', properties: {} }]]);
	});

	it('answers 401 without the key', async () => {
		expect(await get('', 'Basic eDo=')).toEqual({ status: 401, body: { error: 'Access Denied: Authentication Failure' } });
	});
});
