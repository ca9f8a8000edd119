import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import type { ProviderResponse } from '../../../shared/transport';
import { birdRequest } from '../../transport';
import { identifierFields, readIdentifier } from './fields';

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['search'] } }, identifierFields);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const identifier = readIdentifier(this, itemIndex);
	const response = (await birdRequest.call(this, {
		operation: 'Search Contacts',
		itemIndex,
		method: 'POST',
		path: '/contacts/search',
		body: { json: { identifier } },
		// A search changes nothing.
		idempotent: true,
	})) as unknown as ProviderResponse<{ results?: IDataObject[] }>;
	return response.body.results ?? [];
}
