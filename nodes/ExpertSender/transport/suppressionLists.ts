import type { IDataObject } from 'n8n-workflow';

import { asXmlElement } from '../../shared/codec';
import { providerRequest, type RequestContext } from '../../shared/transport';
import { apiServerOf, CREDENTIAL_TYPE, expertSenderProfile, expertSenderRequest, missingInAnswer, responseData, toJson } from './index';

/** All active suppression lists (`GET /v2/Api/SuppressionLists`), each as JSON: Id, Name, ListType and, for Email lists, ImportRule. */
export async function fetchSuppressionLists(this: RequestContext, itemIndex?: number): Promise<IDataObject[]> {
	const response = await expertSenderRequest.call(this, {
		operation: 'Get Many Suppression Lists',
		itemIndex,
		method: 'GET',
		resource: 'SuppressionLists',
	});
	const data = asXmlElement(responseData(response));
	// An account without suppression lists answers `<SuppressionLists />`; no element at all is no list of lists.
	if (!('SuppressionLists' in data)) throw missingInAnswer(this, response, 'Get Many Suppression Lists', itemIndex, 'SuppressionLists element');
	return toJson(data.SuppressionLists, 'SuppressionLists', { SuppressionLists: 'SuppressionList' }) as IDataObject[];
}

/**
 * Adds one entry to a suppression list. Unlike the other POST methods this one has no XML body: the key, the entry
 * and its type travel in the query (help.expertsender.com "Add to suppression list":
 * `POST /v2/Api/SuppressionLists/123?apiKey=…&entry=username%40domain.com`, `&entryType=prefix` for dialing
 * prefixes). The credential puts the key in the query of a POST without a body, as it does for GET and DELETE. Like
 * every other POST it is not repeated after an ambiguous failure.
 */
export async function addToSuppressionList(
	this: RequestContext,
	request: { itemIndex: number; listId: number; entry: string; entryType?: 'phone' | 'prefix' },
): Promise<void> {
	const credentials = await this.getCredentials(CREDENTIAL_TYPE, request.itemIndex);
	await providerRequest.call(this, expertSenderProfile, {
		operation: 'Add to Suppression List',
		itemIndex: request.itemIndex,
		method: 'POST',
		url: `${apiServerOf(credentials)}/v2/Api/SuppressionLists/${request.listId}`,
		qs: { entry: request.entry, ...(request.entryType ? { entryType: request.entryType } : {}) },
		response: 'xml',
	});
}
