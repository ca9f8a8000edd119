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
 * The deepest nesting of arrays and objects a decoded document may have. No provider's answer comes near it; deeper
 * values overflow the stack of every recursive reader after the codec (error parsers, redaction, n8n's own copies).
 */
export const MAX_DEPTH = 64;

/** Refuses JSON nested deeper than MAX_DEPTH, by one scan of the text (brackets inside strings do not count). */
function assertJsonDepth(text: string, what: string): void {
	let depth = 0;
	let inString = false;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (inString) {
			if (code === 0x5c) index++;
			else if (code === 0x22) inString = false;
		} else if (code === 0x22) {
			inString = true;
		} else if (code === 0x5b || code === 0x7b) {
			if (++depth > MAX_DEPTH) {
				throw new CodecError(`${what} is nested deeper than ${MAX_DEPTH} levels, which is refused`, excerptOf(text, index));
			}
		} else if (code === 0x5d || code === 0x7d) {
			depth--;
		}
	}
}

/**
 * Parses a JSON body. An empty body is `undefined` (many APIs answer 204 or 200 with nothing); anything that is not
 * JSON is a CodecError quoting where it broke.
 */
export function decodeJson(text: string, what = 'The response body'): unknown {
	if (text.trim() === '') return undefined;
	assertJsonDepth(text, what);
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
