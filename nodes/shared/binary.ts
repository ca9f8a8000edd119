import { createHash } from 'node:crypto';

import type { IExecuteFunctions } from 'n8n-workflow';

import { base64Of, type Base64Content } from './codec';
import { invalidParameter } from './validation';

export interface BinaryFile {
	fileName: string;
	/** The MIME type n8n knows for the file, or undefined when it knows none. */
	mimeType: string | undefined;
	data: Buffer;
}

/**
 * Reads a binary property of an input item through n8n's helpers, so that it works in every binary data mode
 * (memory, filesystem, S3, database): never `binary.data`, which is only a reference outside memory mode.
 */
export async function readBinaryProperty(
	context: IExecuteFunctions,
	itemIndex: number,
	propertyName: string,
	fieldLabel: string,
): Promise<BinaryFile> {
	const { name, fileName, mimeType } = binaryPropertyOf(context, itemIndex, propertyName, fieldLabel);
	const data = await context.helpers.getBinaryDataBuffer(itemIndex, name);
	refuseEmpty(context, itemIndex, fieldLabel, name, data.length);
	return { fileName, mimeType, data };
}

/**
 * A file of 0 bytes is refused before any request: the providers would deliver an empty attachment or image (an
 * upload, a download or a mapping that went wrong earlier in the workflow), and the recipient cannot tell why.
 */
function refuseEmpty(context: IExecuteFunctions, itemIndex: number, fieldLabel: string, name: string, size: number): void {
	if (size > 0) return;
	throw invalidParameter(
		context,
		itemIndex,
		fieldLabel,
		`the file in binary property "${name}" is empty (0 bytes)`,
		'Check the node that produced the file: it read or downloaded nothing. Remove the file from the item to send without it.',
	);
}

export interface Base64File {
	fileName: string;
	mimeType: string | undefined;
	/** Size in bytes. */
	size: number;
	/** The file, to be written as base64 into a request body (see the codec's `base64Of`). */
	content: Base64Content;
}

/**
 * A binary property as base64 content for a request body (attachments). A file in n8n's binary store (filesystem,
 * S3, database) is read as a stream while the body is written, so the node never holds the file itself next to its
 * base64; a file held in memory is used as it is.
 */
export async function readBinaryForBase64(
	context: IExecuteFunctions,
	itemIndex: number,
	propertyName: string,
	fieldLabel: string,
): Promise<Base64File> {
	const { name, fileName, mimeType, id } = binaryPropertyOf(context, itemIndex, propertyName, fieldLabel);
	if (id) {
		const { fileSize } = await context.helpers.getBinaryMetadata(id);
		if (Number.isInteger(fileSize) && fileSize >= 0) {
			refuseEmpty(context, itemIndex, fieldLabel, name, fileSize);
			const content = base64Of({
				byteLength: fileSize,
				open: async () => await context.helpers.getBinaryStream(id),
			});
			return { fileName, mimeType, size: fileSize, content };
		}
	}
	const data = await context.helpers.getBinaryDataBuffer(itemIndex, name);
	refuseEmpty(context, itemIndex, fieldLabel, name, data.length);
	return { fileName, mimeType, size: data.length, content: base64Of(data) };
}

/** A binary property to upload as it is (a presigned upload), read only while the upload is written. */
export interface BinaryUpload {
	fileName: string;
	/** The MIME type n8n knows for the file, or undefined when it knows none. */
	mimeType: string | undefined;
	/** Size in bytes. */
	size: number;
	/**
	 * The same for the same file, so that one upload can serve every item that carries it: `id:` and n8n's binary data
	 * ID for a file in n8n's binary store, `sha256:` and the SHA-256 of the content for a file held in memory.
	 */
	key: string;
	/** The file's content as a stream; opened again for each attempt of the upload. */
	open(): Promise<AsyncIterable<Uint8Array> | Iterable<Uint8Array>>;
}

/**
 * A binary property for an upload of the file itself. A file in n8n's binary store (filesystem, S3, database) is
 * streamed from it when the upload is written, so the node never holds the whole file; a file held in memory is used
 * as it is.
 */
export async function readBinaryForUpload(
	context: IExecuteFunctions,
	itemIndex: number,
	propertyName: string,
	fieldLabel: string,
): Promise<BinaryUpload> {
	const { name, fileName, mimeType, id } = binaryPropertyOf(context, itemIndex, propertyName, fieldLabel);
	if (id) {
		const { fileSize } = await context.helpers.getBinaryMetadata(id);
		if (Number.isInteger(fileSize) && fileSize >= 0) {
			refuseEmpty(context, itemIndex, fieldLabel, name, fileSize);
			return { fileName, mimeType, size: fileSize, key: `id:${id}`, open: async () => await context.helpers.getBinaryStream(id) };
		}
	}
	const data = await context.helpers.getBinaryDataBuffer(itemIndex, name);
	refuseEmpty(context, itemIndex, fieldLabel, name, data.length);
	const key = `sha256:${createHash('sha256').update(data).digest('hex')}`;
	return { fileName, mimeType, size: data.length, key, open: async () => [data] };
}

function binaryPropertyOf(
	context: IExecuteFunctions,
	itemIndex: number,
	propertyName: string,
	fieldLabel: string,
): { name: string; fileName: string; mimeType: string | undefined; id: string | undefined } {
	const name = propertyName.trim();
	const item = context.getInputData()[itemIndex];
	if (name === '' || !item?.binary?.[name]) {
		const available = Object.keys(item?.binary ?? {});
		throw invalidParameter(
			context,
			itemIndex,
			fieldLabel,
			name === '' ? 'is empty' : `the input item has no binary property "${name}"`,
			available.length > 0
				? `Use one of the binary properties the item has: ${available.join(', ')}.`
				: 'The input item has no binary data at all; read or download the file in an earlier node.',
		);
	}
	const metadata = context.helpers.assertBinaryData(itemIndex, name);
	const fileName = metadata.fileName ?? `${name}${metadata.fileExtension ? `.${metadata.fileExtension}` : ''}`;
	return { name, fileName, mimeType: metadata.mimeType || undefined, id: metadata.id };
}
