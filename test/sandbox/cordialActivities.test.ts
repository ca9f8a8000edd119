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

describe('Cordial emulator: POST /v2/contactactivities', () => {
	async function post(body: unknown): Promise<{ status: number; body: unknown }> {
		const base = String(state.credentials.cordialApi.baseUrl);
		const response = await fetch(`${base}/contactactivities`, {
			method: 'POST',
			body: JSON.stringify(body),
			headers: { authorization: BASIC, 'content-type': 'application/json' },
		});
		return { status: response.status, body: await response.json() };
	}
	const invalid = (field: string, message: string) => ({ status: 422, body: { error: true, errorKey: 'VALIDATION_ERROR', messages: { [field]: [message] } } });

	it('refuses a missing or reserved action, a bad ats, non-object properties and unknown fields', async () => {
		state.provider.addContact('a@example.com');
		expect(await post({ email: 'a@example.com' })).toEqual(invalid('a', 'Required'));
		expect(await post({ a: 'open', email: 'a@example.com' })).toEqual(invalid('a', 'System reserved actions cannot be created'));
		expect(await post({ a: 'x'.repeat(41), email: 'a@example.com' })).toEqual(invalid('a', 'The maximum length is 40 characters'));
		expect(await post({ a: 'browse', email: 'a@example.com', ats: 'now' })).toEqual(invalid('ats', 'Invalid date format, expected ISO 8601 (YYYY-MM-DDThh:mm:ss)'));
		expect(await post({ a: 'browse', email: 'a@example.com', properties: [1] })).toEqual(invalid('properties', 'Must be an object'));
		expect(await post({ a: 'browse', email: 'a@example.com', time: '2026-06-01T00:00:00' })).toEqual(invalid('time', 'Unknown field'));
		expect(state.provider.activities).toEqual([]);
	});

	it('needs exactly one identifier of an existing contact (ContactActivityError)', async () => {
		const cID = state.provider.addContact('a@example.com');
		expect(await post({ a: 'browse' })).toEqual({ status: 422, body: { error: true, errorKey: 'GENERIC_ERROR_KEY', message: 'primaryKey is required' } });
		expect(await post({ a: 'browse', email: 'a@example.com', cID })).toEqual({ status: 422, body: { error: true, errorKey: 'GENERIC_ERROR_KEY', message: 'too many parameters' } });
		expect(await post({ a: 'browse', email: 'ghost@example.com' })).toEqual({ status: 422, body: { error: true, errorKey: 'GENERIC_ERROR_KEY', message: "Contact doesn't exist" } });
	});

	it('stores the event at ats (the page\'s "2018-01-09 17:47:43" form too), strips numeric and dotted property keys, stores a UID once', async () => {
		const cID = state.provider.addContact('a@example.com');
		const body = { a: 'browse', email: 'a@example.com', ats: '2018-01-09 17:47:43', UID: 'u1', properties: { propertyOne: 1, 57: 'x', 'shoes.color': 'red' } };
		expect(await post(body)).toEqual({ status: 201, body: { success: true } });
		expect(await post(body)).toEqual({ status: 201, body: { success: true } });
		expect(state.provider.activities).toEqual([
			{ _id: expect.any(String), cID, email: 'a@example.com', action: 'browse', time: Date.parse('2018-01-09T17:47:43Z'), properties: { propertyOne: 1 } },
		]);
	});
});
