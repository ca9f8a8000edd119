import { randomBytes } from 'node:crypto';

import { CodecError } from './errors';

/**
 * Binary content that a request carries as base64 (an attachment). It holds the source buffer and is only encoded
 * when written, so a model can hold a large file without a base64 copy of it. It can stand anywhere an XML value or a
 * JSON value goes: `buildXml`, `buildSoapEnvelope` and `encodeJson` write its base64 inline, and their `…Parts`
 * siblings leave it out of the text, so that the transport can encode it straight into the request body.
 */
/**
 * Binary content read in chunks (a file in n8n's binary store), with its exact size known beforehand, so that the
 * transport can encode it into the request body without holding the file itself.
 */
export interface StreamedBinary {
	byteLength: number;
	/** Opens the content afresh; chunks of any size. */
	open(): Promise<AsyncIterable<Buffer | Uint8Array>>;
}

export class Base64Content {
	constructor(readonly source: Buffer | StreamedBinary) {}

	get byteLength(): number {
		return Buffer.isBuffer(this.source) ? this.source.length : this.source.byteLength;
	}

	/**
	 * The bytes, for the builders' inline text (`buildXml`, `encodeJson`). Streamed content has none in memory: it can
	 * only be written through the `…Parts` path and `encodeParts`, which is what the transport uses.
	 */
	get data(): Buffer {
		if (Buffer.isBuffer(this.source)) return this.source;
		throw new CodecError('Streamed binary content can only be written into a request body by the transport');
	}

	/** Length of the base64 text, known without encoding: 4 characters for every started group of 3 bytes. */
	get encodedLength(): number {
		return 4 * Math.ceil(this.byteLength / 3);
	}

	/** What JSON.stringify writes: the base64 text, or this content's marker while parts are being collected. */
	toJSON(): string {
		return base64Text(this);
	}
}

export function base64Of(source: Buffer | StreamedBinary): Base64Content {
	return new Base64Content(source);
}

/** A document in order: text, and binary content written as base64 where it stands. */
export type EncodedPart = string | Base64Content;

interface MarkerSession {
	/** Made on the first content only: most documents have none, and need no random bytes. */
	nonce?: string;
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
	if (content.byteLength === 0) return '';
	if (!session) return content.data.toString('base64');
	session.nonce ??= `b64${randomBytes(16).toString('hex')}`;
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
		const current: MarkerSession = { contents: [] };
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

function splitAtMarkers(text: string, { nonce = '', contents }: MarkerSession): EncodedPart[] | undefined {
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

/** Writes a document's parts into one buffer of exactly the document's byte length. */
class BodyWriter {
	private readonly target: Buffer;

	private offset = 0;

	constructor(parts: readonly EncodedPart[]) {
		this.target = Buffer.alloc(encodedByteLength(parts));
	}

	text(part: string): void {
		this.offset += this.target.write(part, this.offset, 'utf8');
	}

	/** Content held in memory, encoded slice by slice. */
	buffer(content: Base64Content, sliceBytes: number): void {
		for (const text of base64Slices(content, sliceBytes)) this.offset += this.target.write(text, this.offset, 'latin1');
	}

	/**
	 * Streamed content, read once chunk by chunk. Base64 encodes groups of 3 bytes, so the 1 or 2 bytes at the end of a
	 * chunk wait for the next one; only that group is copied, never the chunk. More or fewer bytes than announced is an
	 * error, not a wrong body.
	 */
	async stream(content: Base64Content, source: StreamedBinary): Promise<void> {
		let carry = Buffer.alloc(0);
		let read = 0;
		for await (const piece of await source.open()) {
			read += piece.length;
			if (read > source.byteLength) break;
			let chunk = Buffer.isBuffer(piece) ? piece : Buffer.from(piece.buffer, piece.byteOffset, piece.length);
			if (carry.length > 0) {
				const missing = 3 - carry.length;
				if (chunk.length < missing) {
					carry = Buffer.concat([carry, chunk]);
					continue;
				}
				this.base64(Buffer.concat([carry, chunk.subarray(0, missing)]));
				chunk = chunk.subarray(missing);
			}
			const whole = chunk.length - (chunk.length % 3);
			this.base64(chunk.subarray(0, whole));
			carry = Buffer.from(chunk.subarray(whole));
		}
		if (read !== content.byteLength) {
			throw new CodecError(`The binary content is ${read > content.byteLength ? 'longer' : 'shorter'} than its announced ${content.byteLength} bytes`);
		}
		this.base64(carry);
	}

	private base64(bytes: Buffer): void {
		this.offset += this.target.write(bytes.toString('base64'), this.offset, 'latin1');
	}

	finish(): Buffer {
		// The length is computed, not measured: a mismatch would send a truncated or padded body.
		if (this.offset !== this.target.length) {
			throw new CodecError(`The request body came out ${this.offset} bytes long, not ${this.target.length}`);
		}
		return this.target;
	}
}

/**
 * The encoded document as one buffer of exactly its byte length: the UTF-8 of the text, and the base64 of each content
 * written into place, slice by slice from memory or chunk by chunk from a stream (files in n8n's binary store, each
 * read once). Neither a base64 string of a whole content nor the document as text is ever made.
 */
export async function encodeParts(parts: readonly EncodedPart[], sliceBytes = SLICE_BYTES): Promise<Buffer> {
	const writer = new BodyWriter(parts);
	for (const part of parts) {
		if (typeof part === 'string') writer.text(part);
		else if (Buffer.isBuffer(part.source)) writer.buffer(part, sliceBytes);
		else await writer.stream(part, part.source);
	}
	return writer.finish();
}
