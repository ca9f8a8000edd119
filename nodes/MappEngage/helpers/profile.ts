import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { splitList } from '../../shared/records';
import { invalidParameter } from '../../shared/validation';
import { contactGet, type ProfileTarget } from '../transport/calls';
import { callMapp } from '../transport';
import { IDENTIFIER_FIELD, type Contact, type ContactIdentifier, type NameValue } from '../transport/model';
import { readContactInput } from './contact';

/**
 * The profile attribute names of the standard attributes in user/updateProfile*: `user.Email` and `user.MobileNumber`
 * as Mapp's examples write them (user getProfileByEmail's answer, "erase mobile number" example of updateProfile);
 * `user.Identifier` for the external identifier, after the standard attribute "Identifier" the same pages list with
 * its length limit. Mapp documents no profile attribute for the application alias.
 */
const PROFILE_NAME: Record<'emailAddress' | 'mobileNumber' | 'identifier', string> = {
	emailAddress: 'user.Email',
	mobileNumber: 'user.MobileNumber',
	identifier: 'user.Identifier',
};

/** Attribute names the same in Mapp's eyes: case and the `user.` prefix do not matter (its examples mix both). */
function sameAttribute(a: string, b: string): boolean {
	const plain = (name: string) => name.toLowerCase().replace(/^user\./, '');
	return plain(a) === plain(b);
}

/**
 * What Update writes: the standard attributes given (other than the identifier's own field), the name/value
 * attributes, and the attributes to clear as null values. Every check runs before any request.
 */
export function readProfileUpdate(context: IExecuteFunctions, itemIndex: number): { identifier: ContactIdentifier; attributes: NameValue[] } {
	const { identifier, contact } = readContactInput(context, itemIndex);
	const own = IDENTIFIER_FIELD[identifier.type];
	if (contact.applicationAlias !== undefined && own !== 'applicationAlias') {
		throw invalidParameter(
			context,
			itemIndex,
			'Standard Attributes > Application Alias',
			'cannot be changed by a partial update (Mapp has no profile attribute for it)',
			'Remove it here, or use Contact › Replace, which writes every standard attribute.',
		);
	}
	const attributes: NameValue[] = [];
	for (const field of Object.keys(PROFILE_NAME) as Array<keyof typeof PROFILE_NAME>) {
		if (field !== own && contact[field] !== undefined) attributes.push({ name: PROFILE_NAME[field], value: contact[field]! });
	}
	attributes.push(...contact.attributes);
	for (const name of splitList(context.getNodeParameter('clearAttributes', itemIndex, ''))) {
		checkClearable(context, itemIndex, identifier, name, attributes);
		attributes.push({ name, value: null });
	}
	if (attributes.length === 0) {
		throw invalidParameter(context, itemIndex, 'Attributes', 'nothing to update', 'Add an attribute or standard attribute to change, or an attribute to clear.');
	}
	return { identifier, attributes };
}

function checkClearable(context: IExecuteFunctions, itemIndex: number, identifier: ContactIdentifier, name: string, set: NameValue[]): void {
	const own = IDENTIFIER_FIELD[identifier.type];
	if (own in PROFILE_NAME && sameAttribute(name, PROFILE_NAME[own as keyof typeof PROFILE_NAME])) {
		throw invalidParameter(
			context,
			itemIndex,
			'Attributes to Clear',
			`"${name}" is the identifier the contact is found by`,
			'Find the contact by another identifier (e.g. its contact ID) to clear this one.',
		);
	}
	if (set.some((attribute) => sameAttribute(attribute.name, name))) {
		throw invalidParameter(context, itemIndex, 'Attributes to Clear', `"${name}" is also given a value`, 'Either set the attribute or clear it, not both.');
	}
}

/**
 * The user/updateProfile variant for the identifier: by email, mobile number or contact ID directly; an application
 * alias or external identifier has none, so the contact is looked up (contact/get) for its contact ID first.
 */
export async function profileTarget(context: IExecuteFunctions, itemIndex: number, label: string, identifier: ContactIdentifier): Promise<ProfileTarget> {
	switch (identifier.type) {
		case 'EMAIL':
			return { email: identifier.value };
		case 'MOBILE':
			return { mobileNumber: identifier.value };
		case 'ID':
			return { userId: identifier.value };
		default: {
			const contact = await callMapp(context, itemIndex, contactGet(label, identifier));
			return { userId: contact.contactId! };
		}
	}
}

/**
 * A contact with its attributes as one flat object (name → value); the contact ID and standard attributes kept,
 * unified identifiers and channel addresses left out.
 */
export function simplifyContact(contact: Contact): IDataObject {
	return {
		contactId: contact.contactId,
		emailAddress: contact.emailAddress,
		mobileNumber: contact.mobileNumber,
		applicationAlias: contact.applicationAlias,
		identifier: contact.identifier,
		attributes: Object.fromEntries(contact.attributes.map(({ name, value }) => [name, value])),
	};
}
