/**
 * Group membership: membership/subscribe, subscribeByEmail, unsubscribe and unsubscribeByEmail of the Mapp Engage REST
 * API (the membership… operations of the SOAP API's WSDL), with the subscription modes of the WSDL.
 */
import type { MappAccount } from './account';
import { SUBSCRIPTION_MODES } from './fixtures';
import { LONG, STRING, type Answer, type Args, type Operation, type Schema, type Route } from './operation';

const subscriptionMode: Schema = { kind: 'enum', values: SUBSCRIPTION_MODES };

export const membershipSubscribe: Operation = {
	query: { userId: 'long', groupId: 'long', subscriptionMode: 'mode' },
	soap: [
		{ name: 'userId', type: LONG, min: 1 },
		{ name: 'groupId', type: LONG, min: 1 },
		{ name: 'subscriptionMode', type: subscriptionMode, min: 1 },
	],
	run: subscribe,
};

export const membershipSubscribeByEmail: Operation = {
	query: { email: 'string', groupId: 'long', subscriptionMode: 'mode' },
	soap: [
		{ name: 'email', type: STRING, min: 1 },
		{ name: 'groupId', type: LONG, min: 1 },
		{ name: 'subscriptionMode', type: subscriptionMode, min: 1 },
	],
	run: subscribe,
};

export const membershipUnsubscribe: Operation = {
	query: { userId: 'long', groupId: 'long' },
	soap: [
		{ name: 'userId', type: LONG, min: 1 },
		{ name: 'groupId', type: LONG, min: 1 },
	],
	run: unsubscribe,
};

export const membershipUnsubscribeByEmail: Operation = {
	query: { email: 'string', groupId: 'long' },
	soap: [
		{ name: 'email', type: STRING, min: 1 },
		{ name: 'groupId', type: LONG, min: 1 },
	],
	run: unsubscribe,
};

/** The contact by ID (`userId`) or, for the …ByEmail methods, by e-mail address. */
function member(account: MappAccount, args: Args) {
	return args.email === undefined ? account.contactById(args.userId!, 'userId') : account.contactByEmail(args.email);
}

function subscribe(account: MappAccount, args: Args): Answer {
	const group = account.group(args.groupId!);
	const contact = member(account, args);
	// Double opt-in only invites; the contact is a member once it accepts.
	group.set(contact.contactId, args.subscriptionMode === 'DOUBLE_OPT_IN' ? 'INVITED' : args.subscriptionMode!);
	// Each accepted subscription may notify the contact (welcome email, invitation).
	account.changes.push(`subscribe:${args.groupId}:${contact.contactId}:${args.subscriptionMode}`);
	return {};
}

function unsubscribe(account: MappAccount, args: Args): Answer {
	const group = account.group(args.groupId!);
	const contact = member(account, args);
	group.delete(contact.contactId);
	account.changes.push(`unsubscribe:${args.groupId}:${contact.contactId}`);
	return {};
}

/** This file's rows of the route table (index.ts). */
export const routes: Route[] = [
	{ method: 'POST', path: '/membership/subscribe', soap: 'membershipSubscribe', handler: membershipSubscribe },
	{ method: 'POST', path: '/membership/subscribeByEmail', soap: 'membershipSubscribeByEmail', handler: membershipSubscribeByEmail },
	{ method: 'POST', path: '/membership/unsubscribe', soap: 'membershipUnsubscribe', handler: membershipUnsubscribe },
	{ method: 'POST', path: '/membership/unsubscribeByEmail', soap: 'membershipUnsubscribeByEmail', handler: membershipUnsubscribeByEmail },
];
