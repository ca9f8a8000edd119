import type { INodeProperties } from 'n8n-workflow';

import { groupIdProperty } from '../fields';

/** Mapp's membership methods name the contact by contact (user) ID or by email address. */
export const memberProperties: INodeProperties[] = [
	groupIdProperty,
	{
		displayName: 'Contact By',
		name: 'memberBy',
		type: 'options',
		options: [
			{ name: 'Contact ID', value: 'contactId' },
			{ name: 'Email', value: 'email' },
		],
		default: 'email',
		description: 'How the contact is named; it must already exist in Mapp Engage',
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. nathan@example.com',
		displayOptions: { show: { memberBy: ['email'] } },
	},
	{
		displayName: 'Contact ID',
		name: 'contactId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 33457',
		displayOptions: { show: { memberBy: ['contactId'] } },
	},
];
