import type { IDataObject } from 'n8n-workflow';

import { asXmlElement } from '../../shared/codec';
import type { RequestContext } from '../../shared/transport';
import { expertSenderRequest, missingInAnswer, responseData, toJson } from './index';

/** All lists of the account (`GET /v2/Api/Lists`), each as plain JSON: Id, Name, FriendlyName, Language, OptInMode. */
export async function fetchLists(
	this: RequestContext,
	options: { itemIndex?: number; seedLists?: boolean } = {},
): Promise<IDataObject[]> {
	const response = await expertSenderRequest.call(this, {
		operation: 'Get Many Lists',
		itemIndex: options.itemIndex,
		method: 'GET',
		resource: 'Lists',
		qs: options.seedLists ? { seedLists: true } : undefined,
	});
	const data = asXmlElement(responseData(response));
	// An account without lists answers `<Lists />`; an answer without the element at all is not a list of lists.
	if (!('Lists' in data)) throw missingInAnswer(this, response, 'Get Many Lists', options.itemIndex, 'Lists element');
	return toJson(data.Lists, 'Lists', { Lists: 'List' }) as IDataObject[];
}
