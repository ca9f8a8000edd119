import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { readBinaryForUpload, type BinaryUpload } from '../../shared/binary';
import { decodeJson } from '../../shared/codec';
import { invalidParameter, requiredString } from '../../shared/validation';
import { splitList } from '../../shared/records';
import { readTemplateOptions } from './templateOptions';

/** A file of the input item that becomes a media URL once uploaded. */
export interface PendingUpload {
	file: BinaryUpload;
	/** Puts the uploaded media URL into the message. */
	apply(mediaUrl: string): void;
}

/**
 * Reads the fields of one content type into the request's `body` or `template`; files to upload first go to
 * `uploads` (their media URLs are filled in once uploaded).
 */
export type ContentReader = (context: IExecuteFunctions, itemIndex: number, uploads: PendingUpload[]) => IDataObject | Promise<IDataObject>;

export function readTextContent(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const text = requiredString(context, 'text', itemIndex, 'Text');
	const subject = String(context.getNodeParameter('subject', itemIndex, '')).trim();
	return { body: { type: 'text', text: { text, ...(subject ? { metadata: { subject } } : {}) } } };
}

/** The binary fields named in Attachments, each uploaded first; undefined when none are named. */
async function readAttachments(context: IExecuteFunctions, itemIndex: number, raw: unknown, uploads: PendingUpload[]): Promise<IDataObject[] | undefined> {
	const names = splitList(raw);
	if (names.length === 0) return undefined;
	const attachments: IDataObject[] = [];
	for (const name of names) {
		const file = await readBinaryForUpload(context, itemIndex, name, 'Attachments (Binary Fields)');
		const attachment: IDataObject = { mediaUrl: '', filename: file.fileName };
		attachments.push(attachment);
		uploads.push({ file, apply: (mediaUrl) => (attachment.mediaUrl = mediaUrl) });
	}
	return attachments;
}

export async function readHtmlContent(context: IExecuteFunctions, itemIndex: number, uploads: PendingUpload[]): Promise<IDataObject> {
	const html = requiredString(context, 'html', itemIndex, 'HTML');
	const subject = requiredString(context, 'subject', itemIndex, 'Subject', 'Enter the subject line of the e-mail.');
	const options = context.getNodeParameter('emailOptions', itemIndex, {}) as IDataObject;
	const emailFrom: IDataObject = {};
	if (String(options.fromUsername ?? '').trim()) emailFrom.username = String(options.fromUsername).trim();
	if (String(options.fromName ?? '').trim()) emailFrom.displayName = String(options.fromName).trim();
	const htmlBody: IDataObject = {
		html,
		...(String(options.plainText ?? '').trim() ? { text: String(options.plainText) } : {}),
		// Bird also takes the subject in meta.email.subject; the body's own metadata keeps it with the content.
		metadata: { subject, ...(Object.keys(emailFrom).length > 0 ? { emailFrom } : {}) },
	};
	const attachments = await readAttachments(context, itemIndex, options.attachmentProperties, uploads);
	if (attachments) htmlBody.attachments = attachments;
	return { body: { type: 'html', html: htmlBody } };
}

interface MediaSource {
	/** The binary file to upload; without it, `mediaUrl` is the user's URL. */
	file?: BinaryUpload;
	mediaUrl: string;
	altText: string;
	caption: string;
}

/** Media Source (a binary field or a URL), Alt Text and Caption of an image or a file. */
async function readMediaSource(context: IExecuteFunctions, itemIndex: number): Promise<MediaSource> {
	const source = context.getNodeParameter('mediaSource', itemIndex, 'binary') as string;
	const altText = String(context.getNodeParameter('altText', itemIndex, '')).trim();
	const caption = String(context.getNodeParameter('caption', itemIndex, '')).trim();
	if (source === 'binary') {
		const name = String(context.getNodeParameter('binaryPropertyName', itemIndex, 'data'));
		return { file: await readBinaryForUpload(context, itemIndex, name, 'Input Binary Field'), mediaUrl: '', altText, caption };
	}
	const mediaUrl = requiredString(context, 'mediaUrl', itemIndex, 'Media URL');
	if (!/^https?:\/\/\S+$/i.test(mediaUrl)) {
		throw invalidParameter(context, itemIndex, 'Media URL', `"${mediaUrl}" is not an http(s) address`, 'Enter a publicly reachable address starting with https://, or send the file from a binary field.');
	}
	return { mediaUrl, altText, caption };
}

export async function readImageContent(context: IExecuteFunctions, itemIndex: number, uploads: PendingUpload[]): Promise<IDataObject> {
	const { file, mediaUrl, altText, caption } = await readMediaSource(context, itemIndex);
	if (file && !(file.mimeType ?? '').startsWith('image/')) {
		throw invalidParameter(context, itemIndex, 'Input Binary Field', `the file "${file.fileName}" is not an image (${file.mimeType ?? 'unknown type'})`, 'Choose an image file, or send it as File content.');
	}
	const media: IDataObject = { mediaUrl, ...(altText ? { altText } : {}) };
	if (file) uploads.push({ file, apply: (url) => (media.mediaUrl = url) });
	return { body: { type: 'image', image: { images: [media], ...(caption ? { text: caption } : {}) } } };
}

export async function readFileContent(context: IExecuteFunctions, itemIndex: number, uploads: PendingUpload[]): Promise<IDataObject> {
	const { file, mediaUrl, altText, caption } = await readMediaSource(context, itemIndex);
	const contentType = String(context.getNodeParameter('fileContentType', itemIndex, '')).trim() || file?.mimeType || '';
	if (contentType === '') {
		throw invalidParameter(context, itemIndex, 'File Content Type', 'is empty', 'Enter the MIME type of the file, e.g. application/pdf; Bird requires it for every file.');
	}
	const fileName = String(context.getNodeParameter('fileName', itemIndex, '')).trim() || file?.fileName || '';
	const media: IDataObject = { mediaUrl, contentType, ...(fileName ? { filename: fileName } : {}), ...(altText ? { altText } : {}) };
	if (file) uploads.push({ file, apply: (url) => (media.mediaUrl = url) });
	return { body: { type: 'file', file: { files: [media], ...(caption ? { text: caption } : {}) } } };
}

function templateParameter(context: IExecuteFunctions, itemIndex: number, entry: IDataObject, position: number): IDataObject {
	const label = `Template Parameters (parameter ${position + 1})`;
	const key = String(entry.key ?? '').trim();
	const type = String(entry.type ?? 'string');
	const raw = entry.value;
	const text = typeof raw === 'string' ? raw.trim() : raw;
	if (key === '') throw invalidParameter(context, itemIndex, `${label} Key`, 'is empty', 'Enter the name of the template variable.');
	switch (type) {
		case 'number': {
			const value = typeof text === 'number' ? text : Number(text);
			if (text === '' || text === undefined || !Number.isFinite(value)) {
				throw invalidParameter(context, itemIndex, `${label} Value`, `"${String(raw)}" is not a number`, 'Enter a number such as 3 or 4.5, or change the type to String.');
			}
			return { type, key, value };
		}
		case 'boolean': {
			if (text !== true && text !== false && text !== 'true' && text !== 'false') {
				throw invalidParameter(context, itemIndex, `${label} Value`, `"${String(raw)}" is not true or false`, 'Enter true or false, or change the type to String.');
			}
			return { type, key, value: text === true || text === 'true' };
		}
		case 'object': {
			let value: unknown = raw;
			if (typeof raw === 'string') {
				try {
					value = decodeJson(raw, `"${label} Value"`);
				} catch (error) {
					throw invalidParameter(context, itemIndex, `${label} Value`, (error as Error).message, 'Enter a JSON object such as {"city": "Amsterdam"}.');
				}
			}
			if (value === null || typeof value !== 'object' || Array.isArray(value)) {
				throw invalidParameter(context, itemIndex, `${label} Value`, 'is not a JSON object', 'Enter a JSON object such as {"city": "Amsterdam"}.');
			}
			return { type, key, value: value as IDataObject };
		}
		default:
			return { type: 'string', key, value: raw === undefined || raw === null ? '' : String(raw) };
	}
}

export function readTemplateContent(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const parameters = (context.getNodeParameter('templateParameters.parameter', itemIndex, []) as IDataObject[]).map(
		(entry, position) => templateParameter(context, itemIndex, entry, position),
	);
	return {
		template: {
			projectId: requiredString(context, 'templateProjectId', itemIndex, 'Template', 'Pick the message template from the list, or enter the ID of its Studio project.'),
			version: requiredString(context, 'templateVersion', itemIndex, 'Version', 'Enter a version ID of the template, or latest.'),
			locale: requiredString(context, 'templateLocale', itemIndex, 'Locale', 'Enter a locale of the template, e.g. en or nl.'),
			...(parameters.length > 0 ? { parameters } : {}),
			...readTemplateOptions(context, itemIndex),
		},
	};
}

/**
 * The keys of Bird's `CreateMessage` ("Messaging" on docs.bird.com; additionalProperties false), the keys Custom JSON
 * takes. A deliberate copy of the documentation, as the emulator has its own.
 */
export const CREATE_MESSAGE_KEYS = [
	'body',
	'capFrequency',
	'enableLinkTracking',
	'ignoreGlobalHoldout',
	'ignoreQuietHours',
	'meta',
	'notification',
	'receiver',
	'reference',
	'replyTo',
	'scheduledFor',
	'sender',
	'shortLinks',
	'tags',
	'template',
	'validity',
] as const;

const isObject = (value: unknown): value is IDataObject => value !== null && typeof value === 'object' && !Array.isArray(value);

function parseMessageJson(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const raw = context.getNodeParameter('messageJson', itemIndex, '') as unknown;
	let value: unknown = raw;
	if (typeof raw === 'string') {
		try {
			value = decodeJson(raw, '"Message JSON"');
		} catch (error) {
			throw invalidParameter(context, itemIndex, 'Message JSON', (error as Error).message, 'Enter a JSON object with a "body" or a "template".');
		}
	}
	if (!isObject(value)) throw invalidParameter(context, itemIndex, 'Message JSON', 'is not a JSON object', 'Enter a JSON object with a "body" or a "template".');
	return value;
}

function refuseBodyAndTemplate(context: IExecuteFunctions, itemIndex: number, message: IDataObject): void {
	const hasBody = message.body !== undefined && message.body !== null;
	const hasTemplate = message.template !== undefined && message.template !== null;
	if (hasBody !== hasTemplate) return;
	throw invalidParameter(
		context,
		itemIndex,
		'Message JSON',
		hasBody ? 'has both "body" and "template"' : 'has neither "body" nor "template"',
		'Bird takes exactly one of them: a "body" for a message you write, or a "template" for a Studio template.',
	);
}

function refuseNonObjects(context: IExecuteFunctions, itemIndex: number, message: IDataObject, keys: readonly string[]): void {
	for (const key of keys) {
		if (message[key] !== undefined && message[key] !== null && !isObject(message[key])) {
			throw invalidParameter(context, itemIndex, 'Message JSON', `"${key}" is not an object`, `Make "${key}" a JSON object as Bird documents it.`);
		}
	}
}

/** Custom JSON of a conversation message: exactly one of `body` and `template`, as Bird documents them. */
export function readMessageJson(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const message = parseMessageJson(context, itemIndex);
	const unknown = Object.keys(message).filter((key) => key !== 'body' && key !== 'template');
	if (unknown.length > 0) {
		throw invalidParameter(context, itemIndex, 'Message JSON', `has fields other than "body" and "template": ${unknown.join(', ')}`, 'Keep only "body" or "template" here; set the receivers and the options in their own fields.');
	}
	refuseBodyAndTemplate(context, itemIndex, message);
	refuseNonObjects(context, itemIndex, message, ['body', 'template']);
	return message;
}

/**
 * Custom JSON of a channel message (Message › Send, Batch Message › Send Batch): a `CreateMessage` as Bird documents
 * it, with exactly one of `body` and `template`; a key Bird does not document is refused by name. Receivers and
 * Options set in the node win over the same keys here (see message.ts).
 */
export function readChannelMessageJson(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const message = parseMessageJson(context, itemIndex);
	const known = new Set<string>(CREATE_MESSAGE_KEYS);
	const unknown = Object.keys(message).filter((key) => !known.has(key));
	if (unknown.length > 0) {
		throw invalidParameter(
			context,
			itemIndex,
			'Message JSON',
			`has ${unknown.length === 1 ? 'a key' : 'keys'} Bird's CreateMessage does not have: ${unknown.map((key) => `"${key}"`).join(', ')}`,
			`Use only the keys Bird documents: ${CREATE_MESSAGE_KEYS.join(', ')}.`,
		);
	}
	refuseBodyAndTemplate(context, itemIndex, message);
	refuseNonObjects(context, itemIndex, message, ['body', 'template', 'receiver', 'meta', 'sender', 'replyTo']);
	return message;
}
