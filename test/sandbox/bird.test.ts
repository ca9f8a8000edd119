import { BIRD_ACCESS_KEY, BIRD_CHANNELS } from '../../sandbox/providers/bird';
import { WS, birdSandbox } from '../BirdChannels/helpers';

/** The emulator itself must refuse what Bird refuses, or the node tests would prove nothing. */
describe('Bird sandbox strictness', () => {
	const ctx = birdSandbox();
	const api = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
		const response = await fetch(`${ctx.sandbox.url}/bird${WS}${path}`, {
			method,
			headers: { Authorization: `AccessKey ${BIRD_ACCESS_KEY}`, 'Content-Type': 'application/json', ...headers },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await response.text();
		return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
	};
	const send = (message: unknown) => api('POST', `/channels/${BIRD_CHANNELS.sms.id}/messages`, message);
	const receiver = { contacts: [{ identifierKey: 'phonenumber', identifierValue: '+31612345678' }] };
	const body = { type: 'text', text: { text: 'Hi' } };

	it('refuses a missing or wrong access key and a non-JSON body', async () => {
		expect((await api('GET', '/channels', undefined, { Authorization: 'Bearer x' })).status).toBe(401);
		expect((await api('POST', `/channels/${BIRD_CHANNELS.sms.id}/messages`, { receiver, body }, { 'Content-Type': 'text/plain' })).status).toBe(415);
	});

	it.each([
		['missing receiver', { body }, '.receiver', "Property 'receiver' is missing"],
		['unknown top-level field', { receiver, body, priority: 'high' }, '.priority', "Unknown property 'priority'"],
		['body and template', { receiver, body, template: { projectId: 'p', version: 'latest', locale: 'en' } }, '.', "Only one of 'body' or 'template' may be set"],
		['neither body nor template', { receiver }, '.', "One of 'body' or 'template' is required"],
		['eleven tags', { receiver, body, tags: Array.from({ length: 11 }, (_, n) => `t${n}`) }, '.tags', 'At most 10 tags are allowed'],
		['a tag outside the pattern', { receiver, body, tags: ['ok', 'no!'] }, '.tags[1]', 'Must match ^[a-zA-Z0-9-_ ]+$ and be 1 to 50 characters'],
		['a schedule that is not RFC 3339', { receiver, body, scheduledFor: 'tomorrow' }, '.scheduledFor', 'Must be an RFC3339 timestamp'],
		['a schedule 40 days ahead', { receiver, body, scheduledFor: new Date(Date.now() + 40 * 86400000).toISOString() }, '.scheduledFor', 'Messages cannot be scheduled more than 35 days ahead'],
		['several receivers on SMS', { receiver: { contacts: [...receiver.contacts, { identifierKey: 'phonenumber', identifierValue: '+31612345679' }] }, body }, '.receiver.contacts', 'Multiple receivers are only supported on email channels'],
		['capFrequency without marketing use case', { receiver, body, capFrequency: true }, '.capFrequency', 'Can only be set to true if .meta.extraInformation.useCase is marketing'],
		['a media URL where nothing was uploaded', { receiver, body: { type: 'image', image: { images: [{ mediaUrl: 'SANDBOX/media/x' }] } } }, '.body.image.images[0].mediaUrl', 'No media was uploaded at this URL'],
	])('422 for %s', async (_name, message, field, detail) => {
		const resolved = JSON.parse(JSON.stringify(message).replace('SANDBOX', `${ctx.sandbox.url}/bird`).replace('/media/x', `/media/${WS.split('/')[2]}/x`)) as unknown;
		const response = await send(resolved);
		expect(response.status).toBe(422);
		expect(response.body).toMatchObject({ code: 'MalformedRequest', message: 'One or more fields provided in the request body are malformed' });
		expect((response.body!.details as Record<string, string[]>)[field]).toContain(detail);
		expect(ctx.bird.messages.size).toBe(0);
	});

	it('the upload endpoint takes only the issued fields, in order, with the file last and no access key', async () => {
		const presigned = (await api('POST', '/channel-media/presigned-upload', { contentType: 'image/png' })).body as {
			uploadUrl: string;
			mediaUrl: string;
			uploadFormData: Record<string, string>;
		};
		const form = (fields: Array<[string, string]>, withFile = true) => {
			const data = new FormData();
			for (const [name, value] of fields) data.append(name, value);
			if (withFile) data.append('file', new Blob([Buffer.from('png-bytes')], { type: 'image/png' }), 'a.png');
			return data;
		};
		const issued = Object.entries(presigned.uploadFormData);
		const upload = async (data: FormData, headers: Record<string, string> = {}) => (await fetch(presigned.uploadUrl, { method: 'POST', body: data, headers })).status;
		expect(await upload(form(issued), { Authorization: `AccessKey ${BIRD_ACCESS_KEY}` })).toBe(400);
		expect(await upload(form([...issued, ['extra', 'x']]))).toBe(403);
		expect(await upload(form(issued.filter(([name]) => name !== 'policy')))).toBe(403);
		expect(await upload(form([...issued].reverse()))).toBe(403);
		expect(await upload(form(issued, false))).toBe(400);
		expect((await fetch(presigned.mediaUrl)).status).toBe(404);
		expect(await upload(form(issued))).toBe(204);
		const served = await fetch(presigned.mediaUrl);
		expect(Buffer.from(await served.arrayBuffer()).toString()).toBe('png-bytes');
	});

	it('pages with limit and pageToken, and refuses a limit over 100', async () => {
		ctx.bird.seedMessages(BIRD_CHANNELS.sms.id, 3);
		const first = await api('GET', `/channels/${BIRD_CHANNELS.sms.id}/messages?limit=2`);
		expect((first.body!.results as unknown[]).length).toBe(2);
		const second = await api('GET', `/channels/${BIRD_CHANNELS.sms.id}/messages?limit=2&pageToken=${String(first.body!.nextPageToken)}`);
		expect((second.body!.results as unknown[]).length).toBe(1);
		expect(second.body!.nextPageToken).toBeUndefined();
		expect((await api('GET', '/contacts?limit=101')).status).toBe(400);
	});

	// Bird "Pagination": limit is 1..100, pageToken at most 8000 characters and only what an answer gave.
	it.each([
		['limit=0', 'limit must be an integer from 1 to 100'],
		['limit=101', 'limit must be an integer from 1 to 100'],
		['limit=x', 'limit must be an integer from 1 to 100'],
		[`limit=10&pageToken=${'a'.repeat(8001)}`, 'pageToken is too long'],
		['limit=10&pageToken=forged', 'pageToken is not valid'],
		[`limit=10&pageToken=${Buffer.from(JSON.stringify({ offset: -1, scope: 'contacts' })).toString('base64url')}`, 'pageToken is not valid'],
	])('refuses a list read with %s', async (query, message) => {
		expect(await api('GET', `/contacts?${query}`)).toEqual({ status: 400, body: { code: 'InvalidParameter', message } });
	});

	it("refuses one list's page token on another list", async () => {
		ctx.bird.seedMessages(BIRD_CHANNELS.sms.id, 3);
		ctx.bird.seedContact([{ key: 'emailaddress', value: 'a@example.com' }]);
		ctx.bird.seedContact([{ key: 'emailaddress', value: 'b@example.com' }]);
		const token = String((await api('GET', '/contacts?limit=1')).body!.nextPageToken);
		expect((await api('GET', `/contacts?limit=1&pageToken=${token}`)).status).toBe(200);
		expect((await api('GET', `/channels/${BIRD_CHANNELS.sms.id}/messages?limit=1&pageToken=${token}`)).status).toBe(400);
	});
});
