/**
 * Attachments are encoded straight into the request body (issue 9): the provider must still receive exactly the bytes
 * the inline build writes, with an exact Content-Length, and a retry must send the whole body again.
 */
import { mock } from 'jest-mock-extended';
import type { IDataObject, IExecuteFunctions, IHttpRequestOptions, INode } from 'n8n-workflow';

import { base64Of, buildXml, type XmlElement } from '../../../nodes/shared/codec';
import { providerRequest, type ProviderProfile } from '../../../nodes/shared/transport';
import { EXPERTSENDER_API_KEY, ExpertSenderProvider } from '../../../sandbox/providers/expertsender';
import { MappProvider } from '../../../sandbox/providers/mapp';
import { runWorkflow } from '../../harness/engine';
import { useSandbox } from '../../harness/sandbox';
import { bytes } from '../../harness/bytes';

const expertSender = new ExpertSenderProvider();
const mapp = new MappProvider();
const { sandbox, credentials } = useSandbox([expertSender, mapp]);


const MB = 1024 * 1024;
// 3 MB and sizes that are 1 and 2 mod 3, so that the last slice of each is a partial group.
const BIG = bytes(3 * MB, 1);
const ODD = bytes(MB + 1, 2);
const ODDER = bytes(200_000 + 2, 3);

const KEY = EXPERTSENDER_API_KEY.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const ES_START =
	'<ApiRequest xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xs="http://www.w3.org/2001/XMLSchema">';

async function runNode(type: string, credential: string, parameters: IDataObject, binary: Record<string, { data: Buffer; fileName: string; mimeType: string }>) {
	const items = [
		{
			json: {},
			binary: Object.fromEntries(
				Object.entries(binary).map(([name, file]) => [name, { base64: file.data.toString('base64'), fileName: file.fileName, mimeType: file.mimeType }]),
			),
		},
	];
	const run = await runWorkflow({
		credentials,
		nodes: [
			{ name: 'Items', type: 'test.items', parameters: { items: JSON.stringify(items) } },
			{ name: 'Node', type: `n8n-nodes-messaging-suite.${type}`, parameters, credentials: { [credential]: { id: '1', name: 'sandbox' } } },
		],
	});
	expect(run.error).toBeUndefined();
	return run.output('Node');
}

function expectExactBody(entry: { body: string; headers: Record<string, string | undefined> }, expected: string) {
	// Compared as lengths first: a mismatch in a 4 MB string is unreadable in a failure message.
	expect(entry.body.length).toBe(expected.length);
	expect(entry.body === expected).toBe(true);
	expect(entry.headers['content-length']).toBe(String(Buffer.byteLength(expected)));
	expect(entry.headers['transfer-encoding']).toBeUndefined();
}

describe('shared transport: large attachments', () => {
	const esParameters = {
		resource: 'transactional',
		operation: 'send',
		messageId: '123',
		receiverEmail: 'patrick@mydomain.com',
		attachments: { attachment: [{ binaryPropertyName: 'big' }, { binaryPropertyName: 'odd' }, { binaryPropertyName: 'odder' }] },
	};
	const esFiles = {
		big: { data: BIG, fileName: 'big.pdf', mimeType: 'application/pdf' },
		odd: { data: ODD, fileName: 'odd.bin', mimeType: 'application/octet-stream' },
		odder: { data: ODDER, fileName: 'odder.png', mimeType: 'image/png' },
	};
	const attachment = (name: string, type: string, data: Buffer) =>
		`<Attachment><FileName>${name}</FileName><MimeType>${type}</MimeType><Content>${data.toString('base64')}</Content></Attachment>`;
	const esExpected =
		`${ES_START}<ApiKey>${KEY}</ApiKey><Data><Receiver><Email>patrick@mydomain.com</Email></Receiver><Attachments>` +
		attachment('big.pdf', 'application/pdf', BIG) +
		attachment('odd.bin', 'application/octet-stream', ODD) +
		attachment('odder.png', 'image/png', ODDER) +
		'</Attachments></Data></ApiRequest>';

	it('sends XML with a 3 MB attachment byte for byte as the inline build, with an exact Content-Length', async () => {
		const output = await runNode('expertSender', 'expertSenderApi', esParameters, esFiles);
		expect(output).toEqual([{ json: { success: true, messageId: 123 }, pairedItem: { item: 0 } }]);
		const [entry] = sandbox.requests('expertsender');
		expectExactBody(entry, esExpected);
		expect(expertSender.sent[0].attachments.map((file) => file.content.equals(esFiles[file.fileName.split('.')[0] as 'big'].data))).toEqual([true, true, true]);
	});

	it('sends the whole body again on a retry after an answer that says it was not processed', async () => {
		sandbox.injectFault({ provider: 'expertsender', path: 'Transactionals', respond: { status: 429, body: '' } });
		const output = await runNode('expertSender', 'expertSenderApi', esParameters, esFiles);
		expect(output).toEqual([{ json: { success: true, messageId: 123 }, pairedItem: { item: 0 } }]);
		const entries = sandbox.requests('expertsender');
		expect(entries.map((entry) => [entry.status, entry.processed])).toEqual([
			[429, false],
			[201, true],
		]);
		for (const entry of entries) expectExactBody(entry, esExpected);
		expect(expertSender.sent).toHaveLength(1);
	});

	it.each(['rest', 'soap'])('sends JSON and SOAP with a 3 MB attachment byte for byte as the inline build (%s)', async (api) => {
		const output = await runNode(
			'mappEngage',
			'mappEngageApi',
			{ api, resource: 'message', operation: 'sendPrepared', messageId: '23541', recipientBy: 'contactId', recipientId: '33457', options: { attachments: 'big, odd' } },
			{ big: esFiles.big, odd: esFiles.odd },
		);
		expect(output[0].json).toMatchObject({
			sent: true,
			attachments: [
				{ name: 'big.pdf', contentType: 'application/pdf', size: BIG.length },
				{ name: 'odd.bin', contentType: 'application/octet-stream', size: ODD.length },
			],
		});
		const [entry] = sandbox.requests('mapp');
		const expected =
			api === 'rest'
				? JSON.stringify({
						parameters: [],
						attachments: [
							{ name: 'big.pdf', contentType: 'application/pdf', content: BIG.toString('base64') },
							{ name: 'odd.bin', contentType: 'application/octet-stream', content: ODD.toString('base64') },
						],
					})
				: '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ecm="http://ecircle.com/developer/ecmapi">' +
					'<soapenv:Header/><soapenv:Body><ecm:messageSendSingle><messageId>23541</messageId><recipientId>33457</recipientId><additionalContent>' +
					`<attachments><name>big.pdf</name><contentType>application/pdf</contentType><content>${BIG.toString('base64')}</content></attachments>` +
					`<attachments><name>odd.bin</name><contentType>application/octet-stream</contentType><content>${ODD.toString('base64')}</content></attachments>` +
					'</additionalContent></ecm:messageSendSingle></soapenv:Body></soapenv:Envelope>';
		expectExactBody(entry, expected);
		expect(mapp.sendouts[0].attachments.map((file) => file.content)).toEqual([BIG.toString('base64'), ODD.toString('base64')]);
	});
});

describe('shared transport: the body handed to the HTTP helper', () => {
	const profile: ProviderProfile = {
		name: 'Probe',
		credentialType: 'testProbeApi',
		secrets: () => [],
		parseError: () => undefined,
		isNotProcessed: ({ statusCode }) => statusCode === 429,
		retry: { baseDelayMs: 1, maxDelayMs: 2 },
	};

	async function capture(value: XmlElement, statuses: number[]) {
		const sent: IHttpRequestOptions[] = [];
		const context = mock<IExecuteFunctions>();
		context.getNode.mockReturnValue(mock<INode>({ name: 'Probe' }));
		context.getCredentials.mockResolvedValue({});
		const helpers = {
			httpRequestWithAuthentication: jest.fn(async (_type: string, options: IHttpRequestOptions) => {
				sent.push(options);
				return { statusCode: statuses[sent.length - 1], headers: {}, body: Buffer.alloc(0) };
			}),
		};
		(context as unknown as { helpers: typeof helpers }).helpers = helpers;
		const response = await providerRequest.call(context, profile, {
			operation: 'Probe Call',
			method: 'POST',
			url: 'http://127.0.0.1:9/xml',
			body: { xml: { root: 'Request', value } },
			response: 'text',
		});
		return { response, sent };
	}

	it('is one buffer of the exact bytes, encoded once and sent again whole on every attempt', async () => {
		const expected = Buffer.from(buildXml('Request', { Name: 'a & b', Content: BIG.toString('base64') }));
		const { response, sent } = await capture({ Name: 'a & b', Content: base64Of(BIG) }, [429, 429, 200]);
		expect(response.attempts).toBe(3);
		expect(sent).toHaveLength(3);
		const [first] = sent;
		expect(Buffer.isBuffer(first.body)).toBe(true);
		expect((first.body as Buffer).equals(expected)).toBe(true);
		for (const options of sent) {
			expect(options.body).toBe(first.body);
			expect(options.headers).toMatchObject({ 'Content-Type': 'text/xml; charset=utf-8' });
		}
	});

	it('is the UTF-8 bytes of the document text when there is no binary content to write', async () => {
		for (const [value, inline] of [
			[{ Content: base64Of(Buffer.alloc(0)) }, { Content: '' }],
			[{ Name: 'x', Note: 'a & b é' }, { Name: 'x', Note: 'a & b é' }],
		] as Array<[XmlElement, XmlElement]>) {
			const { sent } = await capture(value, [200]);
			expect(Buffer.isBuffer(sent[0].body)).toBe(true);
			expect((sent[0].body as Buffer).toString('utf8')).toBe(buildXml('Request', inline));
		}
	});
});
