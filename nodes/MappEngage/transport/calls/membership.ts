import { NO_RESULT, type MappCall } from '../index';

/** Mapp's membership methods, each written once with its REST and SOAP encoding. */

export type SubscriptionMode = 'OPT_IN' | 'CONFIRMED_OPT_IN' | 'DOUBLE_OPT_IN';

/** A group member is named by contact (user) ID or by e-mail address: the two forms Mapp's membership methods take. */
export type Member = { contactId: string } | { email: string };

/** The member as Mapp's membership methods take it: by email (the …ByEmail methods) or by contact (user) ID. */
function memberArguments(member: Member): { suffix: '' | 'ByEmail'; who: { email: string } | { userId: string } } {
	return 'email' in member ? { suffix: 'ByEmail', who: { email: member.email } } : { suffix: '', who: { userId: member.contactId } };
}

export function membershipSubscribe(
	label: string,
	member: Member,
	groupId: string,
	subscriptionMode: SubscriptionMode,
): MappCall<void> {
	const { suffix, who } = memberArguments(member);
	return {
		label,
		idempotent: false,
		rest: { path: `/membership/subscribe${suffix}`, query: { ...who, groupId, subscriptionMode } },
		soap: { operation: `membershipSubscribe${suffix}`, body: { ...who, groupId, subscriptionMode } },
		read: NO_RESULT,
	};
}

export function membershipUnsubscribe(label: string, member: Member, groupId: string): MappCall<void> {
	const { suffix, who } = memberArguments(member);
	return {
		label,
		idempotent: false,
		rest: { path: `/membership/unsubscribe${suffix}`, query: { ...who, groupId } },
		soap: { operation: `membershipUnsubscribe${suffix}`, body: { ...who, groupId } },
		read: NO_RESULT,
	};
}
