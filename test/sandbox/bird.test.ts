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
	const template = { projectId: 'f1e2d3c4-0000-4000-8000-000000000010', version: 'latest', locale: 'en' };

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
		// "Messaging" (CreateMessage): sender, replyTo, meta and the Template object's further fields.
		['a sender with an unknown key', { receiver, body, sender: { connector: { identifierValue: 'Acme', colour: 'red' } } }, '.sender.connector.colour', "Unknown property 'colour'"],
		['a sender display name that is not text', { receiver, body, sender: { connector: { annotations: { name: 7 } } } }, '.sender.connector.annotations.name', 'Must be a non-empty string'],
		['a replyTo of an undocumented type', { receiver, body, replyTo: { id: 'm1', type: 'thread' } }, '.replyTo.type', 'Must be one of message, click, referrals'],
		['a replyTo without an id', { receiver, body, replyTo: { type: 'click' } }, '.replyTo.id', "Property 'id' is missing"],
		['a replyTo of a message that does not exist', { receiver, body, replyTo: { id: 'a0000000-0000-4000-8000-000000000999', type: 'message' } }, '.replyTo.id', 'Message not found'],
		['capFrequency with a transactional use case', { receiver, body, capFrequency: true, meta: { extraInformation: { useCase: 'transactional' } } }, '.capFrequency', 'Can only be set to true if .meta.extraInformation.useCase is marketing'],
		['a meta that is not an object', { receiver, body, meta: 'marketing' }, '.meta', 'Must be an object'],
		['an extraInformation that is not an object', { receiver, body, meta: { extraInformation: 'marketing' } }, '.meta.extraInformation', 'Must be an object'],
		['a template variable that is not text', { receiver, template: { ...template, variables: { count: 3 } } }, '.template.variables.count', 'Must be a string'],
		['a template attachment without a file name', { receiver, template: { ...template, attachments: [{ mediaUrl: 'https://example.com/a.pdf' }] } }, '.template.attachments[0].filename', "Property 'filename' is missing"],
		['a template attachment with an unknown key', { receiver, template: { ...template, attachments: [{ mediaUrl: 'https://example.com/a.pdf', filename: 'a.pdf', size: 1 }] } }, '.template.attachments[0].size', "Unknown property 'size'"],
		['nine UTM parameters', { receiver, template: { ...template, utmParameters: Array.from({ length: 9 }, (_, n) => ({ key: `k${n}`, value: 'v' })) } }, '.template.utmParameters', 'Must be an array of 1 to 8 parameters'],
		['a UTM reference Bird does not document', { receiver, template: { ...template, utmParameters: [{ key: 'utm_source', reference: 'workspace_name' }] } }, '.template.utmParameters[0].reference', 'Must be one of platform_name, channel_name'],
		['template short links with an unknown key', { receiver, template: { ...template, shortLinks: { domain: 'default', track: true } } }, '.template.shortLinks.track', "Unknown property 'track'"],
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

	it('accepts the documented further fields: sender, a reply to a stored message, meta, template options', async () => {
		const [received] = ctx.bird.seedMessages(BIRD_CHANNELS.sms.id, 1, { direction: 'incoming' });
		const response = await send({
			receiver,
			template: {
				...template,
				variables: { default: 'Hi' },
				attachments: [{ mediaUrl: 'https://example.com/a.pdf', filename: 'a.pdf', inline: false }],
				shortLinks: { enabled: true, domain: 'default' },
				utmParameters: [{ key: 'utm_source', value: 'n8n' }, { key: 'utm_medium', reference: 'channel_name' }],
			},
			sender: { connector: { identifierValue: 'Acme', annotations: { name: 'Acme' } } },
			replyTo: { id: received.id, type: 'message' },
			meta: { extraInformation: { useCase: 'marketing' }, referral: { source: 'ad' } },
			capFrequency: true,
		});
		expect(response.status).toBe(202);
		expect(response.body).toMatchObject({ replyTo: { id: received.id, type: 'message' }, sender: { connector: { identifierValue: 'Acme', annotations: { name: 'Acme' } } } });
	});

	describe('message lists: the filters of "List messages by channel" (direction, status, startAt, endAt), and channelId for the workspace', () => {
		const list = (query: string) => api('GET', `/channels/${BIRD_CHANNELS.sms.id}/messages?${query}`);
		const ids = (response: Awaited<ReturnType<typeof api>>) => (response.body!.results as Array<{ id: string }>).map((message) => message.id);

		it('filters by direction, status and creation time (startAt inclusive, endAt exclusive)', async () => {
			const old = ctx.bird.seedMessages(BIRD_CHANNELS.sms.id, 1, { status: 'delivered', createdAt: () => '2026-01-01T10:00:00.000Z' });
			const recent = ctx.bird.seedMessages(BIRD_CHANNELS.sms.id, 1, { status: 'delivered', createdAt: () => '2026-01-02T10:00:00.000Z' });
			const incoming = ctx.bird.seedMessages(BIRD_CHANNELS.sms.id, 1, { direction: 'incoming', createdAt: () => '2026-01-02T10:00:00.000Z' });
			expect(ids(await list('direction=incoming'))).toEqual([incoming[0].id]);
			expect(ids(await list('status=delivered'))).toEqual([old[0].id, recent[0].id]);
			expect(ids(await list('startAt=2026-01-02T10:00:00Z&direction=outgoing'))).toEqual([recent[0].id]);
			expect(ids(await list('endAt=2026-01-02T10:00:00%2B00:00'))).toEqual([old[0].id]);
		});

		it('filters the workspace by channelId', async () => {
			ctx.bird.seedMessages(BIRD_CHANNELS.sms.id, 1);
			const [whatsapp] = ctx.bird.seedMessages(BIRD_CHANNELS.whatsapp.id, 1);
			expect(ids(await api('GET', `/channels/messages?channelId=${BIRD_CHANNELS.whatsapp.id}`))).toEqual([whatsapp.id]);
		});

		it.each([
			['direction=inbound', 'direction', "'inbound' is not one of incoming, outgoing"],
			['status=read', 'status', "'read' is not one of accepted, rejected, processing, scheduled, sent, sending_failed, delivered, delivery_failed, deleted, skipped"],
			['startAt=yesterday', 'startAt', "'yesterday' is not an RFC3339 date-time"],
			['startAt=2026-01-02T00:00:00Z&endAt=2026-01-01T00:00:00Z', 'endAt', 'Must not be before startAt'],
			['channelId=0c8f3a52-1d6e-4b7a-8c9d-1e2f3a4b5c6d', 'channelId', "Unknown query parameter 'channelId'"],
			['sort=createdAt', 'sort', "Unknown query parameter 'sort'"],
		])('refuses %s on a channel', async (query, field, detail) => {
			const response = await list(query);
			expect(response).toEqual({ status: 422, body: { code: 'InvalidRequest', message: 'The request did not pass validation', details: { [field]: [detail] } } });
		});

		it('refuses a channelId that is not a UUID on the workspace', async () => {
			expect((await api('GET', '/channels/messages?channelId=sms')).body).toMatchObject({ details: { channelId: ["'sms' is not a UUID"] } });
		});
	});

	describe('message interactions ("Message interactions")', () => {
		it('pages the interactions of a message, 404 for an unknown message or channel, 422 for an unknown parameter', async () => {
			const [message] = ctx.bird.seedMessages(BIRD_CHANNELS.email.id, 1);
			const seeded = ctx.bird.seedInteractions(String(message.id), ['opened', 'clicked', 'reported-as-spam']);
			const path = `/channels/${BIRD_CHANNELS.email.id}/messages/${String(message.id)}/interactions`;
			const first = await api('GET', `${path}?limit=2`);
			expect(first.body!.results).toEqual(seeded.slice(0, 2));
			expect((await api('GET', `${path}?limit=2&pageToken=${String(first.body!.nextPageToken)}`)).body).toEqual({ results: seeded.slice(2) });
			expect(await api('GET', `/channels/${BIRD_CHANNELS.email.id}/messages/a0000000-0000-4000-8000-000000000999/interactions`)).toEqual({ status: 404, body: { code: 'NotFound', message: 'Message not found' } });
			expect(await api('GET', `/channels/${BIRD_CHANNELS.sms.id}/messages/${String(message.id)}/interactions`)).toEqual({ status: 404, body: { code: 'NotFound', message: 'Message not found' } });
			expect((await api('GET', `/channels/00000000-0000-4000-8000-00000000dead/messages/${String(message.id)}/interactions`)).status).toBe(404);
			expect((await api('GET', `${path}?type=clicked`)).status).toBe(422);
		});

		it('seeds only the documented interaction types', () => {
			const [message] = ctx.bird.seedMessages(BIRD_CHANNELS.email.id, 1);
			expect(() => ctx.bird.seedInteractions(String(message.id), ['bounced'])).toThrow("'bounced' is not a documented interaction type");
		});
	});
});
