/**
 * The emulator's feeds are strict where ExpertSender's pages are: Activities needs `date` (YYYY-MM-DD) and a known
 * `type`, Bounces needs both dates and takes the documented codes, RemovedSubscribers takes the documented remove types;
 * errors come in the documented XML error body; Time answers the business unit's clock.
 */
import { parseXml } from '../../nodes/shared/codec';
import { EXPERTSENDER_API_KEY } from '../../sandbox/providers/expertsender';
import { esTriggerSandbox } from '../ExpertSender/trigger/helpers';

const state = esTriggerSandbox();

async function get(resource: string, query: string): Promise<{ status: number; type: string | null; text: string }> {
	const base = String(state.credentials.expertSenderApi.apiServer);
	const response = await fetch(`${base}/v2/Api/${resource}?apiKey=${encodeURIComponent(EXPERTSENDER_API_KEY)}${query}`);
	return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

function message(text: string): unknown {
	return (parseXml(text) as { ApiResponse: { ErrorMessage: { Message: string } } }).ApiResponse.ErrorMessage.Message;
}

describe('ExpertSender emulator: activity feeds', () => {
	it('Activities refuses a missing or malformed date and an unknown type', async () => {
		const missing = await get('Activities', '&type=Opens');
		expect([missing.status, message(missing.text)]).toEqual([400, 'Parameter date is required.']);
		expect((await get('Activities', '&date=2026-02-30&type=Opens')).status).toBe(400);
		expect((await get('Activities', '&date=2026-01-15&type=Reads')).status).toBe(400);
		expect((await get('Activities', '&date=2026-01-15&type=Opens&columns=Full')).status).toBe(400);
	});

	it('Activities answers CSV with a header, quoting only what needs it', async () => {
		state.provider.addActivity('Opens', '2026-01-15 09:00:00', { Email: 'a@example.com', MessageId: '1', MessageSubject: 'Say "hi", now' });
		state.provider.addActivity('Opens', '2026-01-14 09:00:00', { Email: 'other-day@example.com', MessageId: '1', MessageSubject: 'x' });
		const answer = await get('Activities', '&date=2026-01-15&type=Opens&columns=Extended');
		expect([answer.status, answer.type, answer.text]).toEqual([
			200,
			'text/csv; charset=utf-8',
			'Date,Email,MessageId,MessageSubject,ListId,ListName\r\n2026-01-15 09:00:00,a@example.com,1,"Say ""hi"", now",,\r\n',
		]);
	});

	it('Bounces needs both dates and refuses an unknown bounce type', async () => {
		expect((await get('Bounces', '&startDate=2026-01-15')).status).toBe(400);
		expect((await get('Bounces', '&startDate=2026-01-15&endDate=2026-01-16&bounceType=4')).status).toBe(400);
		expect((await get('Bounces', '&startDate=2026-01-15&endDate=2026-01-16')).text).toBe('Date,Email,BounceCode,BounceReason,BounceType\r\n');
	});

	it('RemovedSubscribers refuses an unknown remove type and list IDs that are not numbers', async () => {
		expect((await get('RemovedSubscribers', '&removeTypes=Spam')).status).toBe(400);
		expect((await get('RemovedSubscribers', '&listIds=1,a')).status).toBe(400);
		expect((await get('RemovedSubscribers', '')).status).toBe(200);
	});

	it('Time answers the business unit\'s clock with its offset when one is set', async () => {
		state.provider.setClock('2026-01-15T23:58:00', '+01:00');
		expect((parseXml((await get('Time', '')).text) as { ApiResponse: { Data: string } }).ApiResponse.Data).toBe('2026-01-15T23:58:00+01:00');
	});
});
