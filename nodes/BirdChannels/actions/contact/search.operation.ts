import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import type { ProviderResponse } from '../../../shared/transport';
import { readIdentifier } from '../../helpers/contact';
import { birdRequest, unusableAnswer } from '../../transport';
import { identifierFields } from './fields';

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
	if (!Array.isArray(response.body.results)) {
		throw unusableAnswer(this, { operation: 'Search Contacts', itemIndex, method: 'POST', idempotent: true }, response.statusCode, 'the answer has no list of results');
	}
	// One output item per input item, as for every other operation: a search that finds nothing gives one empty item,
	// the item n8n's own "Always Output Data" setting produces, so that the item is not lost and `$json.id` is empty.
	return response.body.results.length > 0 ? response.body.results : [{}];
}
