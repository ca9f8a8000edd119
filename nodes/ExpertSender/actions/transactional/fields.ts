import type { INodeProperties } from 'n8n-workflow';

import { collectionProperty } from '../../../shared/descriptions';
import { optionalListField } from '../fields';
import { messageLocator } from '../message/fields';

/**
 * The receiver fields only Send System Transactional has ("Send system transactional messages": the receiver is
 * created or updated with them), in the options collection.
 */
const SYSTEM_RECEIVER_FIELDS: INodeProperties[] = [
	{
		displayName: 'Email SHA256',
		name: 'receiverEmailSha256',
		type: 'string',
		default: '',
		placeholder: 'e.g. 973dfe463ec85785f5f95af5ba3906eedb2d931c24e69824a89ea65dba4e813b',
		description: 'Receiver given by the SHA-256 hash of the lower-case email address (64 hexadecimal characters)',
	},
	{ displayName: 'First Name', name: 'firstName', type: 'string', default: '', placeholder: 'e.g. Nathan', description: "The receiver's first name, stored on the subscriber" },
	{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '', placeholder: 'e.g. Smith', description: "The receiver's last name, stored on the subscriber" },
	{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'e.g. Nathan Smith', description: 'The full name, for when first and last name are not kept apart' },
	{ displayName: 'Tracking Code', name: 'trackingCode', type: 'string', default: '', placeholder: 'e.g. checkout-form', description: 'Where the subscriber came from, e.g. a particular web form' },
];

/** The fields both transactional sends share; `kind` only changes texts (and adds the system receiver fields). */
export function transactionalFields(kind: 'transactional' | 'system transactional'): INodeProperties[] {
	return [
		messageLocator(
			'messageId',
			'Message ID',
			'searchTransactionalMessages',
			`The active ${kind} message in ExpertSender (Email Messages → Transactional)`,
		),
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
		collectionProperty('options', ([
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
			...(kind === 'system transactional' ? SYSTEM_RECEIVER_FIELDS : []),
			{
				displayName: 'Return GUID',
				name: 'returnGuid',
				type: 'boolean',
				default: false,
				description: 'Whether to ask ExpertSender for the GUID of the sent message and put it in the output item',
			},
		] as INodeProperties[]).sort((a, b) => a.displayName.localeCompare(b.displayName))),
	];
}
