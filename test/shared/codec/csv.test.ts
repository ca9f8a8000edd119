/** The shared codec's CSV reader (csv-parse underneath), with the settings ExpertSender documents for its CSV answers. */
import { CodecError, parseCsv } from '../../../nodes/shared/codec';

describe('parseCsv', () => {
	it('reads quoted commas, doubled quotes and line breaks (CRLF too) inside fields, and a BOM', () => {
		expect(parseCsv('\ufeffDate,Subject\r\n2026-01-15 10:00:00,"a, ""b""\r\nc"\r\n')).toEqual([{ Date: '2026-01-15 10:00:00', Subject: 'a, "b"\r\nc' }]);
	});

	it('gives no rows for an empty body or a header only', () => {
		expect(parseCsv('')).toEqual([]);
		expect(parseCsv('Date,Email\r\n')).toEqual([]);
	});

	it('refuses a row with another number of fields and more rows than allowed, with an excerpt', () => {
		expect(() => parseCsv('a,b\n1,2,3\n', { what: 'The answer' })).toThrow(CodecError);
		expect(() => parseCsv('a\n1\n2\n3\n', { maxRows: 2 })).toThrow('The CSV document has more than 2 rows');
		expect(parseCsv('a\n1\n2\n', { maxRows: 2 })).toEqual([{ a: '1' }, { a: '2' }]);
	});
});
