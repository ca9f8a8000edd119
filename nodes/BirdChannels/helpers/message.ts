import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { readBinaryProperty, type BinaryFile } from '../../shared/binary';
import { decodeJson } from '../../shared/codec';
import { checkedPathValue } from '../../shared/pathSegment';
import { invalidParameter, isE164Phone, isEmail, requiredString } from '../../shared/validation';
import { uploadMedia } from './media';

const MAX_TAGS = 10;
const TAG_PATTERN = /^[a-zA-Z0-9-_ ]{1,50}$/;
const MAX_SCHEDULE_MS = 35 * 24 * 60 * 60 * 1000;
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/;

/** A file of the input item that becomes a media URL once uploaded. */
interface PendingUpload {
	file: BinaryFile;
	/** Puts the uploaded media URL into the message. */
	apply(mediaUrl: string): void;
}

/** A message request read and validated from one input item; nothing has been sent yet. */
export interface PreparedMessage {
	itemIndex: number;
	channelId: string;
	/** The `CreateMessage` body; media URLs of pending uploads are filled in by `completeMessage`. */
	request: IDataObject;
	uploads: PendingUpload[];
	/** Said in the output item, e.g. that a schedule in the past is sent at once. */
	notice?: string;
}

function isValidDate(year: number, month: number, day: number, hour: number, minute: number, second: number): boolean {
	const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour <= 23 && minute <= 59 && second <= 60;
}

function readTags(context: IExecuteFunctions, itemIndex: number, raw: unknown): string[] | undefined {
	const list = Array.isArray(raw) ? raw.map(String) : String(raw ?? '').split(',');
	const tags = list.map((tag) => tag.trim()).filter((tag) => tag !== '');
	if (tags.length === 0) return undefined;
	if (tags.length > MAX_TAGS) {
		throw invalidParameter(context, itemIndex, 'Tags', `has ${tags.length} tags; Bird takes at most ${MAX_TAGS}`, 'Remove tags until at most 10 are left.');
	}
	const bad = tags.find((tag) => !TAG_PATTERN.test(tag));
	if (bad !== undefined) {
		throw invalidParameter(
			context,
			itemIndex,
			'Tags',
			`"${bad}" is not a valid tag`,
			'Use 1 to 50 letters, digits, spaces, hyphens or underscores per tag, and separate tags with commas.',
		);
	}
	return tags;
}

/** Checks `scheduledFor`; returns a notice when the time is already past (Bird then sends at once). */
function checkSchedule(context: IExecuteFunctions, itemIndex: number, value: string, now: number): string | undefined {
	const match = RFC3339.exec(value);
	const fix =
		'Enter an RFC 3339 time with a time zone offset, e.g. 2026-01-01T10:00:00Z or 2026-01-01T11:00:00+01:00, or use {{ $now.plus({ hours: 2 }).toISO() }}.';
	if (!match) throw invalidParameter(context, itemIndex, 'Scheduled For', `"${value}" is not an RFC 3339 time`, fix);
	const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
	if (!isValidDate(year, month, day, hour, minute, second) || Number.isNaN(Date.parse(value))) {
		throw invalidParameter(context, itemIndex, 'Scheduled For', `"${value}" is not a real date and time`, fix);
	}
	const delta = Date.parse(value) - now;
	if (delta > MAX_SCHEDULE_MS) {
		throw invalidParameter(
			context,
			itemIndex,
			'Scheduled For',
			`"${value}" is more than 35 days ahead; Bird rejects such messages`,
			'Choose a time at most 35 days from now, or schedule the workflow to run later.',
		);
	}
	return delta < 0
		? `Scheduled For (${value}) is in the past, so Bird sends the message at once instead of scheduling it.`
		: undefined;
}

interface ReceiverEntry {
	identifyBy?: string;
	identifierKey?: string;
	customIdentifierKey?: string;
	identifierValue?: string;
	contactId?: string;
	type?: string;
}

function readReceivers(context: IExecuteFunctions, itemIndex: number, content: string): IDataObject[] {
	const entries = context.getNodeParameter('receivers.receiver', itemIndex, []) as ReceiverEntry[];
	if (entries.length === 0) {
		throw invalidParameter(context, itemIndex, 'Receivers', 'is empty', 'Add at least one receiver: an identifier (phone number, e-mail address, …) or a contact ID.');
	}
	const contacts = entries.map((entry, position) => {
		const label = `Receivers (receiver ${position + 1})`;
		// A type the picker does not list (To, CC, BCC) is refused by the router.
		const type = entry.type ?? 'to';
		if ((entry.identifyBy ?? 'identifier') === 'contactId') {
			const id = String(entry.contactId ?? '').trim();
			if (id === '') throw invalidParameter(context, itemIndex, `${label} Contact ID`, 'is empty', 'Enter the ID of a Bird contact, or identify the receiver by an identifier.');
			return { contact: { id } as IDataObject, type, email: undefined };
		}
		const chosenKey = entry.identifierKey ?? 'phonenumber';
		const key = (chosenKey === 'custom' ? String(entry.customIdentifierKey ?? '') : chosenKey).trim();
		const value = String(entry.identifierValue ?? '').trim();
		if (key === '') throw invalidParameter(context, itemIndex, `${label} Custom Identifier Key`, 'is empty', 'Enter the identifier key, e.g. telegram.');
		if (value === '') throw invalidParameter(context, itemIndex, `${label} Identifier Value`, 'is empty', 'Enter the phone number, e-mail address or other identifier of the receiver.');
		if (key === 'phonenumber' && !isE164Phone(value)) {
			throw invalidParameter(context, itemIndex, `${label} Identifier Value`, `"${value}" is not a phone number in international format`, 'Write the number with + and the country code and no spaces, e.g. +31612345678.');
		}
		if (key === 'emailaddress' && !isEmail(value)) {
			throw invalidParameter(context, itemIndex, `${label} Identifier Value`, `"${value}" is not an e-mail address`, 'Enter an address such as jane@example.com.');
		}
		return { contact: { identifierKey: key, identifierValue: value } as IDataObject, type, email: key === 'emailaddress' };
	});

	// Bird takes several receivers (and CC/BCC) on e-mail channels only; the node cannot see the channel's platform
	// without a request, so it requires every receiver to be an e-mail address then, which only e-mail channels have.
	if (contacts.length > 1 && contacts.some((receiver) => receiver.email !== true)) {
		throw invalidParameter(
			context,
			itemIndex,
			'Receivers',
			'has several receivers that are not all e-mail addresses',
			'Several receivers in one message are possible only on e-mail channels: address each receiver by e-mail address, or send one message per receiver (one input item each).',
		);
	}
	if (contacts.some((receiver) => receiver.type !== 'to') && contacts.length === 1) {
		throw invalidParameter(context, itemIndex, 'Receivers', 'has only a CC or BCC receiver', 'Set the type of at least one receiver to To.');
	}
	if (contacts.length > 1 && !contacts.some((receiver) => receiver.type === 'to')) {
		throw invalidParameter(context, itemIndex, 'Receivers', 'has no To receiver', 'Set the type of at least one receiver to To.');
	}
	if (content === 'html' && contacts.some((receiver) => receiver.email === false)) {
		throw invalidParameter(context, itemIndex, 'Receivers', 'HTML Email needs e-mail receivers', 'Address the receivers by e-mail address or contact ID, or choose Text content for other channels.');
	}
	return contacts.map(({ contact, type }) => (contacts.length > 1 ? { ...contact, type } : contact));
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

function readMessageJson(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const raw = context.getNodeParameter('messageJson', itemIndex, '') as unknown;
	let value: unknown = raw;
	if (typeof raw === 'string') {
		try {
			value = decodeJson(raw, '"Message JSON"');
		} catch (error) {
			throw invalidParameter(context, itemIndex, 'Message JSON', (error as Error).message, 'Enter a JSON object with a "body" or a "template".');
		}
	}
	if (value === null || typeof value !== 'object' || Array.isArray(value)) {
		throw invalidParameter(context, itemIndex, 'Message JSON', 'is not a JSON object', 'Enter a JSON object with a "body" or a "template".');
	}
	const message = value as IDataObject;
	const unknown = Object.keys(message).filter((key) => key !== 'body' && key !== 'template');
	if (unknown.length > 0) {
		throw invalidParameter(context, itemIndex, 'Message JSON', `has fields other than "body" and "template": ${unknown.join(', ')}`, 'Keep only "body" or "template" here; set the receivers and the options in their own fields.');
	}
	const hasBody = message.body !== undefined && message.body !== null;
	const hasTemplate = message.template !== undefined && message.template !== null;
	if (hasBody === hasTemplate) {
		throw invalidParameter(
			context,
			itemIndex,
			'Message JSON',
			hasBody ? 'has both "body" and "template"' : 'has neither "body" nor "template"',
			'Bird takes exactly one of them: a "body" for a message you write, or a "template" for a Studio template.',
		);
	}
	for (const key of ['body', 'template'] as const) {
		if (message[key] !== undefined && (typeof message[key] !== 'object' || Array.isArray(message[key]))) {
			throw invalidParameter(context, itemIndex, 'Message JSON', `"${key}" is not an object`, `Make "${key}" a JSON object as Bird documents it.`);
		}
	}
	return message;
}

/**
 * Reads and checks the message fields of one input item, without sending anything: every problem of the input
 * is raised here, before any request (binary files are read now, uploaded later).
 */
export async function prepareMessage(this: IExecuteFunctions, itemIndex: number, now = Date.now()): Promise<PreparedMessage> {
	// Checked as a path segment now, so that a batch refuses it before any request.
	const channelId = checkedPathValue(this, itemIndex, 'Channel', requiredString(this, 'channel', itemIndex, 'Channel', 'Pick a channel from the list or enter its ID.'));
	const content = this.getNodeParameter('content', itemIndex) as string;
	const receivers = readReceivers(this, itemIndex, content);
	const uploads: PendingUpload[] = [];
	const request: IDataObject = { receiver: { contacts: receivers } };

	switch (content) {
		case 'text': {
			const text = requiredString(this, 'text', itemIndex, 'Text');
			const subject = String(this.getNodeParameter('subject', itemIndex, '')).trim();
			request.body = { type: 'text', text: { text, ...(subject ? { metadata: { subject } } : {}) } };
			break;
		}
		case 'html': {
			const html = requiredString(this, 'html', itemIndex, 'HTML');
			const subject = requiredString(this, 'subject', itemIndex, 'Subject', 'Enter the subject line of the e-mail.');
			const options = this.getNodeParameter('emailOptions', itemIndex, {}) as IDataObject;
			const emailFrom: IDataObject = {};
			if (String(options.fromUsername ?? '').trim()) emailFrom.username = String(options.fromUsername).trim();
			if (String(options.fromName ?? '').trim()) emailFrom.displayName = String(options.fromName).trim();
			const htmlBody: IDataObject = {
				html,
				...(String(options.plainText ?? '').trim() ? { text: String(options.plainText) } : {}),
				// Bird also takes the subject in meta.email.subject; the body's own metadata keeps it with the content.
				metadata: { subject, ...(Object.keys(emailFrom).length > 0 ? { emailFrom } : {}) },
			};
			const names = String(options.attachmentProperties ?? '')
				.split(',')
				.map((name) => name.trim())
				.filter((name) => name !== '');
			if (names.length > 0) {
				const attachments: IDataObject[] = [];
				for (const name of names) {
					const file = await readBinaryProperty(this, itemIndex, name, 'Attachments (Binary Fields)');
					const attachment: IDataObject = { mediaUrl: '', filename: file.fileName };
					attachments.push(attachment);
					uploads.push({ file, apply: (mediaUrl) => (attachment.mediaUrl = mediaUrl) });
				}
				htmlBody.attachments = attachments;
			}
			request.body = { type: 'html', html: htmlBody };
			break;
		}
		case 'image':
		case 'file': {
			const source = this.getNodeParameter('mediaSource', itemIndex, 'binary') as string;
			const altText = String(this.getNodeParameter('altText', itemIndex, '')).trim();
			const caption = String(this.getNodeParameter('caption', itemIndex, '')).trim();
			let file: BinaryFile | undefined;
			let mediaUrl = '';
			if (source === 'binary') {
				const name = String(this.getNodeParameter('binaryPropertyName', itemIndex, 'data'));
				file = await readBinaryProperty(this, itemIndex, name, 'Input Binary Field');
			} else {
				mediaUrl = requiredString(this, 'mediaUrl', itemIndex, 'Media URL');
				if (!/^https?:\/\/\S+$/i.test(mediaUrl)) {
					throw invalidParameter(this, itemIndex, 'Media URL', `"${mediaUrl}" is not an http(s) address`, 'Enter a publicly reachable address starting with https://, or send the file from a binary field.');
				}
			}
			const media: IDataObject = { mediaUrl };
			if (content === 'image') {
				if (file && !(file.mimeType ?? '').startsWith('image/')) {
					throw invalidParameter(this, itemIndex, 'Input Binary Field', `the file "${file.fileName}" is not an image (${file.mimeType ?? 'unknown type'})`, 'Choose an image file, or send it as File content.');
				}
				if (altText) media.altText = altText;
				request.body = { type: 'image', image: { images: [media], ...(caption ? { text: caption } : {}) } };
			} else {
				const contentType = String(this.getNodeParameter('fileContentType', itemIndex, '')).trim() || file?.mimeType || '';
				if (contentType === '') {
					throw invalidParameter(this, itemIndex, 'File Content Type', 'is empty', 'Enter the MIME type of the file, e.g. application/pdf; Bird requires it for every file.');
				}
				media.contentType = contentType;
				const fileName = String(this.getNodeParameter('fileName', itemIndex, '')).trim() || file?.fileName || '';
				if (fileName) media.filename = fileName;
				if (altText) media.altText = altText;
				request.body = { type: 'file', file: { files: [media], ...(caption ? { text: caption } : {}) } };
			}
			if (file) uploads.push({ file, apply: (url) => (media.mediaUrl = url) });
			break;
		}
		case 'template': {
			const parameters = (this.getNodeParameter('templateParameters.parameter', itemIndex, []) as IDataObject[]).map(
				(entry, position) => templateParameter(this, itemIndex, entry, position),
			);
			request.template = {
				projectId: requiredString(this, 'templateProjectId', itemIndex, 'Project ID', 'Enter the ID of the Studio project that holds the template.'),
				version: requiredString(this, 'templateVersion', itemIndex, 'Version', 'Enter a version ID of the template, or latest.'),
				locale: requiredString(this, 'templateLocale', itemIndex, 'Locale', 'Enter a locale of the template, e.g. en or nl.'),
				...(parameters.length > 0 ? { parameters } : {}),
			};
			break;
		}
		case 'json':
			Object.assign(request, readMessageJson(this, itemIndex));
			break;
		default:
			throw invalidParameter(this, itemIndex, 'Content', `"${content}" is not a known content type`, 'Choose Text, HTML Email, Image, File, Template or Custom JSON.');
	}

	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	let notice: string | undefined;
	if (typeof options.reference === 'string' && options.reference.trim() !== '') request.reference = options.reference.trim();
	const tags = readTags(this, itemIndex, options.tags);
	if (tags) request.tags = tags;
	if (typeof options.scheduledFor === 'string' && options.scheduledFor.trim() !== '') {
		request.scheduledFor = options.scheduledFor.trim();
		notice = checkSchedule(this, itemIndex, request.scheduledFor as string, now);
	}
	if (options.validity !== undefined && options.validity !== '') {
		const validity = Number(options.validity);
		if (!Number.isInteger(validity) || validity < 0) {
			throw invalidParameter(this, itemIndex, 'Validity (Seconds)', `"${String(options.validity)}" is not a whole number of seconds`, 'Enter 0 or more seconds, e.g. 129600 for 36 hours.');
		}
		request.validity = validity;
	}
	if (typeof options.shortLinksDomain === 'string' && options.shortLinksDomain.trim() !== '') {
		const domain = options.shortLinksDomain.trim();
		if (domain.length > 128) {
			throw invalidParameter(this, itemIndex, 'Short Links Domain', 'is longer than 128 characters', 'Enter "default" or one of your own short-link domains.');
		}
		request.shortLinks = { domain };
	}
	for (const flag of ['enableLinkTracking', 'ignoreQuietHours', 'ignoreGlobalHoldout', 'capFrequency'] as const) {
		if (typeof options[flag] === 'boolean') request[flag] = options[flag];
	}
	// Bird accepts capFrequency only on marketing messages (.meta.extraInformation.useCase); the option says so.
	if (options.capFrequency === true) request.meta = { extraInformation: { useCase: 'marketing' } };

	return { itemIndex, channelId, request, uploads, notice };
}

/** Uploads the item's files (if any) and returns the finished message request. */
export async function completeMessage(this: IExecuteFunctions, prepared: PreparedMessage, operation: string): Promise<IDataObject> {
	for (const upload of prepared.uploads) {
		upload.apply(await uploadMedia.call(this, prepared.itemIndex, upload.file, operation));
	}
	return prepared.request;
}
