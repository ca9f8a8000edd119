import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import type { ItemResult } from '../../../shared/execute';
import { readIdentifier } from '../../helpers/identifier';
import { simplifyContact } from '../../helpers/profile';
import { contactGet } from '../../transport/calls';
import { callMapp } from '../../transport';
import { identifierProperties } from '../fields';

const properties: INodeProperties[] = [
	...identifierProperties(true),
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		// Off by default so that workflows saved before the option keep their output.
		default: false,
		description: 'Whether to return the contact ID, the standard attributes and the attributes as one object (name: value) instead of the full record; unified identifiers and channel addresses are left out. Off by default to keep the output of existing workflows.',
	},
];

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['get'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<ItemResult> {
	const identifier = readIdentifier(this, itemIndex);
	const simplify = this.getNodeParameter('simplify', itemIndex, false) as boolean;
	const contact = await callMapp(this, itemIndex, contactGet('Get Contact', identifier));
	return simplify ? simplifyContact(contact) : contact;
}
