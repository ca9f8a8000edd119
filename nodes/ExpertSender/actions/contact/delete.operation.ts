import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, updateDisplayOptions } from '../../../shared/descriptions';
import { pathSegment } from '../../../shared/pathSegment';
import { expertSenderRequest } from '../../transport';
import { readPositiveId } from '../../helpers/values';
import { optionalListField } from '../fields';
import { readIdentifierQuery } from '../../helpers/identifier';
import { identifierFields } from './fields';

const properties: INodeProperties[] = [
	...identifierFields('delete', ['email', 'id']),
	collectionProperty('options', [
		{
			...optionalListField,
			description:
				'Delete the subscriber from this list only; without it the subscriber is deleted from all lists. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['delete'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const { by, value } = readIdentifierQuery(this, itemIndex);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const listId = readPositiveId(this, itemIndex, options.listId, 'List', false);
	const listQuery = listId === undefined ? {} : { listId };
	// The documented form puts a subscriber ID in the path and an email in the query.
	await expertSenderRequest.call(this, {
		operation: 'Delete Contact',
		itemIndex,
		method: 'DELETE',
		resource: by === 'id' ? `Subscribers/${pathSegment(this, itemIndex, 'Subscriber ID', String(value))}` : 'Subscribers',
		qs: by === 'id' ? listQuery : { email: value, ...listQuery },
	});
	return { deleted: true };
}
