import type { IDataObject } from 'n8n-workflow';

import { asXmlElement } from '../../shared/codec';
import type { RequestContext } from '../../shared/transport';
import { expertSenderRequest, missingInAnswer, responseData, toJson } from './index';

/** The list containers of a message answer ("Get messages list"): tags, lists and segments become arrays. */
export const MESSAGE_CONTAINERS = { Messages: 'Message', Tags: 'Tag', Lists: 'List', Segments: 'Segment' };

/** The filters of `GET /v2/Api/Messages`: tag, startDate and endDate (YYYY-MM-DD) and type. */
export interface MessageFilters {
	tag?: string;
	startDate?: string;
	endDate?: string;
	type?: string;
}

/**
 * The account's sent messages matching the filters (`GET /v2/Api/Messages`), as plain JSON: Id, FromName, FromEmail,
 * Subject, Type, SentDate and Tags. The answer holds every match at once; ExpertSender offers no paging here.
 */
export async function fetchMessages(
	this: RequestContext,
	filters: MessageFilters,
	itemIndex?: number,
	operation = 'Get Many Messages',
): Promise<IDataObject[]> {
	const response = await expertSenderRequest.call(this, { operation, itemIndex, method: 'GET', resource: 'Messages', qs: { ...filters } });
	const data = asXmlElement(responseData(response));
	// No match answers `<Messages />`; an answer without the element at all is not a list of messages.
	if (!('Messages' in data)) throw missingInAnswer(this, response, operation, itemIndex, 'Messages element');
	return toJson(data.Messages, 'Messages', MESSAGE_CONTAINERS) as IDataObject[];
}

/** One message (`GET /v2/Api/Messages/{id}`), with its content when `fullDetails` is set. */
export async function fetchMessage(this: RequestContext, id: number, fullDetails: boolean, itemIndex: number): Promise<IDataObject> {
	const response = await expertSenderRequest.call(this, {
		operation: 'Get Message',
		itemIndex,
		method: 'GET',
		// The ID was checked to be a positive whole number, so it is one path segment as it stands.
		resource: `Messages/${id}`,
		qs: fullDetails ? { fullDetails: true } : undefined,
	});
	const data = responseData(response);
	if (data === undefined || typeof data !== 'object' || Array.isArray(data)) throw missingInAnswer(this, response, 'Get Message', itemIndex, 'message data');
	return toJson(data, 'Data', MESSAGE_CONTAINERS) as IDataObject;
}

/**
 * The IDs of the active transactional messages (`GET /v2/Api/ActiveTransactionals`, "Get active transactionals":
 * every defined transactional message that can be sent, including ones never sent yet).
 */
export async function fetchActiveTransactionalIds(this: RequestContext): Promise<number[]> {
	const response = await expertSenderRequest.call(this, { operation: 'Get Active Transactionals', method: 'GET', resource: 'ActiveTransactionals' });
	const data = asXmlElement(responseData(response));
	if (!('Transactionals' in data)) throw missingInAnswer(this, response, 'Get Active Transactionals', undefined, 'Transactionals element');
	const entries = toJson(data.Transactionals, 'Transactionals', { Transactionals: 'Transactional', Tags: 'Tag' }) as IDataObject[];
	return entries.map((entry) => Number(entry.Id)).filter((id) => Number.isInteger(id));
}
