import { buildXml, cdata, CodecError, parseXml } from '../../../nodes/shared/codec';

describe('buildXml', () => {
	it('writes elements in the order given, escapes all five specials and writes no declaration by default', () => {
		expect(
			buildXml('ApiRequest', {
				'@xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
				'@xmlns:xs': 'http://www.w3.org/2001/XMLSchema',
				ApiKey: `a&b<c>d"e'f`,
				Data: { ReturnGuid: true, Receiver: { Id: 42, Email: undefined, ListId: null } },
			}),
		).toBe(
			'<ApiRequest xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xs="http://www.w3.org/2001/XMLSchema">' +
				'<ApiKey>a&amp;b&lt;c&gt;d&quot;e&apos;f</ApiKey>' +
				'<Data><ReturnGuid>true</ReturnGuid><Receiver><Id>42</Id><ListId/></Receiver></Data></ApiRequest>',
		);
	});

	it('writes empty content as an empty element, text next to child elements in the order given, nested arrays flat', () => {
		expect(buildXml('r', { a: '', b: { '@x': '', '#text': '' }, c: { '#text': 't', d: [[1, undefined], [2]], '@y': 'tab\there' } })).toBe(
			'<r><a/><b x=""/><c y="tab&#9;here">t<d>1</d><d>2</d></c></r>',
		);
		expect(() => buildXml('r', [{ a: 1 }, { a: 2 }])).toThrow('The XML document element r must be a single element');
		expect(() => buildXml('r', [{ 'bad name': 1 }, {}])).toThrow('"bad name" is not a valid XML name (in r/bad name)');
	});

	it('writes an XML declaration when asked', () => {
		expect(buildXml('a', 'x', { declaration: true })).toBe('<?xml version="1.0" encoding="UTF-8"?><a>x</a>');
	});

	it('writes arrays as repeated elements with no wrapper, and typed attributes such as xsi:type and xsi:nil', () => {
		expect(
			buildXml('Properties', {
				Property: [
					{ Id: 1, Value: { '@xsi:type': 'xs:string', '#text': 'red' } },
					{ Id: 2, Value: { '@xsi:type': 'xs:string', '@xsi:nil': 'true' } },
				],
			}),
		).toBe(
			'<Properties><Property><Id>1</Id><Value xsi:type="xs:string">red</Value></Property>' +
				'<Property><Id>2</Id><Value xsi:type="xs:string" xsi:nil="true"/></Property></Properties>',
		);
	});

	it('puts values marked as HTML into CDATA and splits "]]>" across two sections', () => {
		expect(buildXml('Value', cdata('<b>a]]>b</b>'))).toBe('<Value><![CDATA[<b>a]]]]><![CDATA[>b</b>]]></Value>');
	});

	it('writes a carriage return as a character reference, since parsers turn a literal one into a line feed', () => {
		expect(buildXml('a', 'x\r\ny')).toBe('<a>x&#13;\ny</a>');
		expect(buildXml('a', cdata('x\r\ny'))).toBe('<a><![CDATA[x]]>&#13;<![CDATA[\ny]]></a>');
		expect(buildXml('a', { '@t': 'x\ty\nz' })).toBe('<a t="x&#9;y&#10;z"/>');
	});

	it('refuses a character XML 1.0 forbids, naming the element, instead of writing malformed XML', () => {
		expect(() => buildXml('Snippet', { Value: 'bell\u0007' })).toThrow(
			new CodecError(
				'The value of Snippet/Value contains the character U+0007 at position 4, which XML 1.0 does not allow; remove it from the value',
			),
		);
		expect(() => buildXml('a', '\uD800')).toThrow(/U\+D800/);
		expect(() => buildXml('a', '\uFFFE')).toThrow(/U\+FFFE/);
	});

	it('refuses element and attribute names that are not XML names', () => {
		expect(() => buildXml('a', { 'first name': 'x' })).toThrow('"first name" is not a valid XML name (in a/first name)');
		expect(() => buildXml('a', { '@1x': 'y' })).toThrow(/not a valid XML name/);
	});
});

describe('parseXml', () => {
	it('keeps every value a string, so ids such as 00123 and GUIDs survive', () => {
		expect(parseXml('<Data><Id>00123</Id><Guid>1e5</Guid><Flag>true</Flag></Data>')).toEqual({
			Data: { Id: '00123', Guid: '1e5', Flag: 'true' },
		});
	});

	it('makes declared lists arrays even with one entry, and repeated elements arrays always', () => {
		const text = '<ApiResponse><Data><Lists><List><Id>1</Id></List></Lists><Tag>a</Tag><Tag>b</Tag></Data></ApiResponse>';
		expect(parseXml(text, { arrays: ['ApiResponse.Data.Lists.List'] })).toEqual({
			ApiResponse: { Data: { Lists: { List: [{ Id: '1' }] }, Tag: ['a', 'b'] } },
		});
		expect(parseXml('<r><x>1</x><x>2</x><x>3</x></r>')).toEqual({ r: { x: ['1', '2', '3'] } });
		expect(parseXml('<r><a><Message>m</Message></a></r>', { arrays: ['*.Message'] })).toEqual({
			r: { a: { Message: ['m'] } },
		});
	});

	it('matches a declared list path from the root only, and a list path that leads to another', () => {
		const text = '<r><a><b>1</b></a><c><a><b>2</b></a></c><b>3</b></r>';
		expect(parseXml(text, { arrays: ['r.a.b'] })).toEqual({ r: { a: { b: ['1'] }, c: { a: { b: '2' } }, b: '3' } });
		expect(parseXml(text, { arrays: ['r.c', 'r.c.a.b', 'a.b'] })).toEqual({ r: { a: { b: '1' }, c: [{ a: { b: ['2'] } }], b: '3' } });
		expect(parseXml('<r><a x="1"><b>1</b></a></r>', { arrays: ['r.a', 'r.a.b'] })).toEqual({ r: { a: [{ '@x': '1', b: ['1'] }] } });
	});

	it('reads attributes, mixed text, CDATA, character references and xsi:nil', () => {
		expect(
			parseXml(
				'<?xml version="1.0"?>\n<r xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n  <m for="Row 1">bad &amp; &#x1F600;&#13;</m>\n  <h><![CDATA[<b>x</b>]]></h>\n  <n xsi:nil="true"/>\n  <e/>\n</r>',
			),
		).toEqual({ r: { m: { '@for': 'Row 1', '#text': 'bad & 😀\r' }, h: '<b>x</b>', n: null, e: '' } });
	});

	it('reads a character reference written with leading zeros', () => {
		expect(parseXml('<a>&#x0000000041;&#0000000066;</a>')).toEqual({ a: 'AB' });
	});

	it('strips namespace prefixes only when asked', () => {
		const text = '<ns:a xmlns:ns="u"><ns:b ns:t="1">x</ns:b></ns:a>';
		expect(parseXml(text)).toEqual({ 'ns:a': { 'ns:b': { '@ns:t': '1', '#text': 'x' } } });
		expect(parseXml(text, { localNames: true })).toEqual({ a: { b: { '@t': '1', '#text': 'x' } } });
	});

	it.each([
		['truncated', '<ApiResponse><Data>12', /not well-formed XML \(line 1, column 1: it ends before closing ApiResponse, Data: the body is truncated\)/],
		['truncated at the root', '<a>', /Unclosed tag 'a'/],
		['mismatched', '<a><b></a>', /Expected closing tag 'b'/],
		['not XML at all', '<html><body>Bad Gateway</body>', /not well-formed XML/],
		['empty', '  ', /is empty where an XML document was expected/],
		['an unknown entity', '<a>&nbsp;</a>', /undefined or malformed entity reference "&nbsp;"/],
		['a forbidden character reference', '<a>&#1;</a>', /undefined or malformed entity reference "&#1;"/],
		// Names of Object.prototype's members are no entities either.
		['&toString;', '<a>&toString;</a>', /undefined or malformed entity reference "&toString;"/],
		['&__proto__; in an attribute', '<a b="&__proto__;"/>', /undefined or malformed entity reference "&__proto__;"/],
		['a long unknown entity, named whole', '<a>&hasOwnProperty;</a>', /undefined or malformed entity reference "&hasOwnProperty;"/],
	])('refuses %s input with a clear error', (_, text, message) => {
		expect(() => parseXml(text, { what: 'The response body' })).toThrow(message);
	});

	it('refuses a DOCTYPE (XXE and entity expansion bombs) without expanding anything', () => {
		const xxe = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>';
		const bomb =
			'<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
			'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><lolz>&lol3;</lolz>';
		for (const text of [xxe, bomb]) {
			expect(() => parseXml(text)).toThrow(/document type declaration \(DOCTYPE\), which is refused/);
		}
	});

	it('quotes a short excerpt of the bad document, never the whole body', () => {
		const long = `<a>${'x'.repeat(5000)}`;
		try {
			parseXml(long);
			throw new Error('expected a failure');
		} catch (error) {
			expect(error).toBeInstanceOf(CodecError);
			expect((error as CodecError).excerpt!.length).toBeLessThan(200);
		}
	});
});

/** Deterministic generator, so that a failing case can be replayed. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const PIECES = [
	']]>', ']]', ']', '>', '<', '&', '&amp;', '"', "'", '<![CDATA[', '\t', '\n', '\r', '\r\n', ' ', '  ',
	'a', 'Z', '0', '00123', 'é', 'ß', '中', '\u0085', '\u2028', '\uD7FF', '\uE000', '\uFFFD',
	'😀', '\u{10000}', '\u{10FFFF}', '𝄞', '&#13;', '=', '/', '?>', '<!--', '-->',
];

function generate(next: () => number): string {
	const length = Math.floor(next() * 12);
	let text = '';
	for (let index = 0; index < length; index++) {
		if (next() < 0.15) {
			// Any code point XML 1.0 allows, astral ones included.
			const ranges: Array<[number, number]> = [[0x20, 0xd7ff], [0xe000, 0xfffd], [0x10000, 0x10ffff]];
			const [low, high] = ranges[Math.floor(next() * ranges.length)];
			text += String.fromCodePoint(low + Math.floor(next() * (high - low + 1)));
		} else {
			text += PIECES[Math.floor(next() * PIECES.length)];
		}
	}
	return text;
}

describe('XML round trip (property)', () => {
	it('builds and parses back 10,000 generated strings unchanged, as text, CDATA and attribute', () => {
		const next = random(20261123);
		let checked = 0;
		for (let run = 0; run < 10_000; run++) {
			const value = generate(next);
			const xml = buildXml('r', { t: value, c: cdata(value), a: { '@v': value } });
			const parsed = parseXml(xml) as { r: { t: string; c: string; a: string | { '@v': string } } };
			expect(parsed.r.t).toBe(value);
			expect(parsed.r.c).toBe(value);
			expect(parsed.r.a).toEqual({ '@v': value });
			checked++;
		}
		expect(checked).toBe(10_000);
	});

	it('gives a clear error, never malformed XML, for every character XML 1.0 forbids', () => {
		const forbidden = [
			...Array.from({ length: 0x20 }, (_, code) => code).filter((code) => ![0x9, 0xa, 0xd].includes(code)),
			0xd800,
			0xdbff,
			0xdc00,
			0xdfff,
			0xfffe,
			0xffff,
		];
		for (const code of forbidden) {
			const character = String.fromCharCode(code);
			expect(() => buildXml('r', `a${character}b`)).toThrow(CodecError);
			expect(() => buildXml('r', cdata(`a${character}b`))).toThrow(CodecError);
			expect(() => buildXml('r', { '@v': `a${character}b` })).toThrow(CodecError);
		}
	});
});

describe('parseXml: element names fast-xml-parser refuses', () => {
	it.each(['__proto__', 'constructor'])('answers <%s> with a CodecError naming the document', (name) => {
		expect(() => parseXml(`<Response><${name}>x</${name}></Response>`, { what: 'The probe response' })).toThrow(
			/^The probe response could not be read as XML: /,
		);
		expect(() => parseXml(`<Response><${name}>x</${name}></Response>`)).toThrow(CodecError);
	});
});
