import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readBinaryForBase64 } from '../../../shared/binary';
import { cdata, xmlText, type XmlElement } from '../../../shared/codec';
import { pathSegment } from '../../../shared/pathSegment';
import { invalidParameter } from '../../../shared/validation';
import { expertSenderRequest, responseData } from '../../transport';
import { optionalEmail, optionalListField, positiveId } from '../common';

/** The fields both transactional sends share; `kind` only changes texts. */
export function transactionalFields(kind: 'transactional' | 'system transactional'): INodeProperties[] {
	return [
		{
			displayName: 'Message ID',
			name: 'messageId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 123',
			description: `ID of the ${kind} message in ExpertSender (Messages → Transactional)`,
		},
		{
			displayName: 'Subscriber ID',
			name: 'receiverId',
			type: 'string',
			default: '',
			placeholder: 'e.g. 12345',
			description:
				'Receiver given by ExpertSender subscriber ID. Enter a subscriber ID, an email or an email MD5; when several are given, ExpertSender uses the ID.',
		},
		{
			displayName: 'Email',
			name: 'receiverEmail',
			type: 'string',
			placeholder: 'e.g. nathan@example.com',
			default: '',
			description:
				kind === 'transactional'
					? 'Receiver given by email address; the subscriber must already exist in ExpertSender'
					: 'Receiver given by email address; ExpertSender creates or updates the subscriber',
		},
		{
			displayName: 'Email MD5',
			name: 'receiverEmailMd5',
			type: 'string',
			default: '',
			placeholder: 'e.g. 5d41402abc4b2a76b9719d911017c592',
			description: 'Receiver given by the MD5 hash of the email address (32 hexadecimal characters)',
		},
		{
			displayName: 'Snippets',
			name: 'snippets',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Snippet',
			default: {},
			description:
				'Values for the *[tr_name]* tags of the message. A value with HTML tags is sent in a CDATA section, as ExpertSender requires.',
			options: [
				{
					displayName: 'Snippet',
					name: 'snippet',
					values: [
						{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'e.g. orderNumber' },
						{ displayName: 'Value', name: 'value', type: 'string', default: '', typeOptions: { rows: 2 } },
					],
				},
			],
		},
		{
			displayName: 'Attachments',
			name: 'attachments',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Attachment',
			default: {},
			options: [
				{
					displayName: 'Attachment',
					name: 'attachment',
					values: [
						{
							displayName: 'Input Binary Field',
							name: 'binaryPropertyName',
							type: 'string',
							default: 'data',
							hint: 'The name of the input binary field containing the file',
						},
						{
							displayName: 'File Name',
							name: 'fileName',
							type: 'string',
							default: '',
							placeholder: 'e.g. invoice.pdf',
							description: 'Leave empty to use the file name of the binary data. File names must be unique within a message.',
						},
						{
							displayName: 'MIME Type',
							name: 'mimeType',
							type: 'string',
							default: '',
							placeholder: 'e.g. application/pdf',
							description:
								'Leave empty to use the MIME type of the binary data; application/octet-stream is sent only when none is known',
						},
					],
				},
			],
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Bcc',
					name: 'bcc',
					type: 'string',
					default: '',
					placeholder: 'e.g. archive@example.com',
					description:
						'Addresses that get a hidden copy, separated by semicolons. Each address doubles the volume of the message.',
				},
				{ ...optionalListField, description: `List whose context the ${kind} message is sent in. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.` },
				{
					displayName: 'Return GUID',
					name: 'returnGuid',
					type: 'boolean',
					default: false,
					description: 'Whether to ask ExpertSender for the GUID of the sent message and put it in the output item',
				},
			],
		},
	];
}

const MD5 = /^[0-9a-fA-F]{32}$/;
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

function receiverOf(context: IExecuteFunctions, itemIndex: number, options: IDataObject): XmlElement {
	const id = positiveId(context, itemIndex, context.getNodeParameter('receiverId', itemIndex, ''), 'Subscriber ID', false);
	const email = optionalEmail(context, itemIndex, context.getNodeParameter('receiverEmail', itemIndex, ''), 'Email');
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
	if (id === undefined && email === undefined && md5 === '') {
		throw invalidParameter(
			context,
			itemIndex,
			'Receiver',
			'no Subscriber ID, Email or Email MD5 is given',
			'Enter at least one of Subscriber ID, Email and Email MD5 to say who receives the message.',
		);
	}
	const listId = positiveId(context, itemIndex, options.listId, 'List', false);
	const bcc = String(options.bcc ?? '').trim();
	for (const address of bcc.split(';').map((part) => part.trim())) {
		// Personalisation tags such as *[subscriber_email]* are allowed in Bcc, so only plain addresses are checked.
		if (address !== '' && !address.includes('*[')) optionalEmail(context, itemIndex, address, 'Bcc');
	}
	return {
		Id: id,
		Email: email,
		EmailMd5: md5 === '' ? undefined : md5.toLowerCase(),
		ListId: listId,
		Bcc: bcc === '' ? undefined : bcc,
	};
}

function snippetsOf(context: IExecuteFunctions, itemIndex: number): XmlElement[] {
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

async function attachmentsOf(context: IExecuteFunctions, itemIndex: number): Promise<XmlElement[]> {
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
	const messageId = positiveId(this, itemIndex, this.getNodeParameter('messageId', itemIndex), 'Message ID', true)!;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const receiver = receiverOf(this, itemIndex, options);
	const snippets = snippetsOf(this, itemIndex);
	const attachments = await attachmentsOf(this, itemIndex);
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
