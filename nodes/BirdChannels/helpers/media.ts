import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { BinaryUpload } from '../../shared/binary';
import { providerRequest, type ProviderProfile, type ProviderResponse } from '../../shared/transport';
import { itemSuffix } from '../../shared/validation';
import { birdProfile, birdRequest } from '../transport';
import { forItem, nodeError } from './itemError';
import { streamedUploadForm } from './uploadForm';

interface PresignedUpload {
	mediaUrl: string;
	uploadUrl: string;
	uploadMethod?: string;
	uploadFormData: Record<string, string>;
}

/** A file uploaded to Bird: the media URL to put in messages, and what was uploaded. */
export interface UploadedMedia {
	mediaUrl: string;
	contentType: string;
	fileName: string;
	size: number;
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

/** Step 1 ("Uploading media", docs.bird.com "Messaging"): Bird issues an upload for the file's content type. */
async function presign(this: IExecuteFunctions, itemIndex: number, contentType: string, operation: string): Promise<PresignedUpload> {
	const presigned = (await birdRequest.call(this, {
		operation: `${operation} (request media upload)`,
		itemIndex,
		method: 'POST',
		path: '/channel-media/presigned-upload',
		body: { json: { contentType } },
		// Asking for an upload URL twice only issues two URLs; nothing is sent to anyone.
		idempotent: true,
	})) as unknown as ProviderResponse<PresignedUpload & IDataObject>;
	const { mediaUrl, uploadUrl } = presigned.body;
	const method = (presigned.body.uploadMethod ?? 'POST').toUpperCase();
	if (typeof mediaUrl !== 'string' || typeof uploadUrl !== 'string' || method !== 'POST') {
		throw new NodeOperationError(
			this.getNode(),
			`Bird answered the media upload request without a usable upload URL (method ${method})${itemSuffix(itemIndex)}`,
			{ itemIndex, description: 'Nothing was uploaded or sent. Run the item again; if it persists, send the media by URL.' },
		);
	}
	return presigned.body;
}

/**
 * Uploads a file through Bird's presigned-upload flow and returns its media URL:
 * 1. ask Bird (authenticated) for an upload with the file's content type;
 * 2. POST a multipart form to the returned upload URL, without Bird's access key (the form fields are the
 *    authorization), with every issued field in the order given and the file last, streamed from n8n's binary store;
 * 3. the returned `mediaUrl` is then used in message bodies.
 */
async function upload(this: IExecuteFunctions, itemIndex: number, file: BinaryUpload, operation: string): Promise<UploadedMedia> {
	const contentType = file.mimeType ?? 'application/octet-stream';
	const { mediaUrl, uploadUrl, uploadFormData } = await presign.call(this, itemIndex, contentType, operation);
	await providerRequest.call(this, storageProfile, {
		operation: `${operation} (upload ${file.fileName})`,
		itemIndex,
		method: 'POST',
		url: uploadUrl,
		body: { form: streamedUploadForm(uploadFormData ?? {}, { fileName: file.fileName, contentType, size: file.size, open: file.open }) },
		response: 'text',
		authenticate: false,
		// Uploading the same key again overwrites the same object.
		idempotent: true,
	});
	return { mediaUrl, contentType, fileName: file.fileName, size: file.size };
}

interface SharedUpload {
	itemIndex: number;
	done: Promise<UploadedMedia>;
}

/** The uploads of one run of the node (its run context), by file: items running at the same time share one. */
const runUploads = new WeakMap<object, Map<string, SharedUpload>>();

/**
 * Uploads each distinct file once per run of the node and returns what was uploaded: the same binary (n8n's binary
 * data ID, or the content's SHA-256 for a file held in memory, see readBinaryForUpload) with the same content type
 * gets the one media URL, also when items upload at the same time (they wait for the same upload). A failed upload
 * is not kept, so a later item tries again; the items that waited for it get its error, naming their own item.
 */
export async function uploadFile(this: IExecuteFunctions, itemIndex: number, file: BinaryUpload, operation: string): Promise<UploadedMedia> {
	const uploads = runUploads.get(this) ?? new Map<string, SharedUpload>();
	runUploads.set(this, uploads);
	const key = `${file.key}\u0000${file.mimeType ?? ''}`;
	let shared = uploads.get(key);
	if (!shared) {
		const done = upload.call(this, itemIndex, file, operation);
		shared = { itemIndex, done };
		uploads.set(key, shared);
		done.catch(() => uploads.get(key)?.done === done && uploads.delete(key));
	}
	try {
		return await shared.done;
	} catch (error) {
		const failure = nodeError(this, error, shared.itemIndex);
		throw shared.itemIndex === itemIndex ? failure : forItem(failure, itemIndex);
	}
}

/** The media URL of a file of the input item, uploaded once per run (see uploadFile), to put in a message body. */
export async function uploadMedia(this: IExecuteFunctions, itemIndex: number, file: BinaryUpload, operation: string): Promise<string> {
	return (await uploadFile.call(this, itemIndex, file, operation)).mediaUrl;
}
