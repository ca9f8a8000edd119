/**
 * The emulator's Response Queue read, `GET /async/pollByRange`, is strict as the pollByRange OpenAPI fragment of Mapp's
 * async API reference describes it (docs.mapp.com/apidocs/async: type, from, to and limit all required, from/to Unix
 * timestamps of insertion, 400 for missing or incorrect parameters or an unknown type), with Mapp's limit of 20,000
 * per retrieval ("Response Queue Service").
 */
import { basic } from '../MappEngage/helpers';
import { MAPP_PASSWORD, MAPP_USER } from '../../sandbox/providers/mapp';
import { mappTriggerSandbox, unix } from '../MappEngage/trigger/helpers';

const state = mappTriggerSandbox();

async function get(query: string, method = 'GET'): Promise<{ status: number; body: unknown }> {
	const base = String(state.credentials.mappEngageApi.baseUrl);
	const response = await fetch(`${base}/async/pollByRange${query}`, { method, headers: { authorization: basic(MAPP_USER, MAPP_PASSWORD), accept: 'application/json' } });
	const text = await response.text();
	return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

const FROM = unix('2026-06-01T11:00:00Z');
const TO = unix('2026-06-01T12:00:00Z');

describe('Mapp emulator: GET /async/pollByRange', () => {
	it('answers the events inserted in [from, to] of the type, oldest inserted first, at most limit', async () => {
		state.provider.addResponse({ type: 'linkClick', insertedAt: '2026-06-01T11:30:00Z', queueId: 'Q2', output: { response_type: 'CLICK' } });
		state.provider.addResponse({ type: 'readTrack', insertedAt: '2026-06-01T11:10:00Z', queueId: 'Q1' });
		state.provider.addResponse({ type: 'sentToMta', insertedAt: '2026-06-01T11:20:00Z', queueId: 'QM' });
		state.provider.addResponse({ type: 'linkClick', insertedAt: '2026-06-01T12:00:01Z', queueId: 'Q-AFTER' });
		expect(await get(`?type=allMessages&from=${FROM}&to=${TO}&limit=10`)).toEqual({
			status: 200,
			body: [
				{ queueId: 'Q1', output: [] },
				{ queueId: 'Q2', output: [{ name: 'response_type', value: 'CLICK' }] },
			],
		});
		expect((await get(`?type=sentToMta&from=${FROM}&to=${TO}&limit=10`)).body).toEqual([{ queueId: 'QM', output: [] }]);
		expect((await get(`?type=linkClick&from=${FROM}&to=${TO}&limit=10`)).body).toEqual([{ queueId: 'Q2', output: [{ name: 'response_type', value: 'CLICK' }] }]);
		expect((await get(`?type=allMessages&from=${FROM}&to=${TO}&limit=1`)).body).toEqual([{ queueId: 'Q1', output: [] }]);
		// Non-destructive: the same read answers the same events again.
		expect((await get(`?type=allMessages&from=${FROM}&to=${TO}&limit=10`)).body).toHaveLength(2);
	});

	it('refuses an unknown type, a missing parameter, a limit above 20,000, and to before from', async () => {
		const unknown = await get(`?type=opens&from=${FROM}&to=${TO}&limit=10`);
		expect(unknown).toMatchObject({ status: 400, body: { errorActor: 'CLIENT', errorCode: 'INVALID_PARAMETER', parameterName: 'type' } });
		for (const missing of ['type', 'from', 'to', 'limit']) {
			const query = new URLSearchParams({ type: 'allMessages', from: FROM, to: TO, limit: '10' });
			query.delete(missing);
			expect(await get(`?${query.toString()}`)).toMatchObject({ status: 400, body: { errorCode: 'MISSING_PARAMETER', parameterName: missing } });
		}
		expect(await get(`?type=allMessages&from=${FROM}&to=${TO}&limit=20001`)).toMatchObject({ status: 400, body: { errorCode: 'INVALID_PARAMETER', parameterName: 'limit' } });
		expect(await get(`?type=allMessages&from=${FROM}&to=${TO}&limit=0`)).toMatchObject({ status: 400, body: { parameterName: 'limit' } });
		expect(await get(`?type=allMessages&from=${TO}&to=${FROM}&limit=10`)).toMatchObject({ status: 400, body: { errorCode: 'INVALID_PARAMETER', parameterName: 'to' } });
		expect(await get(`?type=allMessages&from=2026-06-01&to=${TO}&limit=10`)).toMatchObject({ status: 400, body: { parameterName: 'from' } });
		expect(await get(`?type=allMessages&from=${FROM}&to=${TO}&limit=10&topic=x`)).toMatchObject({ status: 400 });
	});

	it('is a GET, and has no destructive /async/poll', async () => {
		expect((await get(`?type=allMessages&from=${FROM}&to=${TO}&limit=10`, 'POST')).status).toBe(405);
		const base = String(state.credentials.mappEngageApi.baseUrl);
		const poll = await fetch(`${base}/async/poll?topic=x&limit=1`, { headers: { authorization: basic(MAPP_USER, MAPP_PASSWORD) } });
		expect(poll.status).toBe(404);
		expect(state.sandbox.requests('mapp').map((request) => request.path)).toEqual([expect.stringMatching(/pollByRange$/), expect.stringMatching(/\/async\/poll$/)]);
	});
});
