import { collectParts, type EncodedPart } from './base64';
import { CodecError, excerptOf } from './errors';

/** Serialises a request body. Circular structures and BigInts become a CodecError instead of a TypeError. */
export function encodeJson(value: unknown): string {
	let failure: Error;
	try {
		return JSON.stringify(value);
	} catch (error) {
		failure = error as Error;
	}
	throw new CodecError(`The request body cannot be written as JSON: ${failure.message}`);
}

/**
 * The body `encodeJson` writes, as parts: its text, with each Base64Content left as itself where its base64 string
 * stands (between the quotes). The parts join to exactly `encodeJson`'s output; without binary content they are that
 * one text.
 */
export function encodeJsonParts(value: unknown): EncodedPart[] {
	return collectParts(() => encodeJson(value));
}

/**
 * Parses a JSON body. An empty body is `undefined` (many APIs answer 204 or 200 with nothing); anything that is not
 * JSON is a CodecError quoting where it broke.
 */
export function decodeJson(text: string, what = 'The response body'): unknown {
	if (text.trim() === '') return undefined;
	let failure: Error;
	try {
		return JSON.parse(text) as unknown;
	} catch (error) {
		failure = error as Error;
	}
	const position = /position (\d+)/.exec(failure.message);
	throw new CodecError(
		`${what} is not valid JSON (${failure.message})`,
		excerptOf(text, position ? Number(position[1]) : 0),
	);
}
