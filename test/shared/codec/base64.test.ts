import {
	Base64Content,
	base64Of,
	base64Slices,
	buildSoapEnvelope,
	buildSoapEnvelopeParts,
	buildXml,
	buildXmlParts,
	cdata,
	CodecError,
	encodedByteLength,
	encodeJson,
	encodeJsonParts,
	encodeParts,
	type EncodedPart,
	type StreamedBinary,
	type XmlElement,
} from '../../../nodes/shared/codec';
import { bytes } from '../../harness/bytes';


/** The parts with each content's base64 inline, as the plain builder would write them. */
function joined(parts: EncodedPart[]): string {
	return parts.map((part) => (typeof part === 'string' ? part : part.data.toString('base64'))).join('');
}

/** Every way of writing the parts gives exactly the bytes of `expected`, and the computed length is theirs. */
async function expectParts(parts: EncodedPart[], expected: string): Promise<void> {
	expect(joined(parts)).toBe(expected);
	const bytesOfExpected = Buffer.from(expected, 'utf8');
	for (const slice of [undefined, 3, 6, 3 * 1024]) expect((await encodeParts(parts, slice)).equals(bytesOfExpected)).toBe(true);
	expect(encodedByteLength(parts)).toBe(bytesOfExpected.length);
}

/** The text parts hold no base64 and no marker: only the markup around the contents. */
function textOf(parts: EncodedPart[]): string {
	return parts.filter((part): part is string => typeof part === 'string').join('|');
}

// 0..5 mod 3 in both the small and the "more than one 48 KiB slice" range.
const SIZES = [0, 1, 2, 3, 4, 5, 49_151, 49_152, 49_153, 150_000, 150_001, 150_002];

describe('Base64Content', () => {
	it.each(SIZES)('knows its encoded length without encoding (%i bytes)', (size) => {
		const data = bytes(size);
		expect(base64Of(data).encodedLength).toBe(data.toString('base64').length);
		expect(base64Of(data).data).toBe(data);
	});

	it.each(SIZES)('encodes in slices that join to the whole base64 (%i bytes)', (size) => {
		const data = bytes(size);
		for (const slice of [3, 6, 48 * 1024, 3 * 1024 * 1024]) {
			expect([...base64Slices(base64Of(data), slice)].join('')).toBe(data.toString('base64'));
		}
		// 48 KiB of the buffer at a time by default.
		expect([...base64Slices(base64Of(Buffer.alloc(150_000)))].map((text) => text.length)).toEqual([65536, 65536, 65536, 3392]);
	});

	it('refuses a slice length that is not a positive multiple of 3', async () => {
		for (const slice of [0, 1, 4, 1000, -3, 1.5]) {
			expect(() => [...base64Slices(base64Of(bytes(10)), slice)]).toThrow(RangeError);
			await expect(encodeParts(['<a>', base64Of(bytes(10)), '</a>'], slice)).rejects.toThrow(RangeError);
		}
	});

	it('is written inline as base64 by the plain builders, exactly like the string', () => {
		const data = bytes(100);
		const text = data.toString('base64');
		expect(encodeJson({ content: base64Of(data) })).toBe(JSON.stringify({ content: text }));
		expect(buildXml('A', { Content: base64Of(data) })).toBe(buildXml('A', { Content: text }));
		expect(buildXml('A', { Content: base64Of(Buffer.alloc(0)) })).toBe('<A><Content/></A>');
		expect(buildXml('A', { '@id': '1', '#text': base64Of(data) })).toBe(`<A id="1">${text}</A>`);
	});

	it('cannot be an attribute value', () => {
		expect(() => buildXml('A', { '@content': base64Of(bytes(3)) })).toThrow('The attribute A/@content must be a plain value');
	});
});

describe('building in parts', () => {
	it('gives exactly the plain output as the only part when there is no binary content', () => {
		const xml: XmlElement = { Id: '00123', Html: cdata('<b>x</b>'), Note: 'a & b', Empty: null };
		expect(buildXmlParts('Request', xml)).toEqual([buildXml('Request', xml)]);
		expect(buildXmlParts('Request', xml, { declaration: true })).toEqual([buildXml('Request', xml, { declaration: true })]);
		const soap = { namespace: 'urn:probe', prefix: 'p', operation: 'call', body: xml };
		expect(buildSoapEnvelopeParts(soap)).toEqual([buildSoapEnvelope(soap)]);
		const json = { id: 'a', list: [1, 'x', null], nested: { deep: true } };
		expect(encodeJsonParts(json)).toEqual([encodeJson(json)]);
		expect(encodeJsonParts('text')).toEqual(['"text"']);
	});

	it.each(SIZES)('writes XML byte for byte as with the base64 inline (%i bytes)', async (size) => {
		const data = bytes(size);
		const model = (content: string | Base64Content): XmlElement => ({
			'@xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
			ApiKey: 'key & <more>',
			Data: {
				Snippet: cdata('<p>Hello</p>'),
				Attachments: { Attachment: [{ FileName: 'a <1>.pdf', MimeType: 'application/pdf', Content: content }] },
			},
		});
		const parts = buildXmlParts('ApiRequest', model(base64Of(data)), { declaration: true });
		await expectParts(parts, buildXml('ApiRequest', model(data.toString('base64')), { declaration: true }));
		if (size > 0) {
			expect(parts.filter((part) => part instanceof Base64Content)).toHaveLength(1);
			expect(textOf(parts)).toBe(
				'<?xml version="1.0" encoding="UTF-8"?><ApiRequest xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
					'<ApiKey>key &amp; &lt;more&gt;</ApiKey><Data><Snippet><![CDATA[<p>Hello</p>]]></Snippet><Attachments><Attachment>' +
					'<FileName>a &lt;1&gt;.pdf</FileName><MimeType>application/pdf</MimeType><Content>|</Content></Attachment>' +
					'</Attachments></Data></ApiRequest>',
			);
		} else {
			// No base64 at all: an empty element, as the empty string writes it.
			expect(parts).toEqual([buildXml('ApiRequest', model(''), { declaration: true })]);
			expect(parts[0]).toContain('<Content/>');
		}
	});

	it.each(SIZES)('writes a SOAP envelope byte for byte as with the base64 inline (%i bytes)', async (size) => {
		const data = bytes(size, 7);
		const request = (content: string | Base64Content) => ({
			namespace: 'http://ecircle.com/developer/ecmapi',
			prefix: 'ecm',
			operation: 'messageSendSingle',
			body: {
				messageId: '23541',
				additionalContent: { attachments: [{ name: 'x.bin', contentType: 'application/octet-stream', content }] },
			},
		});
		await expectParts(buildSoapEnvelopeParts(request(base64Of(data))), buildSoapEnvelope(request(data.toString('base64'))));
	});

	it.each(SIZES)('writes JSON byte for byte as with the base64 inline (%i bytes)', async (size) => {
		const data = bytes(size, 3);
		const body = (content: string | Base64Content) => ({
			parameters: [{ name: 'Name', value: 'Zoë "quoted" \u2028' }],
			attachments: [{ name: 'ünïcode.pdf', contentType: 'application/pdf', content }],
		});
		const parts = encodeJsonParts(body(base64Of(data)));
		await expectParts(parts, JSON.stringify(body(data.toString('base64'))));
		if (size > 0) expect(textOf(parts)).toMatch(/"content":"\|"\}\]\}$/);
	});

	it('keeps several contents in document order, the same one twice included', async () => {
		const [a, b, c] = [bytes(1000, 1), bytes(1, 2), bytes(50_002, 3)];
		const shared = base64Of(a);
		const inline = (text: (data: Buffer) => string | Base64Content): XmlElement => ({
			First: text(a),
			List: { Item: [{ Content: text(b) }, { Content: text(Buffer.alloc(0)) }, { Content: text(c) }] },
			Again: text(a),
			Mixed: { '@kind': 'raw', '#text': text(b) },
		});
		const contents = new Map<Buffer, Base64Content>([
			[a, shared],
			[b, base64Of(b)],
			[c, base64Of(c)],
		]);
		const parts = buildXmlParts('Root', inline((data) => contents.get(data) ?? base64Of(data)));
		await expectParts(parts, buildXml('Root', inline((data) => data.toString('base64'))));
		expect(parts.filter((part) => part instanceof Base64Content)).toEqual([shared, contents.get(b), contents.get(c), shared, contents.get(b)]);

		const json = { a: base64Of(a), list: [base64Of(b), base64Of(c), { again: base64Of(a) }] };
		const jsonParts = encodeJsonParts(json);
		await expectParts(jsonParts, JSON.stringify({ a: a.toString('base64'), list: [b.toString('base64'), c.toString('base64'), { again: a.toString('base64') }] }));
		expect(textOf(jsonParts)).toBe('{"a":"|","list":["|","|",{"again":"|"}]}');
	});

	it('writes text that looks like a marker as it is', async () => {
		const look = 'b640123456789abcdef0123456789abcdefi0e';
		const model = { Note: look, Content: base64Of(bytes(9)) };
		await expectParts(buildXmlParts('Root', model), buildXml('Root', { Note: look, Content: bytes(9).toString('base64') }));
	});

	it('reports a value XML cannot hold as before, and the next build is not affected', () => {
		expect(() => buildXmlParts('Root', { Name: 'a\u0001b', Content: base64Of(bytes(30)) })).toThrow(CodecError);
		const circular: Record<string, unknown> = { content: base64Of(bytes(30)) };
		circular.self = circular;
		expect(() => encodeJsonParts(circular)).toThrow(/cannot be written as JSON/);
		// No build is collecting any more: the plain builders write base64 again.
		expect(encodeJson(base64Of(bytes(30)))).toBe(JSON.stringify(bytes(30).toString('base64')));
		expect(buildXml('A', base64Of(bytes(30)))).toBe(`<A>${bytes(30).toString('base64')}</A>`);
	});
});

describe('encodeParts: streamed content', () => {
	const streamed = (data: Buffer, chunk: number, announced = data.length): StreamedBinary => ({
		byteLength: announced,
		open: async () =>
			(async function* () {
				for (let offset = 0; offset < data.length; offset += chunk) yield data.subarray(offset, offset + chunk);
			})(),
	});

	it.each([1, 2, 3, 4, 5, 7, 64, 1000])('writes a stream read in chunks of %i bytes exactly as the inline build', async (chunk) => {
		const data = Buffer.from(Array.from({ length: 1001 }, (_, index) => (index * 37) % 256));
		const parts = buildXmlParts('Doc', { A: 'x', Content: base64Of(streamed(data, chunk)), B: base64Of(data.subarray(0, 10)) });
		const body = await encodeParts(parts);
		expect(body.toString('latin1')).toBe(buildXml('Doc', { A: 'x', Content: base64Of(data), B: base64Of(data.subarray(0, 10)) }));
	});

	it('opens the stream again for every body, so a retried request can be written anew', async () => {
		const data = Buffer.from('attachment bytes');
		const parts = encodeJsonParts({ content: base64Of(streamed(data, 4)) });
		const [first, second] = [await encodeParts(parts), await encodeParts(parts)];
		expect(first.toString()).toBe(JSON.stringify({ content: data.toString('base64') }));
		expect(second.equals(first)).toBe(true);
	});

	it.each([
		['shorter', 20],
		['longer', 10],
	])('refuses a stream %s than it announced', async (word, announced) => {
		const parts = buildXmlParts('Doc', { Content: base64Of(streamed(Buffer.alloc(15, 1), 4, announced)) });
		await expect(encodeParts(parts)).rejects.toThrow(`The binary content is ${word} than its announced ${announced} bytes`);
	});

	it('cannot be written inline: only the transport writes streamed content', () => {
		expect(() => buildXml('Doc', { Content: base64Of(streamed(Buffer.alloc(3), 3)) })).toThrow(CodecError);
	});
});
