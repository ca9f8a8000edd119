import { parseXml } from '../../nodes/shared/codec';
import { EXPERTSENDER_API_KEY } from '../../sandbox/providers/expertsender';
import { at } from '../ExpertSender/helpers';
import { KEY, NS, useExpertSenderModule } from './expertsenderModule';

function subscriber(email: string, extra = ''): string {
	return `<Subscriber><Mode>AddAndUpdate</Mode><ListId>1</ListId><Email>${email}</Email>${extra}</Subscriber>`;
}

describe('ExpertSender sandbox module (strictness)', () => {
	const es = useExpertSenderModule();
	const { provider } = es;

	async function post(path: string, body: string, contentType = 'text/xml; charset=utf-8') {
		const response = await fetch(`${es.base}/${path}`, { method: 'POST', headers: { 'Content-Type': contentType }, body });
		return { status: response.status, text: await response.text() };
	}

	function errorOf(text: string): unknown {
		return at(parseXml(text), 'ApiResponse.ErrorMessage');
	}

	const send = (data: string) => `<ApiRequest ${NS}><ApiKey>${KEY}</ApiKey><Data>${data}</Data></ApiRequest>`;

	it.each([
		['an XML declaration', `<?xml version="1.0" encoding="UTF-8"?>${send('<Receiver><Id>1001</Id></Receiver>')}`, 400, 'The request must not start with an XML declaration.'],
		['no xs namespace', `<ApiRequest xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><ApiKey>${KEY}</ApiKey><Data/></ApiRequest>`, 400, 'ApiRequest must declare xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" and xmlns:xs="http://www.w3.org/2001/XMLSchema".'],
		['no API key', `<ApiRequest ${NS}><Data/></ApiRequest>`, 403, 'Api key is missing.'],
		['the key after Data', `<ApiRequest ${NS}><Data/><ApiKey>${KEY}</ApiKey></ApiRequest>`, 400, 'ApiKey must be the first element of ApiRequest.'],
		['a wrong key', `<ApiRequest ${NS}><ApiKey>nope</ApiKey><Data/></ApiRequest>`, 403, 'Api key is invalid.'],
		['receiver children out of order', send('<Receiver><Email>patrick@mydomain.com</Email><Id>1001</Id></Receiver>'), 400, 'Element Id is out of order in Receiver; expected order: Id, Email, EmailMd5, ListId, Bcc.'],
		['ReturnGuid after Receiver', send('<Receiver><Id>1001</Id></Receiver><ReturnGuid>true</ReturnGuid>'), 400, 'Element ReturnGuid is out of order in Data; expected order: ReturnGuid, Receiver, Snippets, Attachments.'],
		['no receiver identifier', send('<Receiver><ListId>1</ListId></Receiver>'), 400, 'One of Id, Email or EmailMd5 is required in Receiver.'],
		['a snippet without a name', send('<Receiver><Id>1001</Id></Receiver><Snippets><Snippet><Value>x</Value></Snippet></Snippets>'), 400, 'Snippet Name is required.'],
		['two attachments with one file name', send(`<Receiver><Id>1001</Id></Receiver><Attachments>${'<Attachment><FileName>a.pdf</FileName><Content>AAAA</Content></Attachment>'.repeat(2)}</Attachments>`), 400, 'Attachment file name a.pdf is not unique.'],
		['content that is not base64', send('<Receiver><Id>1001</Id></Receiver><Attachments><Attachment><FileName>a.pdf</FileName><Content>not base64!</Content></Attachment></Attachments>'), 400, 'Attachment a.pdf: Content must be Base64 encoded.'],
	])('refuses a transactional request with %s', async (_name, body, status, message) => {
		const response = await post('Transactionals/123', body);
		expect(response.status).toBe(status);
		expect(errorOf(response.text)).toEqual({ Code: String(status), Message: message });
		expect(provider.sent).toEqual([]);
	});

	it('refuses malformed XML, a JSON content type and a key in the query of a POST', async () => {
		const malformed = await post('Transactionals/123', `<ApiRequest ${NS}><ApiKey>${KEY}</ApiKey><Data>`);
		expect(malformed.status).toBe(400);
		expect(at(errorOf(malformed.text), 'Message')).toMatch(/^Request is not valid XML: /);
		const json = await post('Transactionals/123', send('<Receiver><Id>1001</Id></Receiver>'), 'application/json');
		expect(errorOf(json.text)).toEqual({ Code: '400', Message: 'Content type application/json is not supported; send text/xml.' });
		const inQuery = await post(`Transactionals/123?apiKey=${encodeURIComponent(EXPERTSENDER_API_KEY)}`, send('<Receiver><Id>1001</Id></Receiver>'));
		expect(errorOf(inQuery.text)).toEqual({ Code: '400', Message: 'For POST requests the API key belongs in the ApiKey element of the request body.' });
	});

	it('answers GET and DELETE only with the apiKey query parameter, and tells the server time', async () => {
		expect((await fetch(`${es.base}/Time`)).status).toBe(403);
		const time = await fetch(`${es.base}/Time?apiKey=${encodeURIComponent(EXPERTSENDER_API_KEY)}`);
		expect([time.status, at(parseXml(await time.text()), 'ApiResponse.Data')]).toEqual([200, '2026-01-15T10:00:00']);
		expect((await fetch(`${es.base}/Subscribers/1001`, { method: 'DELETE' })).status).toBe(403);
	});

	it('gives 201 with an empty body unless a GUID is asked for', async () => {
		const plain = await post('Transactionals/123', send('<Receiver><Id>1001</Id></Receiver>'));
		expect([plain.status, plain.text]).toEqual([201, '']);
		const withGuid = await post('Transactionals/123', send('<ReturnGuid>true</ReturnGuid><Receiver><Id>1001</Id></Receiver>'));
		expect(withGuid.status).toBe(201);
		expect(at(parseXml(withGuid.text), 'ApiResponse.Data')).toBe(provider.sent[1].guid);
	});

	it('takes one Data xsi:type="Subscriber" or MultiData of at most 100, and both error forms', async () => {
		const single = await post(
			'Subscribers',
			`<ApiRequest ${NS}><ApiKey>${KEY}</ApiKey><ReturnData>true</ReturnData><Data xsi:type="Subscriber"><Mode>AddAndUpdate</Mode><ListId>2</ListId><Email>solo@example.com</Email></Data></ApiRequest>`,
		);
		expect(single.status).toBe(201);
		expect(at(parseXml(single.text), 'ApiResponse.Data.SubscriberData')).toEqual({
			Email: 'solo@example.com',
			Id: String(provider.findByEmail('solo@example.com')!.id),
			WasAdded: 'true',
			WasIgnored: 'false',
		});
		const untyped = await post('Subscribers', `<ApiRequest ${NS}><ApiKey>${KEY}</ApiKey><Data>${subscriber('x@example.com')}</Data></ApiRequest>`);
		expect(errorOf(untyped.text)).toEqual({ Code: '400', Message: 'Data must have xsi:type="Subscriber".' });
		const many = Array.from({ length: 101 }, (_, index) => subscriber(`u${index}@example.com`)).join('');
		const tooMany = await post('Subscribers', `<ApiRequest ${NS}><ApiKey>${KEY}</ApiKey><MultiData>${many}</MultiData></ApiRequest>`);
		expect(errorOf(tooMany.text)).toEqual({ Code: '400', Message: 'Too many subscribers in one request (101); the limit is 100.' });
		const rows = subscriber('ok@example.com') + subscriber('bad-address') + '<Subscriber><ListId>1</ListId><Mode>AddAndUpdate</Mode><Email>late@example.com</Email></Subscriber>';
		const verbose = await post('Subscribers', `<ApiRequest ${NS}><ApiKey>${KEY}</ApiKey><VerboseErrors>true</VerboseErrors><MultiData>${rows}</MultiData></ApiRequest>`);
		expect(verbose.status).toBe(400);
		expect(errorOf(verbose.text)).toEqual({
			Code: '400',
			Messages: {
				Message: [
					{ '@for': 'Row 2', '#text': 'Email bad-address is invalid.' },
					{ '@for': 'Row 3', '#text': 'Element Mode is out of order in Subscriber; expected order: ' + 'Mode, Force, ListId, AllowUnsubscribed, AllowRemoved, MatchingMode, Id, Email, Phone, CustomSubscriberId, Firstname, Lastname, TrackingCode, Name, Vendor, Ip, Properties.' },
				],
			},
		});
		const terse = await post('Subscribers', `<ApiRequest ${NS}><ApiKey>${KEY}</ApiKey><MultiData>${rows}</MultiData></ApiRequest>`);
		expect(errorOf(terse.text)).toEqual({ Code: '400', Message: 'Email bad-address is invalid.' });
		// A request with a bad row adds none of its rows.
		expect(provider.findByEmail('ok@example.com')).toBeUndefined();
	});

	it('checks xsi:type of property values against the field and the value against the type', async () => {
		const body = (value: string) =>
			`<ApiRequest ${NS}><ApiKey>${KEY}</ApiKey><VerboseErrors>true</VerboseErrors><MultiData>${subscriber('p@example.com', `<Properties><Property><Id>1</Id>${value}</Property></Properties>`)}</MultiData></ApiRequest>`;
		expect(errorOf((await post('Subscribers', body('<Value>5</Value>'))).text)).toEqual({
			Code: '400',
			Messages: { Message: { '@for': 'Row 1', '#text': 'Property 1: Value must have an xsi:type.' } },
		});
		expect(errorOf((await post('Subscribers', body('<Value xsi:type="xs:int">five</Value>'))).text)).toEqual({
			Code: '400',
			Messages: { Message: { '@for': 'Row 1', '#text': 'Property 1: value five is not a valid xs:int.' } },
		});
		expect((await post('Subscribers', body('<Value xsi:type="xs:int">5</Value>'))).status).toBe(201);
		expect(provider.findByEmail('p@example.com')!.properties.get(1)).toBe('5');
	});
});
