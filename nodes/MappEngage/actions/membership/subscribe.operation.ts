import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import type { ItemResult } from '../../../shared/execute';
import { readMember } from '../../helpers/membership';
import { membershipSubscribe, type SubscriptionMode } from '../../transport/calls';
import { callMapp } from '../../transport';
import { memberProperties } from './fields';

const properties: INodeProperties[] = [
	...memberProperties,
	{
		displayName: 'Subscription Mode',
		name: 'subscriptionMode',
		type: 'options',
		options: [
			{
				name: 'Confirmed Opt-In',
				value: 'CONFIRMED_OPT_IN',
				description: 'Subscribe and send a welcome email (single opt-in)',
			},
			{
				name: 'Double Opt-In',
				value: 'DOUBLE_OPT_IN',
				description: 'Send an invitation; the contact becomes a member after accepting it',
			},
			{ name: 'Opt-In', value: 'OPT_IN', description: 'Subscribe without any notification' },
		],
		default: 'OPT_IN',
	},
];

export const description = updateDisplayOptions({ show: { resource: ['membership'], operation: ['subscribe'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<ItemResult> {
	const { member, groupId } = readMember(this, itemIndex);
	const subscriptionMode = this.getNodeParameter('subscriptionMode', itemIndex) as SubscriptionMode;
	await callMapp(this, itemIndex, membershipSubscribe('Subscribe Contact', member, groupId, subscriptionMode));
	return { subscribed: true, groupId, ...member, subscriptionMode };
}
