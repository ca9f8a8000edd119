import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { invalidParameter, isEmail, requiredString } from '../../../shared/validation';
import type { Member } from '../../transport/calls';
import { groupIdProperty, readMappId } from '../common';

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

export function readMember(context: IExecuteFunctions, itemIndex: number): { member: Member; groupId: string } {
	const groupId = readMappId(context, 'groupId', itemIndex, 'Group ID');
	const by = context.getNodeParameter('memberBy', itemIndex) as 'contactId' | 'email';
	if (by === 'contactId') return { groupId, member: { contactId: readMappId(context, 'contactId', itemIndex, 'Contact ID') } };
	const email = requiredString(context, 'email', itemIndex, 'Email');
	if (!isEmail(email)) {
		throw invalidParameter(context, itemIndex, 'Email', `"${email}" is not an email address`, 'Enter an address such as nathan@example.com.');
	}
	return { groupId, member: { email } };
}
