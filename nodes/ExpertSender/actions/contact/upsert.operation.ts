import type { IDataObject, IExecuteFunctions, INodeProperties, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { asXmlElement, asXmlList, type XmlElement } from '../../../shared/codec';
import { batchingOption, collectionProperty, updateDisplayOptions } from '../../../shared/descriptions';
import { batchingMode, type ItemResult } from '../../../shared/execute';
import {
	expertSenderRequest,
	MAX_SUBSCRIBERS_PER_CALL,
	responseData,
	toJson,
	type RowError,
} from '../../transport';
import { listLocator } from '../fields';
import { readSubscriber } from '../../helpers/subscriber';

const OPERATION = 'Create or Update Contact';

const properties: INodeProperties[] = [
	listLocator,
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'e.g. nathan@example.com',
		default: '',
		description: 'Email address of the subscriber; required when Matching Mode is Email',
	},
	{
		displayName: 'Mode',
		name: 'mode',
		type: 'options',
		default: 'AddAndUpdate',
		description: 'What to do with new and with existing subscribers',
		options: [
			{ name: 'Add and Ignore', value: 'AddAndIgnore', description: 'Add new subscribers; leave existing ones unchanged' },
			{ name: 'Add and Replace', value: 'AddAndReplace', description: 'Add new subscribers; replace all fields of existing ones' },
			{ name: 'Add and Update', value: 'AddAndUpdate', description: 'Add new subscribers; update the given fields of existing ones' },
			{ name: 'Ignore and Replace', value: 'IgnoreAndReplace', description: 'Skip new subscribers; replace all fields of existing ones' },
			{ name: 'Ignore and Update', value: 'IgnoreAndUpdate', description: 'Skip new subscribers; update the given fields of existing ones' },
		],
	},
	{
		displayName: 'Matching Mode',
		name: 'matchingMode',
		type: 'options',
		default: 'Email',
		description: 'Which field identifies an existing subscriber',
		options: [
			{ name: 'Custom Subscriber ID', value: 'CustomSubscriberId' },
			{ name: 'Email', value: 'Email' },
			{ name: 'Phone', value: 'Phone' },
			{ name: 'Subscriber ID', value: 'Id' },
		],
	},
	collectionProperty('additionalFields', [
		{
			displayName: 'Allow Removed',
			name: 'allowRemoved',
			type: 'boolean',
			default: false,
			description: 'Whether to add the subscriber again after they were removed from the list',
		},
		{
			displayName: 'Allow Unsubscribed',
			name: 'allowUnsubscribed',
			type: 'boolean',
			default: false,
			description: 'Whether to add the subscriber again after they unsubscribed from the list',
		},
		{ displayName: 'Custom Subscriber ID', name: 'customSubscriberId', type: 'string', default: '' },
		{ displayName: 'First Name', name: 'firstName', type: 'string', default: '' },
		{
			displayName: 'Force Confirmation',
			name: 'force',
			type: 'boolean',
			default: false,
			description: 'Whether to send the confirmation email again (double opt-in lists, unconfirmed subscribers only)',
		},
		{ displayName: 'IP', name: 'ip', type: 'string', default: '', placeholder: 'e.g. 203.0.113.7' },
		{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' },
		{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Full name of the subscriber' },
		{
			displayName: 'Phone',
			name: 'phone',
			type: 'string',
			default: '',
			placeholder: 'e.g. +48123456789',
			description: 'Phone number with country prefix (at most 20 digits)',
		},
		{
			displayName: 'Subscriber ID',
			name: 'subscriberId',
			type: 'string',
			default: '',
			description: 'ExpertSender ID of the subscriber; with an Email it changes that subscriber\'s address',
		},
		{ displayName: 'Tracking Code', name: 'trackingCode', type: 'string', default: '' },
		{ displayName: 'Vendor', name: 'vendor', type: 'string', default: '', description: 'Source of the subscriber' },
	]),
	{
		displayName: 'Custom Properties',
		name: 'customProperties',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Property',
		default: {},
		description: 'Values of custom subscriber fields (Settings → Custom fields). An empty value clears the field.',
		options: [
			{
				displayName: 'Property',
				name: 'property',
				values: [
					{ displayName: 'Property ID', name: 'id', type: 'string', default: '', placeholder: 'e.g. 5' },
					{
						displayName: 'Type',
						name: 'type',
						type: 'options',
						default: 'xs:string',
						options: [
							{ name: 'Boolean', value: 'xs:boolean' },
							{ name: 'Date', value: 'xs:date' },
							{ name: 'Date Time', value: 'xs:dateTime' },
							{ name: 'Decimal', value: 'xs:double' },
							{ name: 'Integer', value: 'xs:int' },
							{ name: 'Text', value: 'xs:string' },
						],
					},
					{ displayName: 'Value', name: 'value', type: 'string', default: '' },
				],
			},
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['upsert'] } }, properties);

export const batching = batchingOption(
	{ resource: 'contact', operation: 'upsert' },
	"Send the subscribers in ExpertSender's MultiData requests, 100 per request",
);

/** MultiData unless Batching is off. */
export function useBatch(this: IExecuteFunctions): boolean {
	return batchingMode.call(this) === 'auto';
}

/** One subscriber per request: a `Data xsi:type="Subscriber"` request (Batching set to One Request per Item). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<ItemResult> {
	const subscriber = readSubscriber(this, itemIndex);
	const response = await expertSenderRequest.call(this, {
		operation: OPERATION,
		itemIndex,
		method: 'POST',
		resource: 'Subscribers',
		request: { ReturnData: true, VerboseErrors: true, Data: { '@xsi:type': 'Subscriber', ...subscriber } },
	});
	const [data] = asXmlList(asXmlElement(responseData(response)).SubscriberData);
	return data === undefined ? acceptedWithoutDetail(subscriber) : (toJson(data) as IDataObject);
}

/**
 * The item of a subscriber ExpertSender accepted (HTTP 201) without a `<SubscriberData>` for it: a 201 means the
 * request was applied, so this is a success that says which subscriber it was and that no per-row detail came back.
 */
function acceptedWithoutDetail(subscriber: XmlElement): IDataObject {
	const sent: IDataObject = { ListId: subscriber.ListId as number };
	for (const key of ['Id', 'Email', 'Phone', 'CustomSubscriberId'] as const) {
		if (subscriber[key] !== undefined) sent[key] = subscriber[key] as string | number;
	}
	return { success: true, detailReturned: false, ...sent };
}

interface Row {
	itemIndex: number;
	subscriber: XmlElement;
}

/** A copy of a batch-level error for one item, so that every error item names its own item. */
function errorForItem(this: IExecuteFunctions, error: Error, itemIndex: number, message = error.message, description?: string): Error {
	const apiError = error as NodeApiError;
	const text = `${message.replace(/ \[item \d+\]$/, '')} [item ${itemIndex}]`;
	const copy = new NodeApiError(this.getNode(), ((apiError.errorResponse as JsonObject | undefined) ?? {}) as JsonObject, {
		message: text,
		description: description ?? apiError.description ?? undefined,
		httpCode: apiError.httpCode ?? undefined,
		itemIndex,
	});
	// NodeApiError swaps a message that mentions a network code (ECONNRESET…) for a generic sentence without the
	// provider, the operation or the item; the transport's text already says what happened.
	copy.message = text;
	return copy;
}

// A rejected batch is sent again without its rejected rows; each round drops at least one row, and three rounds
// are plenty for real data while bounding the requests one bad batch can cause.
const MAX_ROUNDS = 3;

/** One MultiData request for these rows; each row's result (or its accepted-without-detail item) goes to `results`. */
async function postRows(this: IExecuteFunctions, rows: Row[], results: Map<number, ItemResult | Error>): Promise<void> {
	const response = await expertSenderRequest.call(this, {
		operation: OPERATION,
		itemIndex: rows.length === 1 ? rows[0].itemIndex : undefined,
		method: 'POST',
		resource: 'Subscribers',
		request: { ReturnData: true, VerboseErrors: true, MultiData: { Subscriber: rows.map((row) => row.subscriber) } },
	});
	const data = asXmlList(asXmlElement(responseData(response)).SubscriberData);
	// ExpertSender answers in request order, one <SubscriberData> per row. A 201 with no rows, or with a count
	// that cannot be matched to the rows, still means the batch was applied: every row is a success then.
	const matched = data.length === rows.length;
	rows.forEach((row, position) =>
		results.set(row.itemIndex, matched ? (toJson(data[position]) as IDataObject) : acceptedWithoutDetail(row.subscriber)),
	);
}

/** The messages of a 400's `<Message for="Row N">` by row number, or undefined when they do not name the rows sent. */
function rowMessages(error: unknown, rowCount: number): Map<number, string[]> | undefined {
	const rowErrors = ((error as NodeApiError).errorResponse?.rowErrors ?? []) as unknown as RowError[];
	if (rowErrors.length === 0 || rowErrors.some((entry) => entry.row < 1 || entry.row > rowCount)) return undefined;
	const rejected = new Map<number, string[]>();
	for (const entry of rowErrors) rejected.set(entry.row, [...(rejected.get(entry.row) ?? []), entry.message]);
	return rejected;
}

/** Gives each rejected row its own error and returns the rows ExpertSender did not object to. */
function settleRejectedRows(
	this: IExecuteFunctions,
	error: Error,
	rows: Row[],
	rejected: Map<number, string[]>,
	results: Map<number, ItemResult | Error>,
): Row[] {
	return rows.filter((row, position) => {
		const messages = rejected.get(position + 1);
		if (!messages) return true;
		const message = `ExpertSender ${OPERATION} failed: ${messages.join('; ')}`;
		const description = `ExpertSender rejected this subscriber (row ${position + 1} of a batch of ${rows.length}). Correct the value it names; the other subscribers of the batch were sent without it.`;
		results.set(row.itemIndex, errorForItem.call(this, error, row.itemIndex, message, description));
		return false;
	});
}

/**
 * Sends one batch of at most 100 subscribers. ExpertSender answers a MultiData request whose rows fail validation
 * with 400 and a `<Message for="Row N">` per bad row, and adds none of the rows: the bad rows become their items'
 * errors and the good rows are sent again on their own.
 */
async function sendBatch(this: IExecuteFunctions, rows: Row[], results: Map<number, ItemResult | Error>): Promise<void> {
	let pending = rows;
	for (let round = 1; pending.length > 0; round++) {
		try {
			await postRows.call(this, pending, results);
			return;
		} catch (error) {
			const rejected = rowMessages(error, pending.length);
			if (!rejected) {
				for (const row of pending) results.set(row.itemIndex, errorForItem.call(this, error as Error, row.itemIndex));
				return;
			}
			pending = settleRejectedRows.call(this, error as Error, pending, rejected, results);
			if (round >= MAX_ROUNDS) {
				const message = `ExpertSender ${OPERATION}: not sent, because other subscribers of its batch were rejected ${MAX_ROUNDS} times`;
				const description = 'ExpertSender did not add this subscriber. Correct the rejected items and run this item again.';
				for (const row of pending) results.set(row.itemIndex, errorForItem.call(this, error as Error, row.itemIndex, message, description));
				return;
			}
		}
	}
}

/**
 * Creates or updates the subscribers of all input items in MultiData requests of at most 100 (ExpertSender's
 * documented limit), and gives every item its own result or error, in input order.
 */
export async function executeBatch(this: IExecuteFunctions, itemIndexes: number[]): Promise<Array<ItemResult | Error>> {
	const continueOnFail = this.continueOnFail();
	const results = new Map<number, ItemResult | Error>();
	const rows: Row[] = [];
	// Every item is checked before the first request, so that bad input stops the node before anything is sent.
	for (const itemIndex of itemIndexes) {
		try {
			rows.push({ itemIndex, subscriber: readSubscriber(this, itemIndex) });
		} catch (error) {
			// A NodeOperationError is passed through as it is (with its field, item and fix).
			if (!continueOnFail) throw new NodeOperationError(this.getNode(), error as Error, { itemIndex });
			results.set(itemIndex, error as Error);
		}
	}
	for (let start = 0; start < rows.length; start += MAX_SUBSCRIBERS_PER_CALL) {
		const batch = rows.slice(start, start + MAX_SUBSCRIBERS_PER_CALL);
		await sendBatch.call(this, batch, results);
		if (!continueOnFail && batch.some((row) => results.get(row.itemIndex) instanceof Error)) {
			// The node stops at the first error anyway; the remaining batches are not sent at all.
			break;
		}
	}
	return itemIndexes.map(
		(itemIndex) =>
			results.get(itemIndex) ??
			new NodeApiError(this.getNode(), {} as JsonObject, {
				message: `ExpertSender ${OPERATION}: not sent, because an earlier batch failed [item ${itemIndex}]`,
				itemIndex,
			}),
	);
}
