import { CodecError } from '../codec';

/**
 * The most bytes of one response body the transport reads, counted after decompression: no provider's answer comes
 * near it (the largest are list pages of a few MB), and a compressed "bomb" (600 KB of gzip inflating to 600 MB) is
 * refused after this many bytes, never held whole.
 */
export const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

/** A response body over MAX_RESPONSE_BYTES: reading stopped there and the connection was closed. */
export class ResponseTooLarge extends Error {
	constructor(
		readonly limit: number,
		readonly contentEncoding: string | undefined,
	) {
		super(`the answer is larger than ${limit / (1024 * 1024)} MiB (counted after decompression)`);
		this.name = 'ResponseTooLarge';
	}
}

interface ByteStream extends AsyncIterable<unknown> {
	destroy(error?: Error): void;
}

function isByteStream(body: unknown): body is ByteStream {
	return typeof body === 'object' && body !== null && Symbol.asyncIterator in body && 'destroy' in body;
}

function toBuffer(body: unknown): Buffer {
	if (Buffer.isBuffer(body)) return body;
	if (body instanceof ArrayBuffer) return Buffer.from(body);
	if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
	if (body === undefined || body === null) return Buffer.alloc(0);
	return Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
}

/**
 * Reads a response body (the HTTP client's stream, already decompressed as it flows) into one buffer of at most
 * `limit` bytes; one chunk more and the stream is destroyed, so memory never holds more than the limit.
 */
export async function readBounded(body: unknown, limit: number, contentEncoding: string | undefined): Promise<Buffer> {
	if (!isByteStream(body)) {
		const buffer = toBuffer(body);
		if (buffer.length > limit) throw new ResponseTooLarge(limit, contentEncoding);
		return buffer;
	}
	const chunks: Buffer[] = [];
	let length = 0;
	for await (const chunk of body) {
		const buffer = toBuffer(chunk);
		length += buffer.length;
		if (length > limit) {
			body.destroy();
			throw new ResponseTooLarge(limit, contentEncoding);
		}
		chunks.push(buffer);
	}
	return Buffer.concat(chunks, length);
}

/** The `charset` parameter of a Content-Type (RFC 9110 §8.3.2), unquoted and in lower case. */
export function contentTypeCharset(contentType: string | undefined): string | undefined {
	const match = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '');
	return match ? match[2].toLowerCase() : undefined;
}

/** The `encoding` of an XML declaration (XML 1.0 §4.3.3), read from the first bytes as ASCII. */
export function xmlDeclarationEncoding(buffer: Buffer): string | undefined {
	const head = buffer.subarray(0, 200).toString('latin1');
	const match = /^\s*<\?xml\s[^>]*?encoding\s*=\s*(["'])([A-Za-z][\w.:-]*)\1/.exec(head);
	return match ? match[2].toLowerCase() : undefined;
}

function bomEncoding(buffer: Buffer): string | undefined {
	if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return 'utf-8';
	if (buffer[0] === 0xfe && buffer[1] === 0xff) return 'utf-16be';
	if (buffer[0] === 0xff && buffer[1] === 0xfe) return 'utf-16le';
	return undefined;
}

/** Node's WHATWG TextDecoder (a global) for an encoding label, or undefined for one it does not know. */
function decoderFor(label: string): { decode(input: Buffer): string } | undefined {
	try {
		return new TextDecoder(label);
	} catch {
		return undefined;
	}
}

/**
 * The text of a body in the encoding it declares, in the order RFC 7303 §3.2 gives for XML (and that serves JSON and
 * text as well): a byte order mark, then the Content-Type's charset, then (for XML) the XML declaration, else UTF-8.
 * An encoding Node's TextDecoder (WHATWG Encoding) does not know is a CodecError naming it.
 */
export function decodeText(buffer: Buffer, contentType: string | undefined, xml: boolean, what: string): string {
	const declared = bomEncoding(buffer) ?? contentTypeCharset(contentType) ?? (xml ? xmlDeclarationEncoding(buffer) : undefined);
	if (declared === undefined || declared === 'utf-8' || declared === 'utf8') return buffer.toString('utf8').replace(/^\uFEFF/, '');
	const decoder = decoderFor(declared);
	if (!decoder) throw new CodecError(`${what} declares the character encoding "${declared}", which cannot be decoded`);
	return decoder.decode(buffer);
}

/** Closes the stream of a body that is not read (a redirect's), so that its connection is freed. */
export function discardBody(body: unknown): void {
	if (isByteStream(body)) body.destroy();
}
