import type { INodeProperties } from 'n8n-workflow';

import { collectionProperty } from '../../../shared/descriptions';
import { identifierProperties, nameValueProperty } from '../fields';

/** What the send operations share: message, recipient, personalisation, attachments and sender profile. */
export const sendingProperties: INodeProperties[] = [
	{
		displayName: 'Group ID',
		name: 'groupId',
		type: 'string',
		default: '',
		placeholder: 'e.g. 1200',
		description: 'The group whose prepared messages the Message list shows; not sent with the message',
	},
	{
		displayName: 'Message ID',
		name: 'messageId',
		// Workflows saved before the list came hold a plain string here; n8n reads it as it stands.
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description: 'The prepared email or SMS message in Mapp Engage',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a prepared message of the group…',
				typeOptions: { searchListMethod: 'searchPreparedMessages', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 23541',
				validation: [
					{ type: 'regex', properties: { regex: '^\\d+$', errorMessage: 'Message ID: the ID of a prepared message is a whole number, e.g. 23541' } },
				],
			},
		],
	},
	{
		displayName: 'Recipient By',
		name: 'recipientBy',
		type: 'options',
		options: [
			{
				name: 'Contact ID',
				value: 'contactId',
				description: 'The contact (user) ID Mapp assigned',
			},
			{
				name: 'Identifier',
				value: 'identifier',
				description: 'An email address, mobile number, app alias or external identifier; the node looks the contact up first',
			},
		],
		default: 'identifier',
	},
	{
		displayName: 'Contact ID',
		name: 'recipientId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 33457',
		displayOptions: { show: { recipientBy: ['contactId'] } },
	},
	...identifierProperties(false).map((property) => ({
		...property,
		displayOptions: { show: { recipientBy: ['identifier'] } },
	})),
];

export const contentProperties: INodeProperties[] = [
	nameValueProperty(
		'Parameters',
		'parameters',
		'Personalisation parameters, read in the message as <%parameter.NAME%>',
	),
	collectionProperty('options', [
		{
			displayName: 'Attachments',
			name: 'attachments',
			type: 'string',
			default: '',
			placeholder: 'e.g. data, invoice',
			description: 'Names of the binary properties to attach (email only), separated by commas',
		},
		{
			displayName: 'Sender Profile Name',
			name: 'senderProfileName',
			type: 'string',
			default: '',
			description: 'The sender (TLS) profile to send with; needs the feature enabled for your account',
		},
	]),
];
