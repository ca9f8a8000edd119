/**
 * CSV to plain records, on csv-parse (a maintained RFC 4180 parser) rather than hand-written splitting: quoted fields
 * may hold commas, doubled quotes and line breaks. The first row names the columns (names are trimmed, since some
 * providers write `Date, Email`); whitespace around unquoted values is trimmed, quoted values are kept as they are.
 */
import { parse } from 'csv-parse/sync';

import { CodecError, excerptOf } from './errors';

export interface CsvParseOptions {
	/** "The <provider> response to <operation>", for the error message. */
	what?: string;
	/** At most this many data rows are read; more is a CodecError (a bounded read). */
	maxRows?: number;
}

/** Default bound on the rows of one CSV document. */
export const MAX_CSV_ROWS = 100_000;

/**
 * The rows of a CSV document with a header row, as `{ column: value }` records in document order. More than
 * `maxRows` rows is an error rather than a silent cut, so that a caller never takes part of a document for all of it.
 */
export function parseCsv(text: string, options: CsvParseOptions = {}): Array<Record<string, string>> {
	const what = options.what ?? 'The CSV document';
	const maxRows = options.maxRows ?? MAX_CSV_ROWS;
	if (text.trim() === '') return [];
	let rows: Array<Record<string, string>> = [];
	let failure: Error | undefined;
	try {
		rows = parse(text, {
			bom: true,
			columns: (header: string[]) => header.map((name) => name.trim()),
			skip_empty_lines: true,
			trim: true,
			// One row more than allowed is read, so that too many rows is told apart from exactly enough.
			to: maxRows + 1,
		}) as Array<Record<string, string>>;
	} catch (error) {
		failure = error as Error;
	}
	if (failure) throw new CodecError(`${what} is not valid CSV: ${failure.message}`, excerptOf(text));
	if (rows.length > maxRows) throw new CodecError(`${what} has more than ${maxRows} rows`, excerptOf(text));
	return rows;
}
