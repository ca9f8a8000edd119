import type { INodeProperties } from 'n8n-workflow';

import { IDENTIFIER_LABELS, type Identifier } from '../../helpers/identifier';

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
				.map((identifier) => ({ name: IDENTIFIER_LABELS[identifier], value: identifier }))
				.sort((a, b) => a.name.localeCompare(b.name)),
		},
		...identifiers.map(
			(identifier): INodeProperties => ({
				displayName: IDENTIFIER_LABELS[identifier],
				name: `${identifier}Value`,
				type: 'string',
				required: true,
				default: '',
				placeholder: { email: 'e.g. nathan@example.com', id: 'e.g. 12345', phone: 'e.g. +48123456789', customSubscriberId: 'e.g. CRM-0042' }[identifier],
				description: `${IDENTIFIER_LABELS[identifier]} of the subscriber to ${operation}`,
				displayOptions: { show: { by: [identifier] } },
			}),
		),
	];
}
