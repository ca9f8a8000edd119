import { EXPERTSENDER_API_KEY, NO_SUCH_RECEIVER } from '../../../sandbox/providers/expertsender';
import { apiRequest, at, runExpertSender, useExpertSenderSandbox, wireRequest } from '../helpers';

const PDF = Buffer.from('%PDF-1.5 sandbox invoice').toString('base64');

describe('ExpertSender › Transactional › Send', () => {
	const state = useExpertSenderSandbox();

	it('sends to a receiver given by email with a plain and an HTML snippet (HTML in CDATA)', async () => {
		const run = await runExpertSender(state, {
			resource: 'transactional',
			operation: 'send',
			messageId: '123',
			receiverEmail: 'patrick@mydomain.com',
			snippets: {
				snippet: [
					{ name: 'helloMessage', value: '<b>Hello Patrick!</b> & welcome' },
					{ name: 'pointsNumber', value: '2076 & more' },
				],
			},
		});
		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([{ json: { success: true, messageId: 123 }, pairedItem: { item: 0 } }]);
		const [entry] = state.sandbox.requests('expertsender');
		expect([entry.method, entry.path, entry.query]).toEqual(['POST', '/v2/Api/Transactionals/123', {}]);
		expect(wireRequest(entry)).toEqual(
			apiRequest({
				Data: {
					Receiver: { Email: 'patrick@mydomain.com' },
					Snippets: {
						Snippet: [
							{ Name: 'helloMessage', Value: '<b>Hello Patrick!</b> & welcome' },
							{ Name: 'pointsNumber', Value: '2076 & more' },
						],
					},
				},
			}),
		);
		// The byte form matters here: HTML goes into CDATA, plain text is escaped.
		expect(entry.body).toContain('<Value><![CDATA[<b>Hello Patrick!</b> & welcome]]></Value>');
		expect(entry.body).toContain('<Value>2076 &amp; more</Value>');
		expect(entry.body).not.toMatch(/^<\?xml/);
		expect(state.provider.sent).toEqual([
			expect.objectContaining({
				kind: 'Transactionals',
				messageId: 123,
				subscriberId: 1001,
				snippets: [
					{ name: 'helloMessage', value: '<b>Hello Patrick!</b> & welcome' },
					{ name: 'pointsNumber', value: '2076 & more' },
				],
				attachments: [],
			}),
		]);
	});

	it('writes the receiver in documented order, lets the ID win, and puts the returned GUID in the output', async () => {
		const run = await runExpertSender(state, {
			resource: 'transactional',
			operation: 'send',
			messageId: '123',
			receiverId: '1001',
			receiverEmail: 'someone.else@example.com',
			receiverEmailMd5: 'D41D8CD98F00B204E9800998ECF8427E',
			options: { listId: '1', bcc: 'archive@example.com;audit@example.com', returnGuid: true },
		});
		expect(run.error).toBeUndefined();
		const [sent] = state.provider.sent;
		expect(sent).toEqual(expect.objectContaining({ subscriberId: 1001, listId: 1, bcc: 'archive@example.com;audit@example.com' }));
		expect(sent.guid).toMatch(/^[0-9a-f-]{36}$/);
		expect(run.items).toEqual([{ json: { success: true, messageId: 123, guid: sent.guid }, pairedItem: { item: 0 } }]);
		const [entry] = state.sandbox.requests('expertsender');
		expect(wireRequest(entry)).toEqual(
			apiRequest({
				Data: {
					ReturnGuid: 'true',
					Receiver: {
						Id: '1001',
						Email: 'someone.else@example.com',
						EmailMd5: 'd41d8cd98f00b204e9800998ecf8427e',
						ListId: '1',
						Bcc: 'archive@example.com;audit@example.com',
					},
				},
			}),
		);
		expect(entry.body).toContain('<Data><ReturnGuid>true</ReturnGuid><Receiver><Id>1001</Id><Email>');
	});

	it('attaches binary properties with their file names and the MIME types n8n knows, or the ones given', async () => {
		const run = await runExpertSender(
			state,
			{
				resource: 'transactional',
				operation: 'send',
				messageId: '123',
				receiverEmail: 'patrick@mydomain.com',
				attachments: {
					attachment: [
						{ binaryPropertyName: 'invoice' },
						{ binaryPropertyName: 'blob', fileName: 'export.bin' },
						{ binaryPropertyName: 'sheet', mimeType: 'text/csv' },
					],
				},
			},
			{
				items: [
					{
						json: {},
						binary: {
							invoice: { base64: PDF, fileName: 'invoice.pdf', mimeType: 'application/pdf' },
							blob: { base64: 'AAECAw==', fileName: 'raw.json' },
							sheet: { text: 'a;b\n1;2', fileName: 'sheet.txt', mimeType: 'text/plain' },
						},
					},
				],
			},
		);
		expect(run.error).toBeUndefined();
		const [entry] = state.sandbox.requests('expertsender');
		const attachments = at(wireRequest(entry), 'ApiRequest.Data.Attachments.Attachment');
		expect(attachments).toEqual([
			{ FileName: 'invoice.pdf', MimeType: 'application/pdf', Content: PDF },
			{ FileName: 'export.bin', MimeType: 'application/json', Content: 'AAECAw==' },
			{ FileName: 'sheet.txt', MimeType: 'text/csv', Content: Buffer.from('a;b\n1;2').toString('base64') },
		]);
		expect(state.provider.sent[0].attachments.map((a) => [a.fileName, a.mimeType, a.content.toString('base64')])).toEqual([
			['invoice.pdf', 'application/pdf', PDF],
			['export.bin', 'application/json', 'AAECAw=='],
			['sheet.txt', 'text/csv', Buffer.from('a;b\n1;2').toString('base64')],
		]);
	});

	it('rejects bad input before any request, naming the field and the item', async () => {
		const run = await runExpertSender(
			state,
			{
				resource: 'transactional',
				operation: 'send',
				messageId: '={{ $json.messageId ?? "123" }}',
				receiverEmail: '={{ $json.email ?? "" }}',
				snippets: { snippet: [{ name: '={{ $json.snippetName ?? "ok" }}', value: 'x' }] },
				attachments: {
					attachment: [
						{ binaryPropertyName: '={{ $json.file ?? "a" }}' },
						{ binaryPropertyName: 'b', fileName: '={{ $json.secondName ?? "b.txt" }}' },
					],
				},
			},
			{
				continueOnFail: true,
				items: [
					{ json: {} },
					{ json: { email: 'not-an-address' } },
					{ json: { email: 'patrick@mydomain.com', snippetName: '' } },
					{ json: { email: 'patrick@mydomain.com', file: 'missing' } },
					{ json: { email: 'patrick@mydomain.com', secondName: 'A.TXT' } },
					{ json: { email: 'patrick@mydomain.com', messageId: 'abc' } },
				].map((item) => ({
					...item,
					binary: { a: { text: 'one', fileName: 'a.txt' }, b: { text: 'two', fileName: 'b.txt' } },
				})),
			},
		);
		expect(run.error).toBeUndefined();
		expect(run.items.map((item) => [item.json.error, item.pairedItem])).toEqual([
			['Receiver: no Subscriber ID, Email or Email MD5 is given [item 0]', { item: 0 }],
			['Email: "not-an-address" is not an e-mail address [item 1]', { item: 1 }],
			['Snippets › Snippet 1 › Name: is empty [item 2]', { item: 2 }],
			['Attachments › Attachment 1 › Input Binary Field: the input item has no binary property "missing" [item 3]', { item: 3 }],
			['Attachments › Attachment 2 › File Name: the file name "A.TXT" is used twice in this message [item 4]', { item: 4 }],
			['Message ID: "abc" is not an ExpertSender ID [item 5]', { item: 5 }],
		]);
		expect(run.items[0].json.description).toBe(
			'Enter at least one of Subscriber ID, Email and Email MD5 to say who receives the message.',
		);
		expect(run.items[3].json.description).toBe('Use one of the binary properties the item has: a, b.');
		expect(state.sandbox.requests('expertsender')).toEqual([]);
	});

	it('stops the node on bad input without Continue On Fail, before anything is sent', async () => {
		const run = await runExpertSender(
			state,
			{ resource: 'transactional', operation: 'send', messageId: '123', receiverEmail: '={{ $json.email }}' },
			{ items: [{ json: { email: 'patrick@mydomain.com' } }, { json: { email: '' } }] },
		);
		expect(run.error?.message).toBe('Receiver: no Subscriber ID, Email or Email MD5 is given [item 1]');
		// Item 0 was valid and is sent; the node then stops at item 1.
		expect(state.sandbox.requests('expertsender')).toHaveLength(1);
	});

	it("gives ExpertSender's own error for an unknown or unsubscribed receiver and an inactive message, one output item each", async () => {
		const run = await runExpertSender(
			state,
			{
				resource: 'transactional',
				operation: 'send',
				messageId: '={{ $json.messageId }}',
				receiverEmail: '={{ $json.email }}',
			},
			{
				continueOnFail: true,
				items: [
					{ json: { messageId: 123, email: 'patrick@mydomain.com' } },
					{ json: { messageId: 123, email: 'gone@example.com' } },
					{ json: { messageId: 123, email: 'nobody@example.com' } },
					{ json: { messageId: 124, email: 'patrick@mydomain.com' } },
				],
			},
		);
		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([
			{ json: { success: true, messageId: 123 }, pairedItem: { item: 0 } },
			{
				json: {
					error: `ExpertSender Send Transactional failed: ${NO_SUCH_RECEIVER} (400) [item 1]`,
					description: 'HTTP 400.',
					httpCode: '400',
				},
				pairedItem: { item: 1 },
			},
			{
				json: {
					error: `ExpertSender Send Transactional failed: ${NO_SUCH_RECEIVER} (400) [item 2]`,
					description: 'HTTP 400.',
					httpCode: '400',
				},
				pairedItem: { item: 2 },
			},
			{
				json: {
					error: 'ExpertSender Send Transactional failed: Transactional message 124 does not exist or is not active. (400) [item 3]',
					description: 'HTTP 400.',
					httpCode: '400',
				},
				pairedItem: { item: 3 },
			},
		]);
		expect(state.sandbox.requests('expertsender').map((entry) => entry.status)).toEqual([201, 400, 400, 400]);
		expect(state.provider.sent).toHaveLength(1);
	});

	it('reports an unreadable 201 answer without sending the message again', async () => {
		state.sandbox.injectFault({
			provider: 'expertsender',
			path: '/v2/Api/Transactionals/123',
			process: true,
			respond: { status: 201, headers: { 'Content-Type': 'text/xml' }, body: '<ApiResponse><Data>c3a4bda9' },
		});
		const run = await runExpertSender(
			state,
			{
				resource: 'transactional',
				operation: 'send',
				messageId: '123',
				receiverEmail: 'patrick@mydomain.com',
				options: { returnGuid: true },
			},
			{ continueOnFail: true },
		);
		expect(run.items).toHaveLength(1);
		expect(run.items[0].json.error).toMatch(
			/^ExpertSender Send Transactional: The ExpertSender response to Send Transactional is not well-formed XML .* \[item 0\]$/,
		);
		expect(run.items[0].json.description).toMatch(/^The request was accepted \(HTTP 201\) but the answer could not be read, so its result is unknown; it was not sent again\./);
		expect(state.sandbox.requests('expertsender')).toHaveLength(1);
		expect(state.provider.sent).toHaveLength(1);
	});

	it('sends the key as the first child of ApiRequest, XML-escaped, and never in the URL', async () => {
		await runExpertSender(state, {
			resource: 'transactional',
			operation: 'send',
			messageId: '123',
			receiverId: '1001',
		});
		const [entry] = state.sandbox.requests('expertsender');
		expect(entry.query).toEqual({});
		expect(entry.body).toBe(
			'<ApiRequest xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xs="http://www.w3.org/2001/XMLSchema">' +
				`<ApiKey>${EXPERTSENDER_API_KEY.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</ApiKey>` +
				'<Data><Receiver><Id>1001</Id></Receiver></Data></ApiRequest>',
		);
	});

	it('sends a given attachment file name exactly as it is', async () => {
		const run = await runExpertSender(
			state,
			{
				resource: 'transactional',
				operation: 'send',
				messageId: '123',
				receiverEmail: 'patrick@mydomain.com',
				attachments: { attachment: [{ binaryPropertyName: 'data', fileName: ' invoice <1> & co.pdf ' }] },
			},
			{ items: [{ json: {}, binary: { data: { base64: PDF, fileName: 'invoice.pdf', mimeType: 'application/pdf' } } }] },
		);
		expect(run.error).toBeUndefined();
		expect(state.provider.sent[0].attachments.map((attachment) => attachment.fileName)).toEqual([' invoice <1> & co.pdf ']);
	});
});
