import type { INodeProperties } from 'n8n-workflow';

import { groupIdProperty } from '../fields';

/** Mapp's membership methods name the contact by contact (user) ID or by email address. */
export const contactProperties: INodeProperties[] = [
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

/** The group and the contact of one membership. */
export const memberProperties: INodeProperties[] = [groupIdProperty, ...contactProperties];

export const simplifyProperty: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description:
		'Whether to give each membership as contactId, groupId and one field per membership attribute, named without its "member." prefix (e.g. bounceCounter, creationDate); off gives the attributes as Mapp lists them',
};
