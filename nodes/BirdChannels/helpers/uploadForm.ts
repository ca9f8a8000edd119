/**
 * The multipart form of Bird's presigned media upload ("Uploading media" on docs.bird.com "Messaging": every
 * `uploadFormData` entry as a field, then the file in a field named `file`), written so that the file is streamed.
 *
 * The global FormData holds a file only as a Blob, whose bytes are in memory. n8n's HTTP client (axios) writes any
 * spec-compliant form entry by entry (`entries()`), and a file entry from its `name`, `type`, `size` and `stream()`;
 * this form gives it a file entry whose stream is opened from n8n's binary store when the body is written, and opened
 * again for a repeated attempt. Its size is known, so the request has a Content-Length, which the storage requires.
 */

/** The file part: what the HTTP client reads of a Blob. */
class StreamedFile {
	constructor(
		readonly name: string,
		readonly type: string,
		readonly size: number,
		private readonly open: () => Promise<AsyncIterable<Uint8Array> | Iterable<Uint8Array>>,
	) {}

	stream(): AsyncIterable<Uint8Array> {
		const open = this.open;
		return (async function* () {
			yield* await open();
		})();
	}
}

/** A form with string fields and one streamed file, in the order they were appended. */
class StreamedUploadForm {
	readonly [Symbol.toStringTag] = 'FormData';

	private readonly parts: Array<[string, string | StreamedFile]> = [];

	append(name: string, value: string | StreamedFile): void {
		this.parts.push([name, value]);
	}

	entries(): IterableIterator<[string, string | StreamedFile]> {
		return this.parts[Symbol.iterator]();
	}

	[Symbol.iterator](): IterableIterator<[string, string | StreamedFile]> {
		return this.entries();
	}
}

export interface UploadFormFile {
	fileName: string;
	contentType: string;
	size: number;
	open(): Promise<AsyncIterable<Uint8Array> | Iterable<Uint8Array>>;
}

/** The issued fields in the order given, then the file last (the storage refuses a field after the file). */
export function streamedUploadForm(fields: Record<string, unknown>, file: UploadFormFile): FormData {
	const form = new StreamedUploadForm();
	for (const [name, value] of Object.entries(fields)) form.append(name, String(value));
	form.append('file', new StreamedFile(file.fileName, file.contentType, file.size, file.open));
	return form as unknown as FormData;
}
