import type { INodeProperties } from 'n8n-workflow';

/** How a contact is named in a path: its cID, its primary key value, or `secondaryKey:value`. */
export const contactIdentifierFields: INodeProperties[] = [
	{
		displayName: 'Identify Contact By',
		name: 'identifyBy',
		type: 'options',
		options: [
			{ name: 'Contact ID (cID)', value: 'cID', description: 'Cordial\'s own contact ID' },
			{ name: 'Primary Key Value', value: 'primaryKey', description: 'The value of the account\'s primary key, usually the e-mail address' },
			{ name: 'Secondary Key', value: 'secondaryKey', description: 'An indexed key such as email or custID, and its value' },
		],
		default: 'primaryKey',
	},
	{
		displayName: 'Secondary Key',
		name: 'secondaryKey',
		type: 'string',
		default: 'email',
		placeholder: 'e.g. custID',
		description: 'The name of the secondary key, e.g. email, custID, or channels.sms.address for an SMS number',
		displayOptions: { show: { identifyBy: ['secondaryKey'] } },
	},
	{
		displayName: 'Contact',
		name: 'contactKey',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. jane@example.com',
		description: 'The cID, primary key value or secondary key value of the contact',
	},
];

/** An e-mail address field; each operation adds its own description. */
export const emailField: INodeProperties = {
	displayName: 'Email',
	name: 'email',
	type: 'string',
	placeholder: 'e.g. name@email.com',
	default: '',
};

/**
 * The channel's subscribe status. "Don't Change" (the default) sends none: Cordial then keeps the status of an
 * existing contact and gives a new one `none` (Swagger, EmailC.subscribeStatus: "Default is `none`"), so a
 * workflow subscribes no one unless asked to.
 */
export const subscribeStatusField: INodeProperties = {
	displayName: 'Subscribe Status',
	name: 'subscribeStatus',
	type: 'options',
	options: [
		{ name: 'Don\'t Change', value: '', description: 'Send no status: new contacts get none, existing ones keep theirs' },
		{ name: 'None', value: 'none', description: 'Receives transactional messages only' },
		{ name: 'Subscribed', value: 'subscribed', description: 'Receives promotional messages too; only with the person\'s consent' },
		{ name: 'Unsubscribed', value: 'unsubscribed' },
	],
	default: '',
	description: 'The channel\'s subscribe status',
};

/** The channels a contact operation can name: Cordial's own keys, or the account's custom key (Contacts API page). */
export const channelField: INodeProperties = {
	displayName: 'Channel',
	name: 'channel',
	type: 'options',
	options: [
		{ name: 'Email', value: 'email' },
		{ name: 'Other Channel', value: 'custom', description: 'A custom channel key of the account' },
		{ name: 'Push', value: 'push' },
		{ name: 'SMS', value: 'sms' },
	],
	default: 'email',
	description: 'The channel whose address identifies the contact',
};

/** The address fields that go with channelField: Email for e-mail, Address (and Channel Key) for the others. */
export function channelAddressFields(emailDescription: string): INodeProperties[] {
	return [
		{ ...emailField, required: true, description: emailDescription, displayOptions: { show: { channel: ['email'] } } },
		{
			displayName: 'Channel Key',
			name: 'channelKey',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. whatsapp',
			description: 'The channel\'s key as defined in Cordial',
			displayOptions: { show: { channel: ['custom'] } },
		},
		{
			displayName: 'Address',
			name: 'address',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. 15555551234',
			description: 'The contact\'s address on the channel: for SMS the number with country code, for push the device token',
			displayOptions: { show: { channel: ['custom', 'push', 'sms'] } },
		},
	];
}

/** Simplify of Get and Get Many (see helpers/simplify.ts). */
export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description: 'Whether to return a simplified version of the response instead of the raw data: cID, each channel\'s address and subscribe status, attributes, lists, createdAt and lastModified, without list join dates, orders and cart',
};

/** Attribute, list and subscription fields shared by Create or Update and Update. */
export const contactDataFields: INodeProperties[] = [
	{
		displayName: 'Add to Lists',
		name: 'addToLists',
		type: 'string',
		default: '',
		placeholder: 'e.g. newsletter, vip',
		description: 'Comma-separated names of existing lists to add the contact to',
	},
	{
		displayName: 'Attributes (JSON)',
		name: 'attributes',
		type: 'json',
		default: '{}',
		description: 'Contact attribute values by attribute key, e.g. {"first_name": "Jane", "geo_key.city": "San Diego"}; the keys must exist in the account',
	},
	{
		displayName: 'Force Subscribe',
		name: 'forceSubscribe',
		type: 'boolean',
		default: false,
		description: 'Whether to subscribe a contact that has unsubscribed before (needs Subscribe Status "Subscribed")',
	},
	{
		displayName: 'Remove From Lists',
		name: 'removeFromLists',
		type: 'string',
		default: '',
		placeholder: 'e.g. newsletter',
		description: 'Comma-separated names of lists to remove the contact from',
	},
	subscribeStatusField,
	{
		displayName: 'Suppress Triggers',
		name: 'suppressTriggers',
		type: 'boolean',
		default: true,
		description: 'Whether to keep attribute changes from firing triggered messages (Cordial\'s default)',
	},
];
