import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { hasLoneSurrogate, invalidParameter } from '../../shared/validation';
import { readOptionalEmail, readPositiveId } from './values';

/** How an automation request (trigger message, workflow custom event) names its subscriber. */
export type ReceiverBy = 'email' | 'id' | 'customSubscriberId' | 'phone';

const LABELS: Record<ReceiverBy, string> = {
	email: 'Email',
	id: 'Subscriber ID',
	customSubscriberId: 'Custom Subscriber ID',
	phone: 'Phone',
};

export interface Receiver {
	by: ReceiverBy;
	value: string | number;
}

/** The Identify Subscriber By picker and one value field per choice (the operation adds its own display options). */
export function receiverProperties(choices: readonly ReceiverBy[]): INodeProperties[] {
	const picker: INodeProperties = {
		displayName: 'Identify Subscriber By',
		name: 'receiverBy',
		type: 'options',
		default: 'email',
		description: 'Which value names the subscriber',
		options: choices.map((by) => ({ name: LABELS[by], value: by })),
	};
	const fields: Record<ReceiverBy, INodeProperties> = {
		email: { displayName: 'Email', name: 'receiverEmail', type: 'string', default: '', placeholder: 'e.g. nathan@example.com', description: 'Email address of an existing subscriber' },
		id: { displayName: 'Subscriber ID', name: 'receiverId', type: 'string', default: '', placeholder: 'e.g. 1001', description: 'ExpertSender ID of the subscriber' },
		customSubscriberId: { displayName: 'Custom Subscriber ID', name: 'receiverCustomId', type: 'string', default: '', placeholder: 'e.g. CRM-1001', description: 'Your own ID of the subscriber, as stored in ExpertSender' },
		phone: { displayName: 'Phone', name: 'receiverPhone', type: 'string', default: '', placeholder: 'e.g. 48501202365', description: 'Phone number of the subscriber with its country prefix' },
	};
	return [
		picker,
		...choices.map((by) => ({ ...fields[by], required: true, displayOptions: { show: { receiverBy: [by] } } })),
	];
}

const PARAMETER: Record<ReceiverBy, string> = { email: 'receiverEmail', id: 'receiverId', customSubscriberId: 'receiverCustomId', phone: 'receiverPhone' };

/** The subscriber of one item, checked: a positive ID, an e-mail address, a phone of 6 to 20 digits, or a non-empty custom ID. */
export function readReceiver(context: IExecuteFunctions, itemIndex: number): Receiver {
	// A value the picker does not list is refused by the router.
	const by = context.getNodeParameter('receiverBy', itemIndex, 'email') as ReceiverBy;
	const label = LABELS[by];
	const raw = context.getNodeParameter(PARAMETER[by], itemIndex, '') as unknown;
	const text = raw === undefined || raw === null ? '' : String(raw).trim();
	if (text === '') throw invalidParameter(context, itemIndex, label, 'is empty', `Enter the ${label} of the subscriber.`);
	if (by === 'id') return { by, value: readPositiveId(context, itemIndex, text, label, true)! };
	if (by === 'email') return { by, value: readOptionalEmail(context, itemIndex, text, label)! };
	if (by === 'phone') {
		const digits = text.replace(/[\s().-]/g, '').replace(/^\+/, '');
		if (!/^\d{6,20}$/.test(digits)) {
			throw invalidParameter(context, itemIndex, label, `"${text}" is not a phone number ExpertSender accepts`, 'Enter the number with its country prefix, e.g. 48501202365 (6 to 20 digits).');
		}
		return { by, value: digits };
	}
	if (hasLoneSurrogate(text)) {
		throw invalidParameter(context, itemIndex, label, 'contains a broken character (half of an emoji)', 'Check the expression that maps the ID from the input.');
	}
	return { by, value: text };
}
