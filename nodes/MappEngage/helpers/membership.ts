import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { invalidParameter, isEmail, requiredString } from '../../shared/validation';
import type { Member, Membership } from '../transport/calls';
import { readMappId } from './identifier';

/** The group and the member, named by contact (user) ID or by email address as Mapp's membership methods take it. */
export function readMember(context: IExecuteFunctions, itemIndex: number): { member: Member; groupId: string } {
	const groupId = readMappId(context, 'groupId', itemIndex, 'Group ID');
	return { groupId, member: readContact(context, itemIndex) };
}

/** The contact alone (Get Many lists every membership of one contact). */
export function readContact(context: IExecuteFunctions, itemIndex: number): Member {
	const by = context.getNodeParameter('memberBy', itemIndex) as 'contactId' | 'email';
	if (by === 'contactId') return { contactId: readMappId(context, 'contactId', itemIndex, 'Contact ID') };
	const email = requiredString(context, 'email', itemIndex, 'Email');
	if (!isEmail(email)) {
		throw invalidParameter(context, itemIndex, 'Email', `"${email}" is not an email address`, 'Enter an address such as nathan@example.com.');
	}
	return { email };
}

/**
 * A membership as the node outputs it: simplified, one field per membership attribute (Mapp names them
 * `member.bounceCounter`, `member.creationDate`, …: the prefix is left out); otherwise as Mapp gives it.
 */
export function membershipOutput(membership: Membership, simplify: boolean): IDataObject {
	if (!simplify) return { ...membership, attributes: membership.attributes.map((pair) => ({ ...pair })) };
	const fields: IDataObject = { contactId: membership.contactId, groupId: membership.groupId };
	for (const { name, value } of membership.attributes) fields[name.replace(/^member\./, '')] = value;
	return fields;
}
