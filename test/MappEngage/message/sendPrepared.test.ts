import { emptyResponse, jsonResponse } from '../../../sandbox/framework';
import { MappProvider } from '../../../sandbox/providers/mapp';
import { APIS, restCall, runMapp, soapCall, useMappSandbox, wire, type Api } from '../helpers';

const PDF_BASE64 = Buffer.from('%PDF-1.4 invoice 42').toString('base64');

describe.each(APIS)('Message › Send Prepared Message over %s', (api: Api) => {
	const { sandbox, provider, credentials } = useMappSandbox();
	const requests = () => sandbox.requests('mapp').map(wire);
	const call = (rest: ReturnType<typeof restCall>, soap: ReturnType<typeof soapCall>) => (api === 'rest' ? rest : soap);
	const sendPath = api === 'rest' ? /message\/send/ : /soap/;

	it('looks the contact up by email (contact/get), then sends the prepared email with parameters (message/sendSingle), as "Sending a Single Prepared Email" describes', async () => {
		const result = await runMapp(credentials(), {
			api,
			resource: 'message',
			operation: 'sendPrepared',
			messageId: '23541',
			recipientBy: 'identifier',
			identifierType: 'EMAIL',
			identifierValue: 'j.mcexample@example.com',
			parameters: { pairs: [{ name: 'FirstName', value: 'John' }, { name: 'OrderNo', value: 'A-17 & <b>' }] },
		});
		expect(result.error).toBeUndefined();
		expect(result.output('Mapp')).toEqual([
			{
				json: {
					sent: true,
					messageId: '23541',
					contactId: '33457',
					identifierType: 'EMAIL',
					identifierValue: 'j.mcexample@example.com',
					parameters: [
						{ name: 'FirstName', value: 'John' },
						{ name: 'OrderNo', value: 'A-17 & <b>' },
					],
					attachments: [],
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(requests()).toEqual([
			call(
				restCall('/contact/get', {}, { type: 'EMAIL', value: 'j.mcexample@example.com' }),
				soapCall('contactGet', '<identifier><type>EMAIL</type><value>j.mcexample@example.com</value></identifier>'),
			),
			call(
				restCall('/message/sendSingle', { messageId: '23541', recipientId: '33457' }, {
					parameters: [
						{ name: 'FirstName', value: 'John' },
						{ name: 'OrderNo', value: 'A-17 & <b>' },
					],
				}),
				soapCall(
					'messageSendSingle',
					'<messageId>23541</messageId><recipientId>33457</recipientId><additionalContent><parameters><name>FirstName</name><value>John</value></parameters><parameters><name>OrderNo</name><value>A-17 &amp; &lt;b&gt;</value></parameters></additionalContent>',
				),
			),
		]);
		expect(sandbox.requests('mapp')[1].status).toBe(api === 'rest' ? 204 : 200);
		expect(provider.sendouts).toEqual([
			{
				method: 'sendSingle',
				messageId: 23541,
				contactId: 33457,
				parameters: [
					{ name: 'FirstName', value: 'John' },
					{ name: 'OrderNo', value: 'A-17 & <b>' },
				],
				attachments: [],
			},
		]);
		// Mapp adds the recipient to the prepared message's group.
		expect(provider.groups.get(1200)?.get(33457)).toBe('OPT_IN');
	});

	it('sends the prepared SMS to a contact found by mobile number, with an empty additional content', async () => {
		const result = await runMapp(credentials(), {
			api,
			resource: 'message',
			operation: 'sendPrepared',
			messageId: '23542',
			recipientBy: 'identifier',
			identifierType: 'MOBILE',
			identifierValue: '48505606707',
		});
		expect(result.error).toBeUndefined();
		expect(result.output('Mapp')[0].json).toEqual({
			sent: true,
			messageId: '23542',
			contactId: '33457',
			identifierType: 'MOBILE',
			identifierValue: '48505606707',
			parameters: [],
			attachments: [],
		});
		expect(requests()[1]).toEqual(
			call(
				restCall('/message/sendSingle', { messageId: '23542', recipientId: '33457' }, { parameters: [] }),
				soapCall('messageSendSingle', '<messageId>23542</messageId><recipientId>33457</recipientId><additionalContent/>'),
			),
		);
	});

	it('sends to a contact ID in one request, with binary attachments and a sender profile', async () => {
		const result = await runMapp(
			credentials(),
			{
				api,
				resource: 'message',
				operation: 'sendPrepared',
				messageId: '23541',
				recipientBy: 'contactId',
				recipientId: '33457',
				options: { attachments: 'invoice, note', senderProfileName: 'tls-profile' },
			},
			{
				items: [
					{
						json: {},
						binary: {
							invoice: { base64: PDF_BASE64, fileName: 'invoice.pdf', mimeType: 'application/pdf' },
							note: { text: 'thanks', fileName: 'note.txt', mimeType: 'text/plain' },
						},
					},
				],
			},
		);
		expect(result.error).toBeUndefined();
		expect(result.output('Mapp')).toEqual([
			{
				json: {
					sent: true,
					messageId: '23541',
					contactId: '33457',
					senderProfileName: 'tls-profile',
					parameters: [],
					attachments: [
						{ name: 'invoice.pdf', contentType: 'application/pdf', size: 19 },
						{ name: 'note.txt', contentType: 'text/plain', size: 6 },
					],
				},
				pairedItem: { item: 0 },
			},
		]);
		const noteBase64 = Buffer.from('thanks').toString('base64');
		expect(requests()).toEqual([
			call(
				restCall('/message/sendSingle', { messageId: '23541', recipientId: '33457', senderProfileName: 'tls-profile' }, {
					parameters: [],
					attachments: [
						{ name: 'invoice.pdf', contentType: 'application/pdf', content: PDF_BASE64 },
						{ name: 'note.txt', contentType: 'text/plain', content: noteBase64 },
					],
				}),
				soapCall(
					'messageSendSingle',
					`<messageId>23541</messageId><recipientId>33457</recipientId><additionalContent><attachments><name>invoice.pdf</name><contentType>application/pdf</contentType><content>${PDF_BASE64}</content></attachments><attachments><name>note.txt</name><contentType>text/plain</contentType><content>${noteBase64}</content></attachments></additionalContent><senderProfileName>tls-profile</senderProfileName>`,
				),
			),
		]);
		expect(provider.sendouts[0].attachments.map((attachment) => Buffer.from(attachment.content, 'base64').toString())).toEqual([
			'%PDF-1.4 invoice 42',
			'thanks',
		]);
	});

	it('stops at the lookup when the contact does not exist: nothing is sent', async () => {
		const result = await runMapp(credentials(), {
			api,
			resource: 'message',
			operation: 'sendPrepared',
			messageId: '23541',
			recipientBy: 'identifier',
			identifierType: 'EMAIL',
			identifierValue: 'nobody.here@example.com',
		});
		expect(result.error?.message).toBe(
			'Mapp Engage Send Prepared Message failed: Contact with identifier=nobody.here@example.com does not exist. (NO_SUCH_OBJECT) [item 0]',
		);
		expect(sandbox.requests('mapp')).toHaveLength(1);
		expect(provider.sendouts).toEqual([]);
	});

	it('names Mapp\'s error for an unknown message, sent once (a 400 or a SOAP fault is an answer)', async () => {
		const result = await runMapp(credentials(), {
			api,
			resource: 'message',
			operation: 'sendPrepared',
			messageId: '99999',
			recipientBy: 'contactId',
			recipientId: '33457',
		});
		expect(result.error?.message).toBe(
			'Mapp Engage Send Prepared Message failed: Prepared message with messageId=99999 does not exist. (NO_SUCH_OBJECT) [item 0]',
		);
		expect(sandbox.requests('mapp')).toHaveLength(1);
	});

	it.each([
		[{ messageId: ' ' }, 'Message ID: is empty [item 0]'],
		[{ messageId: 'welcome' }, 'Message ID: "welcome" is not a number [item 0]'],
		[{ recipientId: '12ab' }, 'Contact ID: "12ab" is not a number [item 0]'],
		[{ options: { attachments: 'missing' } }, 'Options > Attachments: the input item has no binary property "missing" [item 0]'],
	])('rejects bad input %j before any request', async (override, message) => {
		const result = await runMapp(credentials(), {
			api,
			resource: 'message',
			operation: 'sendPrepared',
			messageId: '23541',
			recipientBy: 'contactId',
			recipientId: '33457',
			...override,
		});
		expect(result.error?.message).toBe(message);
		expect(sandbox.requests('mapp')).toEqual([]);
	});

	it.each([
		['as the API\'s own error answer', () => (api === 'rest' ? MappProvider.rateLimitResponse({ 'Retry-After': '0' }) : { status: 500, headers: { 'Content-Type': 'text/plain', 'Retry-After': '0' }, body: 'Database Access Limit Exceeded' })],
		['as a SOAP fault', () => MappProvider.soapRateLimitResponse({ 'Retry-After': '0' })],
	])('retries Mapp\'s rate limit (HTTP 500 "Database Access Limit Exceeded") %s, which was not processed', async (_, rateLimit) => {
		sandbox.injectFault({ provider: 'mapp', path: sendPath, respond: rateLimit() });
		const result = await runMapp(credentials(), {
			api,
			resource: 'message',
			operation: 'sendPrepared',
			messageId: '23541',
			recipientBy: 'contactId',
			recipientId: '33457',
		});
		expect(result.error).toBeUndefined();
		expect(result.output('Mapp')[0].json).toMatchObject({ sent: true, contactId: '33457' });
		expect(sandbox.requests('mapp').map((entry) => [entry.status, entry.processed])).toEqual([
			[500, false],
			[api === 'rest' ? 204 : 200, true],
		]);
		expect(provider.sendouts).toHaveLength(1);
	});

	it('does not repeat a send after another HTTP 500: it may have been processed', async () => {
		sandbox.injectFault({
			provider: 'mapp',
			path: sendPath,
			process: true,
			respond:
				api === 'rest'
					? jsonResponse(500, { errorActor: 'SERVER', errorCode: 'UNEXPECTED_ERROR', message: 'Internal error', errorId: 'e-77' })
					: { status: 500, headers: { 'Content-Type': 'text/plain' }, body: 'Internal error' },
		});
		const result = await runMapp(
			credentials(),
			{
				api,
				resource: 'message',
				operation: 'sendPrepared',
				messageId: '23541',
				recipientBy: 'contactId',
				recipientId: '={{ $json.id }}',
			},
			{ continueOnFail: true, items: [{ json: { id: '33457' } }, { json: { id: '33457' } }] },
		);
		expect(result.error).toBeUndefined();
		const output = result.output('Mapp');
		expect(output).toHaveLength(2);
		expect(output[0]).toMatchObject({
			json: {
				error:
					api === 'rest'
						? 'Mapp Engage Send Prepared Message failed: Internal error (UNEXPECTED_ERROR) [item 0]'
						: 'Mapp Engage Send Prepared Message failed: HTTP 500 with a body that could not be read (Internal error) [item 0]',
				httpCode: '500',
			},
			pairedItem: { item: 0 },
		});
		expect(output[1]).toMatchObject({ json: { sent: true, contactId: '33457' }, pairedItem: { item: 1 } });
		// One request per item: the ambiguous one was not sent again.
		expect(sandbox.requests('mapp')).toHaveLength(2);
		expect(provider.sendouts).toHaveLength(2);
	});

	it('fails the node on the first failed item without Continue On Fail, naming the item', async () => {
		sandbox.injectFault({ provider: 'mapp', path: sendPath, respond: emptyResponse(503) });
		const result = await runMapp(credentials(), {
			api,
			resource: 'message',
			operation: 'sendPrepared',
			messageId: '23541',
			recipientBy: 'contactId',
			recipientId: '33457',
		});
		expect(result.error?.message).toBe('Mapp Engage Send Prepared Message failed: HTTP 503 with no body [item 0]');
		expect(sandbox.requests('mapp')).toHaveLength(1);
	});
});
