import type { IExecuteFunctions } from 'n8n-workflow';

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
	const data = await context.helpers.getBinaryDataBuffer(itemIndex, name);
	const fileName = metadata.fileName ?? `${name}${metadata.fileExtension ? `.${metadata.fileExtension}` : ''}`;
	return { fileName, mimeType: metadata.mimeType || undefined, data };
}
