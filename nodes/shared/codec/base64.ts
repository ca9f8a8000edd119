import { randomBytes } from 'node:crypto';

import { CodecError } from './errors';

/**
 * Binary content that a request carries as base64 (an attachment). It holds the source buffer and is only encoded
 * when written, so a model can hold a large file without a base64 copy of it. It can stand anywhere an XML value or a
 * JSON value goes: `buildXml`, `buildSoapEnvelope` and `encodeJson` write its base64 inline, and their `…Parts`
 * siblings leave it out of the text, so that the transport can encode it straight into the request body.
 */
export class Base64Content {
	constructor(readonly data: Buffer) {}

	/** Length of the base64 text, known without encoding: 4 characters for every started group of 3 bytes. */
	get encodedLength(): number {
		return 4 * Math.ceil(this.data.length / 3);
	}

	/** What JSON.stringify writes: the base64 text, or this content's marker while parts are being collected. */
	toJSON(): string {
		return base64Text(this);
	}
}

export function base64Of(data: Buffer): Base64Content {
	return new Base64Content(data);
}

/** A document in order: text, and binary content written as base64 where it stands. */
export type EncodedPart = string | Base64Content;

interface MarkerSession {
	nonce: string;
	contents: Base64Content[];
}

// Set only during a synchronous build inside collectParts, so no other build can observe it.
let session: MarkerSession | undefined;

/**
 * The text a builder writes for `content`: its base64, or (while parts are being collected) an alphanumeric marker
 * that every escaping step leaves as it is. Empty content is written as the empty text either way, so that XML keeps
 * writing it as an empty element.
 */
export function base64Text(content: Base64Content): string {
	if (content.data.length === 0) return '';
	if (!session) return content.data.toString('base64');
	session.contents.push(content);
	return `${session.nonce}i${session.contents.length - 1}e`;
}

const MAX_BUILDS = 3;

/**
 * Runs a synchronous `build` with each Base64Content written as a marker, then cuts the text at the markers: the parts
 * join to exactly what `build` writes with the base64 inline. Without binary content the result is `[text]`, the text
 * `build` writes today.
 */
export function collectParts(build: () => string): EncodedPart[] {
	for (let count = 1; ; count++) {
		const current: MarkerSession = { nonce: `b64${randomBytes(16).toString('hex')}`, contents: [] };
		const outer = session;
		session = current;
		let text: string;
		try {
			text = build();
		} finally {
			session = outer;
		}
		if (current.contents.length === 0) return [text];
		const parts = splitAtMarkers(text, current);
		if (parts) return parts;
		// The random nonce also occurs in the document's own text (next to impossible): build again with another one.
		if (count >= MAX_BUILDS) throw new CodecError('The request body could not be split around its binary content');
	}
}

function splitAtMarkers(text: string, { nonce, contents }: MarkerSession): EncodedPart[] | undefined {
	if (text.split(nonce).length - 1 !== contents.length) return undefined;
	const pieces = text.split(new RegExp(`${nonce}i(\\d+)e`));
	const used = new Set<number>();
	const parts: EncodedPart[] = [];
	for (let index = 0; index < pieces.length; index++) {
		const piece = pieces[index];
		if (index % 2 === 0) {
			if (piece !== '') parts.push(piece);
			continue;
		}
		const position = Number(piece);
		const content = contents[position];
		if (content === undefined || used.has(position)) return undefined;
		used.add(position);
		parts.push(content);
	}
	return used.size === contents.length ? parts : undefined;
}

/** Bytes per encoded slice: a multiple of 3, so that the slices' base64 texts join to the whole buffer's. */
const SLICE_BYTES = 48 * 1024;

/** The base64 text of `content` in pieces, encoding one slice of the buffer at a time. */
export function* base64Slices(content: Base64Content, sliceBytes = SLICE_BYTES): Generator<string> {
	if (!Number.isInteger(sliceBytes) || sliceBytes <= 0 || sliceBytes % 3 !== 0) {
		throw new RangeError(`The slice length must be a positive multiple of 3, not ${sliceBytes}`);
	}
	const { data } = content;
	for (let offset = 0; offset < data.length; offset += sliceBytes) {
		yield data.subarray(offset, offset + sliceBytes).toString('base64');
	}
}

/** The byte length of the encoded document (UTF-8 text and base64 contents), without encoding anything. */
export function encodedByteLength(parts: readonly EncodedPart[]): number {
	return parts.reduce(
		(total, part) => total + (typeof part === 'string' ? Buffer.byteLength(part, 'utf8') : part.encodedLength),
		0,
	);
}

/**
 * The encoded document as one buffer of exactly its byte length: the UTF-8 of the text, and the base64 of each content
 * written into place slice by slice. Neither a base64 string of a whole content nor the document as text is ever made.
 */
export function encodeParts(parts: readonly EncodedPart[], sliceBytes = SLICE_BYTES): Buffer {
	const target = Buffer.alloc(encodedByteLength(parts));
	let offset = 0;
	for (const part of parts) {
		if (typeof part === 'string') {
			offset += target.write(part, offset, 'utf8');
			continue;
		}
		for (const text of base64Slices(part, sliceBytes)) offset += target.write(text, offset, 'latin1');
	}
	// The length is computed, not measured: a mismatch would send a truncated or padded body.
	if (offset !== target.length) throw new CodecError(`The request body came out ${offset} bytes long, not ${target.length}`);
	return target;
}
