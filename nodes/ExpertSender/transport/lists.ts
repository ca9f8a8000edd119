import type { IDataObject } from 'n8n-workflow';

import { asXmlElement, xmlText } from '../../shared/codec';
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

/** The `GeneralSettings` of a new list, in the documented order ("Create subscribers list"); undefined ones are left out. */
export interface NewListSettings {
	IsSeedList?: boolean;
	Name: string;
	FriendlyName?: string;
	Description?: string;
	Language?: string;
	OptInMode?: 'SingleOptIn' | 'DoubleOptIn';
}

/**
 * Creates a list (`POST /v2/Api/Lists` with `Data/GeneralSettings`, help.expertsender.com/emp/api/methods/lists/
 * create-subscribers-list) and gives its new ID: the documented answer is 201 `<Data>33</Data>`.
 */
export async function createList(this: RequestContext, settings: NewListSettings, itemIndex?: number): Promise<number> {
	const operation = 'Create List';
	const response = await expertSenderRequest.call(this, {
		operation,
		itemIndex,
		method: 'POST',
		resource: 'Lists',
		request: { Data: { GeneralSettings: { ...settings } } },
	});
	const id = xmlText(responseData(response))?.trim() ?? '';
	if (!/^\d{1,10}$/.test(id)) throw missingInAnswer(this, response, operation, itemIndex, `ID of the new list (got "${id}")`);
	return Number(id);
}
