import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { readBinaryForBase64 } from '../../shared/binary';
import { cdata, xmlText, type XmlElement } from '../../shared/codec';
import { pathSegment } from '../../shared/pathSegment';
import { invalidParameter } from '../../shared/validation';
import { expertSenderRequest, responseData } from '../transport';
import { readOptionalEmail, readPositiveId } from './values';

const MD5 = /^[0-9a-fA-F]{32}$/;
const SHA256 = /^[0-9a-fA-F]{64}$/;
// An HTML tag, comment or entity: such values go into CDATA, where ExpertSender keeps the markup.
const HTML = /<[A-Za-z!/]|&[#A-Za-z0-9]+;/;
const MIME_TYPE = /^[\w.+-]+\/[\w.+-]+$/;

interface SnippetInput {
	name?: string;
	value?: string;
}

interface AttachmentInput {
	binaryPropertyName?: string;
	fileName?: string;
	mimeType?: string;
}

function readReceiver(context: IExecuteFunctions, itemIndex: number, options: IDataObject, system: boolean): XmlElement {
	const id = readPositiveId(context, itemIndex, context.getNodeParameter('receiverId', itemIndex, ''), 'Subscriber ID', false);
	const email = readOptionalEmail(context, itemIndex, context.getNodeParameter('receiverEmail', itemIndex, ''), 'Email');
	const md5 = String(context.getNodeParameter('receiverEmailMd5', itemIndex, '') ?? '').trim();
	if (md5 !== '' && !MD5.test(md5)) {
		throw invalidParameter(
			context,
			itemIndex,
			'Email MD5',
			`"${md5}" is not an MD5 hash`,
			'Enter the MD5 hash of the lower-case email address: 32 hexadecimal characters.',
		);
	}
	const sha256 = system ? readSha256(context, itemIndex, options) : undefined;
	if (id === undefined && email === undefined && md5 === '' && sha256 === undefined) {
		const names = system ? 'Subscriber ID, Email, Email MD5 and Email SHA256' : 'Subscriber ID, Email and Email MD5';
		throw invalidParameter(context, itemIndex, 'Receiver', `no ${names.replace(' and ', ' or ')} is given`, `Enter at least one of ${names} to say who receives the message.`);
	}
	const listId = readPositiveId(context, itemIndex, options.listId, 'List', false);
	const bcc = String(options.bcc ?? '').trim();
	for (const address of bcc.split(';').map((part) => part.trim())) {
		// Personalisation tags such as *[subscriber_email]* are allowed in Bcc, so only plain addresses are checked.
		if (address !== '' && !address.includes('*[')) readOptionalEmail(context, itemIndex, address, 'Bcc');
	}
	return {
		Id: id,
		Email: email,
		EmailMd5: md5 === '' ? undefined : md5.toLowerCase(),
		...(system ? { EmailSha256: sha256, ...systemReceiverDetails(options) } : {}),
		ListId: listId,
		Bcc: bcc === '' ? undefined : bcc,
	};
}

function readSha256(context: IExecuteFunctions, itemIndex: number, options: IDataObject): string | undefined {
	const sha256 = String(options.receiverEmailSha256 ?? '').trim();
	if (sha256 === '') return undefined;
	if (!SHA256.test(sha256)) {
		throw invalidParameter(context, itemIndex, 'Email SHA256', `"${sha256}" is not a SHA-256 hash`, 'Enter the SHA-256 hash of the lower-case email address: 64 hexadecimal characters.');
	}
	return sha256.toLowerCase();
}

/**
 * The receiver fields a system transactional send stores on the subscriber, in the order of "Send system
 * transactional messages" (help.expertsender.com/emp/api/methods/email-messages/send-system-transactional-messages):
 * Firstname, Lastname, TrackingCode, Name, after the identifiers and before ListId and Bcc.
 */
function systemReceiverDetails(options: IDataObject): XmlElement {
	const text = (value: unknown) => (String(value ?? '').trim() === '' ? undefined : String(value));
	return { Firstname: text(options.firstName), Lastname: text(options.lastName), TrackingCode: text(options.trackingCode), Name: text(options.name) };
}

function readSnippets(context: IExecuteFunctions, itemIndex: number): XmlElement[] {
	const rows = (context.getNodeParameter('snippets.snippet', itemIndex, []) as SnippetInput[]) ?? [];
	const seen = new Set<string>();
	return rows.map((row, position) => {
		const name = String(row.name ?? '').trim();
		const label = `Snippets › Snippet ${position + 1} › Name`;
		if (name === '') {
			throw invalidParameter(context, itemIndex, label, 'is empty', 'Give every snippet the name used in its *[tr_name]* tag, or remove the snippet.');
		}
		if (!/^[\w-]+$/.test(name)) {
			throw invalidParameter(context, itemIndex, label, `"${name}" contains characters a tag name cannot have`, 'Use letters, digits, "_" and "-" only, as in the *[tr_name]* tag.');
		}
		if (seen.has(name)) {
			throw invalidParameter(context, itemIndex, label, `the snippet "${name}" is given twice`, 'Give each snippet name once.');
		}
		seen.add(name);
		const value = String(row.value ?? '');
		return { Name: name, Value: HTML.test(value) ? cdata(value) : value };
	});
}

async function readAttachments(context: IExecuteFunctions, itemIndex: number): Promise<XmlElement[]> {
	const rows = (context.getNodeParameter('attachments.attachment', itemIndex, []) as AttachmentInput[]) ?? [];
	const fileNames = new Set<string>();
	const attachments: XmlElement[] = [];
	for (const [position, row] of rows.entries()) {
		const label = `Attachments › Attachment ${position + 1}`;
		const file = await readBinaryForBase64(context, itemIndex, String(row.binaryPropertyName ?? ''), `${label} › Input Binary Field`);
		// A given file name is sent exactly as it is; a blank one falls back to the binary data's name.
		const givenName = String(row.fileName ?? '');
		const fileName = givenName.trim() === '' ? file.fileName : givenName;
		// File names identify attachments in ExpertSender: two with one name would collide in the message.
		const key = fileName.toLowerCase();
		if (fileNames.has(key)) {
			throw invalidParameter(context, itemIndex, `${label} › File Name`, `the file name "${fileName}" is used twice in this message`, 'Give every attachment of a message its own file name.');
		}
		fileNames.add(key);
		const mimeType = String(row.mimeType ?? '').trim() || file.mimeType || 'application/octet-stream';
		if (!MIME_TYPE.test(mimeType)) {
			throw invalidParameter(context, itemIndex, `${label} › MIME Type`, `"${mimeType}" is not a MIME type`, 'Enter a type such as application/pdf, or leave the field empty.');
		}
		// Read and encoded straight into the request body when it is sent: no copy or base64 string of the file is made.
		attachments.push({ FileName: fileName, MimeType: mimeType, Content: file.content });
	}
	return attachments;
}

/**
 * Sends a transactional message (`Transactionals`) or a system transactional message (`SystemTransactionals`) to one
 * receiver. The Data children are written in the documented order: ReturnGuid, Receiver, Snippets, Attachments.
 */
export async function sendTransactional(
	this: IExecuteFunctions,
	itemIndex: number,
	resource: 'Transactionals' | 'SystemTransactionals',
	operation: string,
): Promise<IDataObject> {
	// A locator now; a plain ID saved before it was one is read the same way.
	const messageId = readPositiveId(this, itemIndex, this.getNodeParameter('messageId', itemIndex, '', { extractValue: true }), 'Message ID', true)!;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const receiver = readReceiver(this, itemIndex, options, resource === 'SystemTransactionals');
	const snippets = readSnippets(this, itemIndex);
	const attachments = await readAttachments(this, itemIndex);
	const returnGuid = options.returnGuid === true;
	const response = await expertSenderRequest.call(this, {
		operation,
		itemIndex,
		method: 'POST',
		resource: `${resource}/${pathSegment(this, itemIndex, 'Message ID', String(messageId))}`,
		request: {
			Data: {
				ReturnGuid: returnGuid ? true : undefined,
				Receiver: receiver,
				Snippets: snippets.length > 0 ? { Snippet: snippets } : undefined,
				Attachments: attachments.length > 0 ? { Attachment: attachments } : undefined,
			},
		},
	});
	const result: IDataObject = { success: true, messageId };
	// A 201 without a GUID still means "sent": failing the item would invite sending it again.
	if (returnGuid) result.guid = xmlText(responseData(response))?.trim() || null;
	return result;
}
