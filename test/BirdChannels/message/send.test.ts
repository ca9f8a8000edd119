import { BIRD_CHANNELS, BIRD_ACCESS_KEY } from '../../../sandbox/providers/bird';
import { WS, birdSandbox, channelById, outputOf, smsTo } from '../helpers';

const SEND = { resource: 'message', operation: 'send' };
const SMS = channelById(BIRD_CHANNELS.sms.id);
const EMAIL = channelById(BIRD_CHANNELS.email.id);
const DAY = 24 * 60 * 60 * 1000;
const rfc3339 = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
// A 1×1 PNG.
const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('Bird Channels: Message → Send', () => {
	const ctx = birdSandbox();

	it('sends a text message with every option and returns the accepted message', async () => {
		const scheduledFor = rfc3339(Date.now() + 2 * DAY);
		const result = await ctx.run({
			...SEND,
			channel: SMS,
			receivers: smsTo('+31612345678'),
			content: 'text',
			text: 'Your order has shipped',
			options: {
				reference: 'order-1001',
				tags: 'Orders, shipping_update',
				scheduledFor,
				validity: 3600,
				shortLinksDomain: 'default',
				enableLinkTracking: true,
				ignoreQuietHours: true,
				ignoreGlobalHoldout: false,
				capFrequency: true,
			},
		});
		expect(result.error).toBeUndefined();
		expect(ctx.calls()).toEqual([
			{
				method: 'POST',
				path: `${WS}/channels/${BIRD_CHANNELS.sms.id}/messages`,
				query: {},
				body: {
					receiver: { contacts: [{ identifierKey: 'phonenumber', identifierValue: '+31612345678' }] },
					body: { type: 'text', text: { text: 'Your order has shipped' } },
					reference: 'order-1001',
					tags: ['Orders', 'shipping_update'],
					scheduledFor,
					validity: 3600,
					shortLinks: { domain: 'default' },
					enableLinkTracking: true,
					ignoreQuietHours: true,
					ignoreGlobalHoldout: false,
					capFrequency: true,
					meta: { extraInformation: { useCase: 'marketing' } },
				},
			},
		]);
		expect(ctx.log()[0].headers.authorization).toBe(`AccessKey ${BIRD_ACCESS_KEY}`);
		expect(ctx.log()[0].headers['content-type']).toBe('application/json');
		const [stored] = [...ctx.bird.messages.values()];
		expect(stored).toMatchObject({
			channelId: BIRD_CHANNELS.sms.id,
			status: 'scheduled',
			tags: ['orders', 'shipping_update'],
			direction: 'outgoing',
			receiver: { contacts: [{ identifierKey: 'phonenumber', identifierValue: '+31612345678' }] },
		});
		expect(outputOf(result)).toEqual([{ json: stored, pairedItem: { item: 0 } }]);
	});

	it('sends an HTML e-mail to To, CC and BCC receivers with subject, sender and plain-text fallback', async () => {
		const result = await ctx.run({
			...SEND,
			channel: EMAIL,
			receivers: {
				receiver: [
					{ identifyBy: 'identifier', identifierKey: 'emailaddress', identifierValue: 'jane@example.com', type: 'to' },
					{ identifyBy: 'identifier', identifierKey: 'emailaddress', identifierValue: 'ops@example.com', type: 'cc' },
					{ identifyBy: 'identifier', identifierKey: 'emailaddress', identifierValue: 'audit@example.com', type: 'bcc' },
				],
			},
			content: 'html',
			subject: 'Welcome',
			html: '<h1>Hi Jane</h1>',
			emailOptions: { fromName: 'Acme', fromUsername: 'noreply', plainText: 'Hi Jane' },
		});
		expect(result.error).toBeUndefined();
		expect(ctx.calls().map((call) => call.body)).toEqual([
			{
				receiver: {
					contacts: [
						{ identifierKey: 'emailaddress', identifierValue: 'jane@example.com', type: 'to' },
						{ identifierKey: 'emailaddress', identifierValue: 'ops@example.com', type: 'cc' },
						{ identifierKey: 'emailaddress', identifierValue: 'audit@example.com', type: 'bcc' },
					],
				},
				body: {
					type: 'html',
					html: {
						html: '<h1>Hi Jane</h1>',
						text: 'Hi Jane',
						metadata: { subject: 'Welcome', emailFrom: { username: 'noreply', displayName: 'Acme' } },
					},
				},
			},
		]);
		expect(outputOf(result)).toEqual([{ json: [...ctx.bird.messages.values()][0], pairedItem: { item: 0 } }]);
	});

	it('sends a template with typed parameters', async () => {
		const result = await ctx.run({
			...SEND,
			channel: channelById(BIRD_CHANNELS.whatsapp.id),
			receivers: smsTo('+31612345678'),
			content: 'template',
			templateProjectId: 'f1e2d3c4-0000-4000-8000-000000000010',
			templateVersion: 'latest',
			templateLocale: 'nl',
			templateParameters: {
				parameter: [
					{ key: 'name', type: 'string', value: 'Jane' },
					{ key: 'items', type: 'number', value: '3' },
					{ key: 'vip', type: 'boolean', value: 'true' },
					{ key: 'address', type: 'object', value: '{"city":"Amsterdam"}' },
				],
			},
		});
		expect(result.error).toBeUndefined();
		expect(ctx.calls()[0].body).toEqual({
			receiver: { contacts: [{ identifierKey: 'phonenumber', identifierValue: '+31612345678' }] },
			template: {
				projectId: 'f1e2d3c4-0000-4000-8000-000000000010',
				version: 'latest',
				locale: 'nl',
				parameters: [
					{ type: 'string', key: 'name', value: 'Jane' },
					{ type: 'number', key: 'items', value: 3 },
					{ type: 'boolean', key: 'vip', value: true },
					{ type: 'object', key: 'address', value: { city: 'Amsterdam' } },
				],
			},
		});
		expect(outputOf(result)[0].json.status).toBe('accepted');
	});

	it('uploads an image from a binary field, then sends it with the media URL; the sandbox holds the same bytes', async () => {
		const result = await ctx.run(
			{ ...SEND, channel: SMS, receivers: smsTo('+15005550006'), content: 'image', mediaSource: 'binary', binaryPropertyName: 'photo', altText: 'A dot', caption: 'Look' },
			[{ json: {}, binary: { photo: { base64: PNG_BASE64, fileName: 'dot.png', mimeType: 'image/png' } } }],
		);
		expect(result.error).toBeUndefined();
		const log = ctx.log();
		expect(log.map((entry) => [entry.method, entry.path, entry.status])).toEqual([
			['POST', `${WS}/channel-media/presigned-upload`, 200],
			['POST', '/storage-upload', 204],
			['POST', `${WS}/channels/${BIRD_CHANNELS.sms.id}/messages`, 202],
		]);
		expect(JSON.parse(log[0].body)).toEqual({ contentType: 'image/png' });
		expect(log[0].headers.authorization).toBe(`AccessKey ${BIRD_ACCESS_KEY}`);
		// The storage gets the form only: no access key, a multipart body with the issued fields and the file last.
		expect(log[1].headers.authorization).toBeUndefined();
		expect(log[1].headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
		const fieldNames = [...log[1].body.matchAll(/Content-Disposition: form-data; name="([^"]+)"/g)].map((match) => match[1]);
		expect(fieldNames).toEqual(['Content-Type', 'acl', 'bucket', 'key', 'policy', 'x-amz-algorithm', 'x-amz-credential', 'x-amz-date', 'x-amz-signature', 'file']);
		expect(log[1].body).toContain('Content-Disposition: form-data; name="file"; filename="dot.png"\r\nContent-Type: image/png\r\n');
		const [media] = [...ctx.bird.media.entries()];
		const mediaUrl = `${ctx.sandbox.url}/bird/media/${String(ctx.credentials().workspaceId)}/${media[0]}`;
		expect(JSON.parse(log[2].body)).toEqual({
			receiver: { contacts: [{ identifierKey: 'phonenumber', identifierValue: '+15005550006' }] },
			body: { type: 'image', image: { images: [{ mediaUrl, altText: 'A dot' }], text: 'Look' } },
		});
		expect(media[1]).toEqual({ contentType: 'image/png', fileName: 'dot.png', data: Buffer.from(PNG_BASE64, 'base64') });
		const served = await fetch(mediaUrl);
		expect(served.status).toBe(200);
		expect(served.headers.get('content-type')).toBe('image/png');
		expect(Buffer.from(await served.arrayBuffer())).toEqual(Buffer.from(PNG_BASE64, 'base64'));
		expect(outputOf(result)).toEqual([{ json: [...ctx.bird.messages.values()][0], pairedItem: { item: 0 } }]);
	});

	it('attaches binary files to an HTML e-mail through the upload flow', async () => {
		const result = await ctx.run(
			{
				...SEND,
				channel: EMAIL,
				receivers: { receiver: [{ identifyBy: 'identifier', identifierKey: 'emailaddress', identifierValue: 'jane@example.com' }] },
				content: 'html',
				subject: 'Your invoice',
				html: '<p>Attached.</p>',
				emailOptions: { attachmentProperties: 'invoice' },
			},
			[{ json: {}, binary: { invoice: { text: '%PDF-1.4 sandbox', fileName: 'invoice.pdf', mimeType: 'application/pdf' } } }],
		);
		expect(result.error).toBeUndefined();
		const [mediaId, media] = [...ctx.bird.media.entries()][0];
		expect(media.data.toString()).toBe('%PDF-1.4 sandbox');
		expect(ctx.calls()[2].body).toEqual({
			receiver: { contacts: [{ identifierKey: 'emailaddress', identifierValue: 'jane@example.com' }] },
			body: {
				type: 'html',
				html: {
					html: '<p>Attached.</p>',
					metadata: { subject: 'Your invoice' },
					attachments: [{ mediaUrl: `${ctx.sandbox.url}/bird/media/${String(ctx.credentials().workspaceId)}/${mediaId}`, filename: 'invoice.pdf' }],
				},
			},
		});
	});

	it('sends a file by URL and a message to a contact ID', async () => {
		const contact = ctx.bird.seedContact([{ key: 'phonenumber', value: '+31687654321' }], 'Piet');
		const result = await ctx.run({
			...SEND,
			channel: SMS,
			receivers: { receiver: [{ identifyBy: 'contactId', contactId: contact.id }] },
			content: 'file',
			mediaSource: 'url',
			mediaUrl: 'https://example.com/terms.pdf',
			fileContentType: 'application/pdf',
			fileName: 'terms.pdf',
		});
		expect(result.error).toBeUndefined();
		expect(ctx.calls()[0].body).toEqual({
			receiver: { contacts: [{ id: contact.id }] },
			body: { type: 'file', file: { files: [{ mediaUrl: 'https://example.com/terms.pdf', contentType: 'application/pdf', filename: 'terms.pdf' }] } },
		});
	});

	it('sends a custom JSON body as given', async () => {
		const body = { type: 'location', location: { coordinates: { latitude: 52.37, longitude: 4.9 } } };
		const result = await ctx.run({ ...SEND, channel: SMS, receivers: smsTo('+31612345678'), content: 'json', messageJson: JSON.stringify({ body }) });
		expect(result.error).toBeUndefined();
		expect(ctx.calls()[0].body).toEqual({ receiver: { contacts: [{ identifierKey: 'phonenumber', identifierValue: '+31612345678' }] }, body });
	});

	it('sends a message scheduled in the past at once and says so in the output', async () => {
		const scheduledFor = rfc3339(Date.now() - 60 * 60 * 1000);
		const result = await ctx.run({ ...SEND, channel: SMS, receivers: smsTo('+31612345678'), content: 'text', text: 'Late', options: { scheduledFor } });
		expect(result.error).toBeUndefined();
		const [stored] = [...ctx.bird.messages.values()];
		expect(stored.status).toBe('accepted');
		expect(outputOf(result)).toEqual([
			{
				json: { ...stored, notice: `Scheduled For (${scheduledFor}) is in the past, so Bird sends the message at once instead of scheduling it.` },
				pairedItem: { item: 0 },
			},
		]);
	});

	describe('rejects bad input before any request, naming the field and the item', () => {
		const base = { ...SEND, channel: SMS, receivers: smsTo('+31612345678'), content: 'text', text: 'Hi' };
		const cases: Array<[string, Record<string, unknown>, RegExp]> = [
			['body and template both', { content: 'json', messageJson: '{"body":{"type":"text","text":{"text":"a"}},"template":{"projectId":"p","version":"latest","locale":"en"}}' }, /^Message JSON: has both "body" and "template" \[item 0\]$/],
			['neither body nor template', { content: 'json', messageJson: '{}' }, /^Message JSON: has neither "body" nor "template" \[item 0\]$/],
			['more than 10 tags', { options: { tags: 'a,b,c,d,e,f,g,h,i,j,k' } }, /^Tags: has 11 tags; Bird takes at most 10 \[item 0\]$/],
			['a tag outside the pattern', { options: { tags: 'ok, not#ok' } }, /^Tags: "not#ok" is not a valid tag \[item 0\]$/],
			['a schedule that is not RFC 3339', { options: { scheduledFor: '2026-01-01 10:00' } }, /^Scheduled For: "2026-01-01 10:00" is not an RFC 3339 time \[item 0\]$/],
			['a schedule that is not a real date', { options: { scheduledFor: '2026-02-30T10:00:00Z' } }, /^Scheduled For: "2026-02-30T10:00:00Z" is not a real date and time \[item 0\]$/],
			['a picked schedule that is not a real date', { options: { scheduledFor: '2026-02-30T10:00:00' } }, /^Scheduled For: "2026-02-30T10:00:00" is not a real date and time \[item 0\]$/],
			['a schedule more than 35 days ahead', { options: { scheduledFor: rfc3339(Date.now() + 36 * DAY) } }, /^Scheduled For: ".*" is more than 35 days ahead; Bird rejects such messages \[item 0\]$/],
			['a malformed phone number', { receivers: smsTo('0612345678') }, /^Receivers \(receiver 1\) Identifier Value: "0612345678" is not a phone number in international format \[item 0\]$/],
			[
				'a malformed e-mail address',
				{ channel: EMAIL, receivers: { receiver: [{ identifyBy: 'identifier', identifierKey: 'emailaddress', identifierValue: 'jane.example.com' }] } },
				/^Receivers \(receiver 1\) Identifier Value: "jane.example.com" is not an e-mail address \[item 0\]$/,
			],
			[
				'several receivers on a non-e-mail identifier',
				{ receivers: { receiver: [...(smsTo('+31612345678').receiver as object[]), ...(smsTo('+31612345679').receiver as object[])] } },
				/^Receivers: has several receivers, not all of them e-mail addresses or contact IDs \[item 0\]$/,
			],
			['a missing binary field', { content: 'image', mediaSource: 'binary', binaryPropertyName: 'photo' }, /^Input Binary Field: the input item has no binary property "photo" \[item 0\]$/],
			['no receivers', { receivers: {} }, /^Receivers: is empty \[item 0\]$/],
			['a template number that is not a number', { content: 'template', templateProjectId: 'p', templateParameters: { parameter: [{ key: 'n', type: 'number', value: 'three' }] } }, /^Template Parameters \(parameter 1\) Value: "three" is not a number \[item 0\]$/],
		];
		it.each(cases)('%s', async (_name, change, message) => {
			const result = await ctx.run({ ...base, ...change });
			expect(result.error?.message).toMatch(message);
			expect((result.error as { description?: string }).description).toEqual(expect.any(String));
			expect(ctx.log()).toEqual([]);
		});
	});

	describe('API errors', () => {
		it('422: Bird\'s message with every field detail', async () => {
			const result = await ctx.run({
				...SEND,
				channel: SMS,
				receivers: { receiver: [{ identifyBy: 'contactId', contactId: 'no-such-contact' }] },
				content: 'json',
				messageJson: JSON.stringify({ body: { type: 'html', html: { html: '<p>x</p>' } } }),
			});
			expect(result.error?.message).toBe('Bird Send Message failed: One or more fields provided in the request body are malformed (MalformedRequest) [item 0]');
			const description = (result.error as { description?: string }).description ?? '';
			expect(description).toContain('.receiver.contacts[0].id: Contact not found');
			expect(description).toContain('.body.type: Body type html is not supported on sms-messagebird');
			expect(ctx.log().map((entry) => entry.status)).toEqual([422]);
		});

		it('404: unknown channel', async () => {
			const result = await ctx.run({ ...SEND, channel: channelById('00000000-0000-4000-8000-00000000dead'), receivers: smsTo('+31612345678'), content: 'text', text: 'Hi' });
			expect(result.error?.message).toBe('Bird Send Message failed: Channel not found (NotFound) [item 0]');
		});

		it('401: wrong access key, and the key never shows', async () => {
			const wrongKey = 'bird-wrong-AccessKey-000111222';
			const result = await ctx.run(
				{ ...SEND, channel: SMS, receivers: smsTo('+31612345678'), content: 'text', text: 'Hi' },
				[{ json: {} }],
				{ continueOnFail: true, credentials: { ...ctx.credentials(), accessKeySecret: wrongKey } },
			);
			const [item] = outputOf(result);
			expect(item.json.error).toBe('Bird Send Message failed: The request is missing a valid access key (Unauthorized) [item 0]');
			expect(item.json.description).toContain('Check the access key in the credential');
			expect(item.json.httpCode).toBe('401');
			expect(JSON.stringify(result.run.data)).not.toContain(wrongKey);
			expect(ctx.bird.messages.size).toBe(0);
		});

		it('429: retried after the back-off, sent once', async () => {
			ctx.sandbox.injectFault({ provider: 'bird', path: /\/messages$/, times: 2, respond: { status: 429, headers: { 'Content-Type': 'application/json', 'Retry-After': '0' }, body: '{"code":"TooManyRequests","message":"Rate limit exceeded"}' } });
			const result = await ctx.run({ ...SEND, channel: SMS, receivers: smsTo('+31612345678'), content: 'text', text: 'Hi' });
			expect(result.error).toBeUndefined();
			expect(ctx.log().map((entry) => [entry.status, entry.processed])).toEqual([[429, false], [429, false], [202, true]]);
			expect(ctx.bird.messages.size).toBe(1);
			expect(outputOf(result)).toEqual([{ json: [...ctx.bird.messages.values()][0], pairedItem: { item: 0 } }]);
		});

		it('a connection cut after Bird processed the send: not repeated, and the error says to check first', async () => {
			ctx.sandbox.injectFault({ provider: 'bird', path: /\/messages$/, process: true, reset: true });
			const result = await ctx.run({ ...SEND, channel: SMS, receivers: smsTo('+31612345678'), content: 'text', text: 'Hi' });
			expect(result.error?.message).toMatch(/^Bird gave no complete answer to Send Message \(\w+\) \[item 0\]$/);
			expect((result.error as { description?: string }).description).toContain('so it was not sent again');
			expect(ctx.log()).toHaveLength(1);
			expect(ctx.bird.messages.size).toBe(1);
		});

		it('429 that persists: fails after the retries, saying it was not processed', async () => {
			ctx.sandbox.injectFault({ provider: 'bird', times: 10, respond: { status: 429, headers: { 'Content-Type': 'application/json', 'Retry-After': '0' }, body: '{"code":"TooManyRequests","message":"Rate limit exceeded"}' } });
			const result = await ctx.run({ ...SEND, channel: SMS, receivers: smsTo('+31612345678'), content: 'text', text: 'Hi' });
			expect(result.error?.message).toBe('Bird Send Message failed: Rate limit exceeded (TooManyRequests) [item 0]');
			expect((result.error as { description?: string }).description).toContain('Bird did not process the request; it was tried 4 times');
			expect(ctx.log()).toHaveLength(4);
		});
	});

	it('continues on fail with one output item per input item, in order, each with its pairedItem', async () => {
		const result = await ctx.run(
			{ ...SEND, channel: SMS, receivers: { receiver: [{ identifyBy: 'identifier', identifierKey: 'phonenumber', identifierValue: '={{ $json.phone }}' }] }, content: 'text', text: '=Hi {{ $json.name }}' },
			[{ json: { phone: '+31611111111', name: 'A' } }, { json: { phone: 'nope', name: 'B' } }, { json: { phone: '+31633333333', name: 'C' } }],
			{ continueOnFail: true },
		);
		expect(result.error).toBeUndefined();
		const output = outputOf(result);
		const stored = [...ctx.bird.messages.values()];
		expect(output).toEqual([
			{ json: stored[0], pairedItem: { item: 0 } },
			{
				json: {
					error: 'Receivers (receiver 1) Identifier Value: "nope" is not a phone number in international format [item 1]',
					description: 'Write the number with + and the country code and no spaces, e.g. +31612345678.',
				},
				pairedItem: { item: 1 },
			},
			{ json: stored[1], pairedItem: { item: 2 } },
		]);
		expect(ctx.calls().map((call) => (call.body as { body: { text: { text: string } } }).body.text.text)).toEqual(['Hi A', 'Hi C']);
	});
});
