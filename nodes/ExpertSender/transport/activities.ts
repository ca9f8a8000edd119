/**
 * The three activity feeds, shared by the ExpertSender Trigger and the Activity operations: "Get subscriber activity"
 * (`GET /v2/Api/Activities`, CSV for one day), "Get bounces list" (`GET /v2/Api/Bounces`, CSV for a period) and "Get
 * removed subscribers" (`GET /v2/Api/RemovedSubscribers`, XML) on help.expertsender.com, and "Get server time"
 * (`GET /v2/Api/Time`), whose clock the dates of the other three are read in.
 */
import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { asXmlElement, parseCsv, parseXml, xmlText } from '../../shared/codec';
import { providerRequest, type RequestContext } from '../../shared/transport';
import { itemSuffix } from '../../shared/validation';
import { apiServerOf, CREDENTIAL_TYPE, expertSenderCsvProfile, expertSenderRequest, missingInAnswer, responseData, toJson } from './index';

export interface FeedRequest {
	/** The operation named in errors, e.g. `Poll Bounces` or `Get Bounces`. */
	operation: string;
	itemIndex?: number;
	qs: IDataObject;
}

/**
 * Whether the text starts with the header row every documented feed CSV has: the activity and bounce columns all
 * begin with Date and Email ("Get subscriber activity", "Get bounces list"). An empty body, an HTML page or XML is
 * no feed, even with a 200, and must not pass as "no rows".
 */
function hasFeedHeader(text: string): boolean {
	const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
	const columns = firstLine.split(',').map((column) => column.trim().replace(/^"(.*)"$/, '$1'));
	return columns.includes('Date') && columns.includes('Email');
}

/** The rows of a CSV resource (`Activities`, `Bounces`): `GET /v2/Api/<resource>?…`, header names as keys, values as text. */
export async function csvRows(this: RequestContext, resource: 'Activities' | 'Bounces', request: FeedRequest): Promise<Array<Record<string, string>>> {
	const { operation, itemIndex } = request;
	const credentials = await this.getCredentials(CREDENTIAL_TYPE, itemIndex ?? 0);
	const server = apiServerOf(credentials);
	if (!/^https?:\/\/[^/\s]+/i.test(server)) {
		throw new NodeOperationError(this.getNode(), `The API Server URL of the ExpertSender credential is not a URL: "${server}"`, {
			itemIndex,
			description: 'Enter the full API server URL shown in the ExpertSender panel under Settings → API, e.g. https://api.esv2.com.',
		});
	}
	const response = await providerRequest.call(this, expertSenderCsvProfile, {
		operation,
		itemIndex,
		method: 'GET',
		url: `${server}/v2/Api/${resource}`,
		qs: request.qs,
		response: 'text',
	});
	const text = String(response.body);
	if (!hasFeedHeader(text)) throw notFeedCsv(this, operation, itemIndex, text);
	try {
		return parseCsv(text, { what: `The ExpertSender response to ${operation}` });
	} catch (error) {
		throw new NodeOperationError(this.getNode(), `ExpertSender ${operation}: ${(error as Error).message}${itemSuffix(itemIndex)}`, {
			itemIndex,
			description: 'ExpertSender answered something that is not the documented CSV. Check the API server URL in the credential.',
		});
	}
}

/**
 * The error for an answer that is no feed CSV. Markup is read as XML first (with the codec's limits: no DOCTYPE, a
 * bounded depth), so that the error says what the answer was without expanding anything in it.
 */
function notFeedCsv(context: RequestContext, operation: string, itemIndex: number | undefined, text: string): NodeOperationError {
	let detail = 'it has no header row with Date and Email';
	if (text.trimStart().startsWith('<')) {
		try {
			parseXml(text, { what: 'The answer' });
			detail = 'it is XML or HTML';
		} catch (error) {
			detail = (error as Error).message;
		}
	}
	return new NodeOperationError(context.getNode(), `ExpertSender ${operation}: the answer is not the documented CSV: ${detail}${itemSuffix(itemIndex)}`, {
		itemIndex,
		description: 'ExpertSender answers this feed as CSV with a header row. Check the API server URL in the credential.',
	});
}

/** The removed subscribers (`Data/RemovedSubscribers/RemovedSubscriber{Id, Email, ListId, UnsubscribedOn}`) as JSON. */
export async function removedSubscribers(this: RequestContext, request: FeedRequest): Promise<IDataObject[]> {
	const response = await expertSenderRequest.call(this, {
		operation: request.operation,
		itemIndex: request.itemIndex,
		method: 'GET',
		resource: 'RemovedSubscribers',
		qs: request.qs,
		xmlArrays: ['Data.RemovedSubscribers.RemovedSubscriber'],
	});
	const data = asXmlElement(responseData(response));
	if (!('RemovedSubscribers' in data)) {
		throw missingInAnswer(this, response, request.operation, request.itemIndex, 'RemovedSubscribers element');
	}
	return toJson(data.RemovedSubscribers, 'RemovedSubscribers', { RemovedSubscribers: 'RemovedSubscriber' }) as IDataObject[];
}

/** The business unit's current time as `GET /v2/Api/Time` answers it (e.g. `2026-01-15T10:00:00+01:00`), as text. */
export async function serverTimeText(this: RequestContext, itemIndex?: number): Promise<{ text: string; fail: (what: string) => Error }> {
	const response = await expertSenderRequest.call(this, { operation: 'Get Server Time', itemIndex, method: 'GET', resource: 'Time' });
	const text = xmlText(responseData(response)) ?? '';
	return { text, fail: (what) => missingInAnswer(this, response, 'Get Server Time', itemIndex, what) };
}
