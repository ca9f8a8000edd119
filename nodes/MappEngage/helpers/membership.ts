import type { IExecuteFunctions } from 'n8n-workflow';

import { invalidParameter, isEmail, requiredString } from '../../shared/validation';
import type { Member } from '../transport/calls';
import { readMappId } from './identifier';

/** The group and the member, named by contact (user) ID or by email address as Mapp's membership methods take it. */
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
