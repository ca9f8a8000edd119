/**
 * Media: the presigned upload (`POST /channel-media/presigned-upload`), the S3-like storage it points to (a
 * multipart form with exactly the issued fields plus the file, no access key), and the uploaded files.
 */
import { createHmac } from 'node:crypto';

import { emptyResponse, jsonResponse, mediaType, type SandboxRequest, type SandboxResponse } from '../../framework';
import type { BirdAccount } from './account';
import { add, malformed, s3Error, type Details, type Json } from './answers';
import { BIRD_WORKSPACE_ID, SIGNING_SECRET } from './fixtures';

interface MultipartPart {
	name: string;
	fileName?: string;
	contentType?: string;
	data: Buffer;
}

/** A strict multipart/form-data reader: undefined when the body is not well formed. */
function parseMultipart(body: Buffer, boundary: string): MultipartPart[] | undefined {
	const delimiter = Buffer.from(`--${boundary}`);
	const parts: MultipartPart[] = [];
	let position = body.indexOf(delimiter);
	if (position === -1) return undefined;
	for (;;) {
		position += delimiter.length;
		const after = body.subarray(position, position + 2).toString('latin1');
		if (after === '--') return parts;
		if (after !== '\r\n') return undefined;
		position += 2;
		const headerEnd = body.indexOf('\r\n\r\n', position);
		if (headerEnd === -1) return undefined;
		const headers: Record<string, string> = {};
		for (const line of body.subarray(position, headerEnd).toString('utf8').split('\r\n')) {
			const colon = line.indexOf(':');
			if (colon === -1) return undefined;
			headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
		}
		const next = body.indexOf(Buffer.from(`\r\n--${boundary}`), headerEnd + 4);
		if (next === -1) return undefined;
		const disposition = headers['content-disposition'] ?? '';
		const name = /(?:^|;)\s*name="([^"]*)"/.exec(disposition)?.[1];
		if (!disposition.startsWith('form-data') || name === undefined) return undefined;
		const fileName = /filename="([^"]*)"/.exec(disposition)?.[1];
		parts.push({ name, fileName, contentType: headers['content-type'], data: body.subarray(headerEnd + 4, next) });
		position = next + 2;
	}
}

export function presign(account: BirdAccount, body: Json, base: string): SandboxResponse {
	const details: Details = {};
	for (const key of Object.keys(body)) if (key !== 'contentType') add(details, `.${key}`, `Unknown property '${key}'`);
	if (typeof body.contentType !== 'string') add(details, '.contentType', "Property 'contentType' is missing");
	else if (!/^[\w.+-]+\/[\w.+-]+$/.test(body.contentType)) add(details, '.contentType', 'Must be a MIME type');
	if (Object.keys(details).length > 0) return malformed(details);
	const mediaId = account.nextId('f');
	const contentType = body.contentType as string;
	const objectKey = `workspaces/${BIRD_WORKSPACE_ID}/media/${mediaId}`;
	const policy = Buffer.from(
		JSON.stringify({ expiration: '2099-01-01T00:00:00Z', conditions: [{ bucket: 'bird-sandbox-media' }, { key: objectKey }] }),
	).toString('base64');
	const fields: Array<[string, string]> = [
		['Content-Type', contentType],
		['acl', 'private'],
		['bucket', 'bird-sandbox-media'],
		['key', objectKey],
		['policy', policy],
		['x-amz-algorithm', 'AWS4-HMAC-SHA256'],
		['x-amz-credential', 'SANDBOXKEY/20260101/eu-west-1/s3/aws4_request'],
		['x-amz-date', '20260101T000000Z'],
		['x-amz-signature', createHmac('sha256', SIGNING_SECRET).update(policy).digest('hex')],
	];
	account.issuedUploads.set(objectKey, { mediaId, contentType, fields });
	return jsonResponse(200, {
		mediaUrl: `${base}/media/${BIRD_WORKSPACE_ID}/${mediaId}`,
		uploadUrl: `${base}/storage-upload`,
		uploadMethod: 'POST',
		uploadFormData: Object.fromEntries(fields),
	});
}

export function upload(account: BirdAccount, request: SandboxRequest): SandboxResponse {
	if (request.headers.authorization !== undefined) {
		return s3Error(400, 'InvalidArgument', 'Only one auth mechanism allowed; the form fields already authorize this request');
	}
	const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(request.headers['content-type'] ?? '');
	if (mediaType(request) !== 'multipart/form-data' || !boundary) {
		return s3Error(412, 'PreconditionFailed', 'Bucket POST must be of the enclosure-type multipart/form-data');
	}
	const parts = parseMultipart(request.body, (boundary[1] ?? boundary[2]).trim());
	if (!parts) return s3Error(400, 'MalformedPOSTRequest', 'The body of your POST request is not well-formed multipart/form-data.');
	const keyPart = parts.find((part) => part.name === 'key');
	const issued = keyPart ? account.issuedUploads.get(keyPart.data.toString('utf8')) : undefined;
	if (!issued) return s3Error(403, 'AccessDenied', 'Invalid according to Policy: Policy Condition failed: ["eq", "$key"]');
	const files = parts.filter((part) => part.name === 'file');
	if (files.length !== 1 || parts[parts.length - 1].name !== 'file' || files[0].fileName === undefined) {
		return s3Error(400, 'InvalidArgument', 'POST requires exactly one file upload per request, as the last field');
	}
	const fields = parts.slice(0, -1).map((part): [string, string] => [part.name, part.data.toString('utf8')]);
	const expected = JSON.stringify(issued.fields);
	if (JSON.stringify(fields) !== expected) {
		const extra = fields.filter(([name]) => !issued.fields.some(([issuedName]) => issuedName === name)).map(([name]) => name);
		return s3Error(
			403,
			'AccessDenied',
			extra.length > 0
				? `Invalid according to Policy: Extra input fields: ${extra.join(', ')}`
				: 'Invalid according to Policy: Policy Condition failed: the form fields differ from the issued ones',
		);
	}
	account.media.set(issued.mediaId, {
		contentType: issued.contentType,
		fileName: files[0].fileName,
		data: Buffer.from(files[0].data),
	});
	// A presigned POST policy stays valid until it expires: the same form may be posted again (a client's retry
	// after a lost answer), and it overwrites the same object.
	return emptyResponse(204);
}

/** `GET /media/{workspaceId}/{mediaId}`: an uploaded file, as the storage serves it. */
export function getMedia(account: BirdAccount, workspaceId: string, mediaId: string): SandboxResponse {
	const media = workspaceId === BIRD_WORKSPACE_ID ? account.media.get(mediaId) : undefined;
	if (!media) return s3Error(404, 'NoSuchKey', 'The specified key does not exist.');
	return { status: 200, headers: { 'Content-Type': media.contentType }, body: media.data };
}
