import type { IDataObject } from 'n8n-workflow';

import { asXmlElement } from '../../shared/codec';
import type { RequestContext } from '../../shared/transport';
import { expertSenderRequest, responseData, toJson } from './index';

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
	return toJson(data.Lists, 'Lists', { Lists: 'List' }) as IDataObject[];
}
