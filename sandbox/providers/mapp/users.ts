/**
 * Profiles: user/updateProfile, user/updateProfileByEmail and user/updateProfileByMobileNumber of the Mapp Engage REST
 * API (docs.mapp.com apidocs, User: "This method only changes the information that is explicitly mentioned.
 * Attributes that are not mentioned are not changed"; `"value": null` erases, as the "erase mobile number" example
 * shows; 204; an unknown user is 400 NO_SUCH_OBJECT "User with email=… does not exist."). The body is a JSON array of
 * Attribute. Only the REST binding is emulated here: the node sends these methods over REST.
 */
import type { MappAccount } from './account';
import { alreadyExists, invalidParameter, noSuchObject, Unreadable } from './errors';
import type { StoredContact } from './fixtures';
import type { Answer, Args, NameValueArg, Operation, Route } from './operation';
import { readRestPairs } from './rest';

/**
 * The standard attributes as profile attributes: `user.Email` and `user.MobileNumber` (the getProfileByEmail answer,
 * the "erase mobile number" example), `user.Identifier` (the standard attribute "Identifier" the pages give a length
 * limit for). A deliberate copy, not the node's table.
 */
const STANDARD: Record<string, 'emailAddress' | 'mobileNumber' | 'identifier'> = {
	email: 'emailAddress',
	mobilenumber: 'mobileNumber',
	identifier: 'identifier',
};

const LOOKUP = { emailAddress: 'EMAIL', mobileNumber: 'MOBILE', identifier: 'EXTERNAL' } as const;

/** Mapp's documented length limits of standard attribute values (the same pages); custom attributes take 2000. */
const LIMITS: Record<string, number> = { firstname: 50, lastname: 50, nickname: 20, zipcode: 10, identifier: 2000, photo: 2000, email: 129 };

/** Profile attribute names match whatever their case and with or without `user.` (Mapp's examples mix both). */
const plainName = (name: string) => name.toLowerCase().replace(/^user\./, '');

function profileBody(json: unknown): { contact: { attributes: NameValueArg[] } } {
	if (!Array.isArray(json)) throw new Unreadable('Cannot deserialize value of type `ArrayList<Attribute>` from Object value');
	return { contact: { attributes: readRestPairs(json, 'Attribute') } };
}

const updateProfile: Operation = {
	query: { userId: 'long' },
	body: profileBody,
	run: (account, args) => applyProfile(account, account.contactById(args.userId!, 'userId'), args),
};

const updateProfileByEmail: Operation = {
	query: { email: 'string' },
	body: profileBody,
	run(account, args) {
		const contact = account.findContact('EMAIL', args.email!);
		if (!contact) throw noSuchObject('User', 'email', args.email!);
		return applyProfile(account, contact, args);
	},
};

const updateProfileByMobileNumber: Operation = {
	query: { mobileNumber: 'string' },
	body: profileBody,
	run(account, args) {
		const contact = account.findContact('MOBILE', args.mobileNumber!);
		if (!contact) throw noSuchObject('User', 'mobileNumber', args.mobileNumber!);
		return applyProfile(account, contact, args);
	},
};

function checkValue(account: MappAccount, contact: StoredContact, { name, value }: NameValueArg): void {
	if (value === null) return;
	const limit = LIMITS[plainName(name)] ?? 2000;
	if (value.length > limit) throw invalidParameter(name, value.slice(0, 20), `longer than ${limit} characters`);
	const field = STANDARD[plainName(name)];
	if (field === 'emailAddress' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) throw invalidParameter(name, value, 'not an email address');
	if (field === 'mobileNumber' && !/^\+?\d{6,15}$/.test(value)) throw invalidParameter(name, value, 'not a mobile number');
	const holder = field ? account.findContact(LOOKUP[field], value) : undefined;
	if (holder && holder.contactId !== contact.contactId) throw alreadyExists('User', name, value, 'Such contact already exists');
}

/** Writes only the attributes named; a null value erases (a standard attribute becomes null, an attribute goes). */
function applyProfile(account: MappAccount, contact: StoredContact, args: Args): Answer {
	const attributes = args.contact!.attributes;
	// Checked as a whole first: a refused request changes nothing.
	for (const attribute of attributes) checkValue(account, contact, attribute);
	const before = JSON.stringify(contact);
	for (const { name, value } of attributes) {
		const field = STANDARD[plainName(name)];
		if (field) {
			contact[field] = field === 'mobileNumber' && value !== null ? value.replace(/^\+/, '') : value;
			continue;
		}
		const index = contact.attributes.findIndex((existing) => plainName(existing.name) === plainName(name));
		if (value === null) {
			if (index !== -1) contact.attributes.splice(index, 1);
		} else if (index === -1) contact.attributes.push({ name, value });
		else contact.attributes[index].value = value;
	}
	const after = JSON.stringify(contact);
	if (after !== before) account.changes.push(`updateProfile:${contact.contactId}:${after}`);
	return {};
}

/** This file's rows of the route table (index.ts): REST only. */
export const routes: Route[] = [
	{ method: 'POST', path: '/user/updateProfile', handler: updateProfile },
	{ method: 'POST', path: '/user/updateProfileByEmail', handler: updateProfileByEmail },
	{ method: 'POST', path: '/user/updateProfileByMobileNumber', handler: updateProfileByMobileNumber },
];
