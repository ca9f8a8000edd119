import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { BinaryFile } from '../../shared/binary';
import { providerRequest, type ProviderProfile, type ProviderResponse } from '../../shared/transport';
import { itemSuffix } from '../../shared/validation';
import { birdProfile, birdRequest } from '../transport';

interface PresignedUpload {
	mediaUrl: string;
	uploadUrl: string;
	uploadMethod?: string;
	uploadFormData: Record<string, string>;
}

/** The storage behind `uploadUrl` answers in S3's XML error format, not Bird's JSON. */
const storageProfile: ProviderProfile = {
	...birdProfile,
	name: 'Bird media storage',
	parseError({ statusCode, text }) {
		if (statusCode < 400) return undefined;
		const message = /<Message>([^<]*)<\/Message>/.exec(text)?.[1];
		const code = /<Code>([^<]*)<\/Code>/.exec(text)?.[1];
		return message ? { message, code } : undefined;
	},
	// The upload overwrites the same object key, so repeating it is harmless; the storage's 5xx (InternalError,
	// SlowDown) ask for exactly that.
	isNotProcessed: ({ statusCode }) => statusCode === 429 || statusCode >= 500,
	statusHint: (statusCode) =>
		statusCode === 403 ? 'The upload form was refused; the presigned upload may have expired. Run the item again.' : undefined,
};

/**
 * Uploads a file through Bird's presigned-upload flow and returns the media URL to put in the message:
 * 1. ask Bird (authenticated) for an upload with the file's content type;
 * 2. POST a multipart form to the returned upload URL, without Bird's access key (the form fields are the
 *    authorization), with every issued field in the order given and the file last, as the storage requires;
 * 3. the returned `mediaUrl` is then used in the message body.
 */
export async function uploadMedia(
	this: IExecuteFunctions,
	itemIndex: number,
	file: BinaryFile,
	operation: string,
): Promise<string> {
	const contentType = file.mimeType ?? 'application/octet-stream';
	const presigned = (await birdRequest.call(this, {
		operation: `${operation} (request media upload)`,
		itemIndex,
		method: 'POST',
		path: '/channel-media/presigned-upload',
		body: { json: { contentType } },
		// Asking for an upload URL twice only issues two URLs; nothing is sent to anyone.
		idempotent: true,
	})) as unknown as ProviderResponse<PresignedUpload & IDataObject>;
	const { mediaUrl, uploadUrl, uploadFormData } = presigned.body;
	const method = (presigned.body.uploadMethod ?? 'POST').toUpperCase();
	if (typeof mediaUrl !== 'string' || typeof uploadUrl !== 'string' || method !== 'POST') {
		throw new NodeOperationError(
			this.getNode(),
			`Bird answered the media upload request without a usable upload URL (method ${method})${itemSuffix(itemIndex)}`,
			{ itemIndex, description: 'Nothing was uploaded or sent. Run the item again; if it persists, send the media by URL.' },
		);
	}

	const form = new FormData();
	for (const [name, value] of Object.entries(uploadFormData ?? {})) form.append(name, String(value));
	form.append('file', new Blob([file.data], { type: contentType }), file.fileName);
	await providerRequest.call(this, storageProfile, {
		operation: `${operation} (upload ${file.fileName})`,
		itemIndex,
		method: 'POST',
		url: uploadUrl,
		body: { form },
		response: 'text',
		authenticate: false,
		// Uploading the same key again overwrites the same object.
		idempotent: true,
	});
	return mediaUrl;
}
