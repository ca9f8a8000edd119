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
		placeholder: 'custID',
		description: 'The name of the secondary key, e.g. email or custID',
		displayOptions: { show: { identifyBy: ['secondaryKey'] } },
	},
	{
		displayName: 'Contact',
		name: 'contactKey',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'jane@example.com',
		description: 'The cID, primary key value or secondary key value of the contact',
	},
];

/** An e-mail address field; each operation adds its own description. */
export const emailField: INodeProperties = {
	displayName: 'Email',
	name: 'email',
	type: 'string',
	placeholder: 'name@email.com',
	default: '',
};

export const subscribeStatusField: INodeProperties = {
	displayName: 'Subscribe Status',
	name: 'subscribeStatus',
	type: 'options',
	options: [
		{ name: 'None', value: 'none', description: 'Receives transactional messages only' },
		{ name: 'Subscribed', value: 'subscribed', description: 'Receives promotional messages too' },
		{ name: 'Unsubscribed', value: 'unsubscribed' },
	],
	default: 'subscribed',
	description: 'The e-mail channel\'s subscribe status',
};

/** Attribute, list and subscription fields shared by Create or Update and Update. */
export const contactDataFields: INodeProperties[] = [
	{
		displayName: 'Add to Lists',
		name: 'addToLists',
		type: 'string',
		default: '',
		placeholder: 'newsletter, vip',
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
		placeholder: 'newsletter',
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
