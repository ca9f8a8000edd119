import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { lookupTable } from '../../../shared/lookupTable';
import { invalidParameter } from '../../../shared/validation';
import { optionalEmail, positiveId } from '../common';

type Identifier = 'customSubscriberId' | 'email' | 'id' | 'phone';

const LABELS: Record<Identifier, string> = lookupTable({
	customSubscriberId: 'Custom Subscriber ID',
	email: 'Email',
	id: 'Subscriber ID',
	phone: 'Phone',
});

/** "By" picker plus one value field per identifier, for Get and Delete. */
export function identifierFields(operation: string, identifiers: Identifier[]): INodeProperties[] {
	return [
		{
			displayName: 'By',
			name: 'by',
			type: 'options',
			default: 'email',
			description: 'How the subscriber is identified',
			options: identifiers
				.map((identifier) => ({ name: LABELS[identifier], value: identifier }))
				.sort((a, b) => a.name.localeCompare(b.name)),
		},
		...identifiers.map(
			(identifier): INodeProperties => ({
				displayName: LABELS[identifier],
				name: `${identifier}Value`,
				type: 'string',
				required: true,
				default: '',
				placeholder: { email: 'e.g. nathan@example.com', id: 'e.g. 12345', phone: 'e.g. +48123456789', customSubscriberId: 'e.g. CRM-0042' }[identifier],
				description: `${LABELS[identifier]} of the subscriber to ${operation}`,
				displayOptions: { show: { by: [identifier] } },
			}),
		),
	];
}

export interface IdentifierQuery {
	by: Identifier;
	value: string | number;
	qs: IDataObject;
}

export function identifierQuery(context: IExecuteFunctions, itemIndex: number): IdentifierQuery {
	// A value the By picker does not list is refused by the router.
	const by = context.getNodeParameter('by', itemIndex) as Identifier;
	const label = LABELS[by];
	const raw = String(context.getNodeParameter(`${by}Value`, itemIndex, '') ?? '').trim();
	if (raw === '') throw invalidParameter(context, itemIndex, label, 'is empty', `Enter the ${label} of the subscriber.`);
	if (by === 'id') {
		const id = positiveId(context, itemIndex, raw, label, true)!;
		return { by, value: id, qs: { id } };
	}
	if (by === 'email') {
		const email = optionalEmail(context, itemIndex, raw, label)!;
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
