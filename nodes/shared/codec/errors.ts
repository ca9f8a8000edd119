/**
 * Raised by the codec for anything it cannot encode or decode. It carries a short excerpt of the offending text so
 * that the transport can show it (after redacting secrets) without ever dumping a whole body into an error.
 */
export class CodecError extends Error {
	constructor(
		message: string,
		readonly excerpt?: string,
	) {
		super(message);
		this.name = 'CodecError';
	}
}

const EXCERPT_LENGTH = 160;

/** The first characters of `text`, one line, with control characters made visible. */
export function excerptOf(text: string, around = 0): string {
	const start = Math.max(0, around - EXCERPT_LENGTH / 2);
	const slice = text.slice(start, start + EXCERPT_LENGTH);
	// eslint-disable-next-line no-control-regex
	const visible = slice.replace(/[\u0000-\u001f\u007f]/g, (c) =>
		c === '\n' || c === '\t' ? ' ' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
	return `${start > 0 ? '…' : ''}${visible}${start + EXCERPT_LENGTH < text.length ? '…' : ''}`;
}
