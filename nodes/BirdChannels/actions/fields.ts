import type { INodeProperties } from 'n8n-workflow';

import { includePagingInfoOption, pageSizeOption, startPageTokenOption } from '../../shared/paging';
import { BIRD_MAX_PAGE_SIZE } from '../transport';
import { contentFields, messageJsonField } from './message/contentFields';
import { messageOptionsField } from './message/optionFields';
import { templateFields } from './message/templateFields';

/** Bird's identifier keys as the pickers offer them (contacts, receivers). */
export const identifierKeyOptions = [
	{ name: 'Email Address', value: 'emailaddress' },
	{ name: 'Other', value: 'custom' },
	{ name: 'Phone Number', value: 'phonenumber' },
];

/** How an e-mail receiver gets the message (a receiver's and a conversation recipient's `type`). */
export const receiverTypeOptions = [
	{ name: 'BCC', value: 'bcc' },
	{ name: 'CC', value: 'cc' },
	{ name: 'To', value: 'to' },
];

/** The paging options of every Bird Get Many, for its Options collection (sorted there with the others). */
export const pagingOptions: INodeProperties[] = [
	includePagingInfoOption('nextPageToken', 'Start Page Token'),
	pageSizeOption(BIRD_MAX_PAGE_SIZE),
	startPageTokenOption('nextPageToken'),
];

/** A channel picker (a searchable list of the workspace's channels, or an ID), with its required flag and description. */
export function channelLocatorProperty(extra: Pick<INodeProperties, 'description'> & Partial<INodeProperties>): INodeProperties {
	return {
		displayName: 'Channel',
		name: 'channel',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchChannels', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 8c2d1b6e-4f3a-4d2b-9a1e-7f6c5b4a3d2e',
			},
		],
		...extra,
	};
}

/** The channel picker of the operations. */
export const channelLocator = channelLocatorProperty({ required: true, description: 'The channel of the workspace (SMS, e-mail, WhatsApp, …)' });

/**
 * The Receivers of a message. Each entry shows only what its kind needs (n8n resolves `displayOptions` of a fixed
 * collection's values against the entry's own values, in the editor and when it runs): a contact ID, or an
 * identifier key (a custom key only for Other) and value; and its To, CC or BCC type.
 */
export const receiversField: INodeProperties = {
	displayName: 'Receivers',
	name: 'receivers',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	default: {},
	placeholder: 'Add Receiver',
	description:
		'Who gets the message; several receivers (To, CC and BCC) are for e-mail channels only, so each must then be an e-mail address or a contact ID',
	options: [
		{
			displayName: 'Receiver',
			name: 'receiver',
			values: [
				{
					displayName: 'Contact ID',
					name: 'contactId',
					type: 'string',
					default: '',
					placeholder: 'e.g. 5f0c8a2e-6b1d-4e3f-9a7c-2d4e6f8a0b1c',
					description: 'The ID of a Bird contact; Bird sends to its identifier for the channel',
					displayOptions: { show: { identifyBy: ['contactId'] } },
				},
				{
					displayName: 'Custom Identifier Key',
					name: 'customIdentifierKey',
					type: 'string',
					default: '',
					placeholder: 'e.g. telegram',
					displayOptions: { show: { identifyBy: ['identifier'], identifierKey: ['custom'] } },
				},
				{
					displayName: 'Identifier Key',
					name: 'identifierKey',
					type: 'options',
					options: identifierKeyOptions,
					default: 'phonenumber',
					displayOptions: { show: { identifyBy: ['identifier'] } },
				},
				{
					displayName: 'Identifier Value',
					name: 'identifierValue',
					type: 'string',
					default: '',
					placeholder: 'e.g. +31612345678',
					description: 'A phone number in international format with country code, an e-mail address, or the value of the custom key',
					displayOptions: { show: { identifyBy: ['identifier'] } },
				},
				{
					displayName: 'Identify By',
					name: 'identifyBy',
					type: 'options',
					options: [
						{ name: 'Contact ID', value: 'contactId' },
						{ name: 'Identifier', value: 'identifier', description: 'A phone number, e-mail address or other identifier' },
					],
					default: 'identifier',
				},
				{
					displayName: 'Type',
					name: 'type',
					type: 'options',
					options: receiverTypeOptions,
					default: 'to',
					description: 'To, CC or BCC; CC and BCC only for e-mail channels, next to at least one To receiver',
				},
			],
		},
	],
};

/**
 * Everything that describes one message: shared by Message → Send (one request per item) and Batch Message → Send
 * Batch (up to 100 items per request).
 */
export const messageFields: INodeProperties[] = [channelLocator, receiversField, ...contentFields, ...templateFields, messageJsonField, messageOptionsField];
