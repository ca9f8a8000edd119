import { decodeText } from '../../../nodes/shared/transport';
import { MAX_PAGES, PageGuard } from '../../../nodes/shared/transport';
import { CodecError } from '../../../nodes/shared/codec';

describe('decodeText', () => {
	const latin1 = Buffer.from('Gr\xfc\xdfe, M\xfcller', 'latin1');

	it('decodes by the Content-Type charset (RFC 9110 §8.3.2)', () => {
		expect(decodeText(latin1, 'application/json; charset=ISO-8859-1', false, 'The answer')).toBe('Grüße, Müller');
		expect(decodeText(latin1, 'text/plain; charset="windows-1252"', false, 'The answer')).toBe('Grüße, Müller');
	});

	it('decodes XML by its declaration when the Content-Type has no charset (RFC 7303 §3.2)', () => {
		const xml = Buffer.concat([Buffer.from("<?xml version='1.0' encoding='ISO-8859-1'?><a>"), latin1, Buffer.from('</a>')]);
		expect(decodeText(xml, 'text/xml', true, 'The answer')).toBe("<?xml version='1.0' encoding='ISO-8859-1'?><a>Grüße, Müller</a>");
		// The declaration is read for XML only.
		expect(decodeText(xml, 'text/plain', false, 'The answer')).toContain('Gr\uFFFD');
	});

	it('lets a byte order mark win over the declarations, and drops it', () => {
		const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Grüße', 'utf16le')]);
		expect(decodeText(utf16, 'application/json; charset=iso-8859-1', false, 'The answer')).toBe('Grüße');
		const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Grüße')]);
		expect(decodeText(utf8, undefined, false, 'The answer')).toBe('Grüße');
	});

	it('is UTF-8 when nothing is declared, and refuses an encoding it cannot decode, by name', () => {
		expect(decodeText(Buffer.from('Grüße'), 'application/json', false, 'The answer')).toBe('Grüße');
		expect(() => decodeText(latin1, 'text/plain; charset=x-klingon', false, 'The Bird answer to Get Message')).toThrow(
			new CodecError('The Bird answer to Get Message declares the character encoding "x-klingon", which cannot be decoded'),
		);
	});
});

describe('PageGuard', () => {
	it('lets distinct tokens through and stops at a token already followed', () => {
		const guard = new PageGuard();
		expect(guard.problem('a')).toBeUndefined();
		expect(guard.problem('b')).toBeUndefined();
		expect(guard.problem('a')).toBe('page 3 of the list gives a page token already followed, so the list would never end');
	});

	it('stops past the page limit, but not on a last page at the limit', () => {
		const guard = new PageGuard(3);
		expect(guard.problem('1')).toBeUndefined();
		expect(guard.problem('2')).toBeUndefined();
		expect(guard.problem('3')).toBe('the list goes on past 3 pages, the most one read follows');
		const ending = new PageGuard(3);
		ending.problem('1');
		ending.problem('2');
		expect(ending.problem(undefined)).toBeUndefined();
		expect(MAX_PAGES).toBe(1_000);
	});
});
