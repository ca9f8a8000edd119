import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { lookupTable } from '../../shared/lookupTable';
import { invalidParameter } from '../../shared/validation';
import { readOptionalEmail, readPositiveId } from './values';

export type Identifier = 'customSubscriberId' | 'email' | 'id' | 'phone';

/** The label of each way to identify a subscriber, as the By picker shows it. */
export const IDENTIFIER_LABELS: Record<Identifier, string> = lookupTable({
	customSubscriberId: 'Custom Subscriber ID',
	email: 'Email',
	id: 'Subscriber ID',
	phone: 'Phone',
});

export interface IdentifierQuery {
	by: Identifier;
	value: string | number;
	qs: IDataObject;
}

/** The subscriber Get and Delete name: by what, the value, and the query ExpertSender takes it in. */
export function readIdentifierQuery(context: IExecuteFunctions, itemIndex: number): IdentifierQuery {
	// A value the By picker does not list is refused by the router.
	const by = context.getNodeParameter('by', itemIndex) as Identifier;
	const label = IDENTIFIER_LABELS[by];
	const raw = String(context.getNodeParameter(`${by}Value`, itemIndex, '') ?? '').trim();
	if (raw === '') throw invalidParameter(context, itemIndex, label, 'is empty', `Enter the ${label} of the subscriber.`);
	if (by === 'id') {
		const id = readPositiveId(context, itemIndex, raw, label, true)!;
		return { by, value: id, qs: { id } };
	}
	if (by === 'email') {
		const email = readOptionalEmail(context, itemIndex, raw, label)!;
		return { by, value: email, qs: { email } };
	}
	if (by === 'phone') {
		const phone = raw.replace(/[\s().-]/g, '');
		if (!/^\+?\d{6,20}$/.test(phone)) {
			throw invalidParameter(context, itemIndex, label, `"${raw}" is not a phone number`, 'Enter the number with its country prefix, e.g. +48123456789.');
		}
		return { by, value: phone, qs: { phone } };
	}
	// The custom ID is the user's own text: looked up exactly as given (as Create or Update stores it).
	const customSubscriberId = String(context.getNodeParameter(`${by}Value`, itemIndex, '') ?? '');
	return { by, value: customSubscriberId, qs: { customSubscriberId } };
}
