import type { INodeProperties } from 'n8n-workflow';

import { collectionProperty } from '../../../shared/descriptions';
import { groupIdProperty, identifierProperties, nameValueProperty } from '../fields';

/** What the send operations share: message, recipient, personalisation, attachments and sender profile. */
export const sendingProperties: INodeProperties[] = [
	// Only the Message list reads it (methods/preparedMessages.ts), as a saved plain ID or as the picker's value.
	{
		...groupIdProperty,
		required: false,
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
	{
		displayName: 'Create Contact If Missing',
		name: 'createIfMissing',
		type: 'boolean',
		default: false,
		description: 'Whether to create the contact (with the identifier and the attributes below) when Mapp has none with this identifier, then send. The output says whether it was created.',
		displayOptions: { show: { recipientBy: ['identifier'] } },
	},
	{
		...nameValueProperty(
			'Attributes on Creation',
			'creationAttributes',
			'Profile attributes to set only when the contact is created, e.g. FirstName or user.ISOCountryCode',
		),
		displayOptions: { show: { recipientBy: ['identifier'], createIfMissing: [true] } },
	},
];

const parametersProperty = nameValueProperty(
	'Parameters',
	'parameters',
	'Personalisation parameters, read in the message as <%parameter.NAME%>',
);

const attachmentsOption: INodeProperties = {
	displayName: 'Attachments',
	name: 'attachments',
	type: 'string',
	default: '',
	placeholder: 'e.g. data, invoice',
	description: 'Names of the binary properties to attach (email only), separated by commas',
};

/** Parameters and attachments, without a sender profile: what sendTransactionalWithEventDetails takes. */
export const contentWithoutSenderProfile: INodeProperties[] = [parametersProperty, collectionProperty('options', [attachmentsOption])];

export const contentProperties: INodeProperties[] = [
	parametersProperty,
	collectionProperty('options', [
		attachmentsOption,
		{
			displayName: 'Sender Profile Name',
			name: 'senderProfileName',
			type: 'string',
			default: '',
			description: 'The sender (TLS) profile to send with; needs the feature enabled for your account',
		},
	]),
];

export const externalTransactionFormulaProperty: INodeProperties = {
	displayName: 'External Transaction Formula',
	name: 'externalTransactionFormula',
	type: 'string',
	default: '',
	placeholder: 'e.g. ORDER-2024-0042',
	description: 'Your transactional message ID (TMID) for this send. Leave empty when there is none: Mapp then takes the literal null, as its documentation says.',
};
