import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { asXmlElement, asXmlList, type XmlElement } from '../../../shared/codec';
import { collectionProperty, updateDisplayOptions } from '../../../shared/descriptions';
import { batchingMode, type ItemResult } from '../../../shared/execute';
import {
	expertSenderRequest,
	MAX_SUBSCRIBERS_PER_CALL,
	responseData,
	toJson,
} from '../../transport';
import { batchingProperty, listLocator } from '../fields';
import { errorForItem, resultsInOrder, sendBatches, type BatchResults, type BatchRow, type RowBatch } from '../../helpers/rowBatches';
import { fieldTypesIfNeeded, readSubscriber, type FieldTypes } from '../../helpers/subscriber';

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
					{
						// The value stays the field's ID, so saved workflows with a typed-in ID keep working.
						displayName: 'Property Name or ID',
						name: 'id',
						type: 'options',
						typeOptions: { loadOptionsMethod: 'getFields' },
						default: '',
						description:
							'The custom field. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
					},
					{
						displayName: 'Type',
						name: 'type',
						type: 'options',
						default: 'xs:string',
						description: "Type of the value; From Field reads the account's custom fields first and uses the field's own type",
						options: [
							{ name: 'Boolean', value: 'xs:boolean' },
							{ name: 'Date', value: 'xs:date' },
							{ name: 'Date Time', value: 'xs:dateTime' },
							{ name: 'Decimal', value: 'xs:double' },
							{ name: 'From Field', value: 'auto' },
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

export const batching = batchingProperty;

/** MultiData unless Batching is off. */
export function useBatch(this: IExecuteFunctions): boolean {
	return batchingMode.call(this) === 'auto';
}

/** One subscriber per request: a `Data xsi:type="Subscriber"` request (Batching set to One Request per Item). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<ItemResult> {
	const fieldTypes = await fieldTypesIfNeeded(this, [itemIndex]);
	const subscriber = readSubscriber(this, itemIndex, fieldTypes);
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

interface Row extends BatchRow {
	subscriber: XmlElement;
}

/** One MultiData request for these rows; each row's result (or its accepted-without-detail item) goes to `results`. */
async function postRows(this: IExecuteFunctions, rows: Row[], results: BatchResults): Promise<void> {
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

const SUBSCRIBERS: RowBatch<Row> = { operation: OPERATION, noun: 'subscriber', post: postRows };

/**
 * Creates or updates the subscribers of all input items in MultiData requests of at most 100 (ExpertSender's
 * documented limit), and gives every item its own result or error, in input order.
 */
export async function executeBatch(this: IExecuteFunctions, itemIndexes: number[]): Promise<Array<ItemResult | Error>> {
	const continueOnFail = this.continueOnFail();
	const results: BatchResults = new Map();
	const rows: Row[] = [];
	let fieldTypes: FieldTypes | undefined;
	try {
		fieldTypes = await fieldTypesIfNeeded(this, itemIndexes);
	} catch (error) {
		// The custom fields are read once for the batch: when that fails, no subscriber can be checked or sent.
		const perItem = itemIndexes.map((itemIndex) => errorForItem.call(this, error as Error, itemIndex));
		if (!continueOnFail) throw perItem[0];
		return perItem;
	}
	// Every item is checked before the first request, so that bad input stops the node before anything is sent.
	for (const itemIndex of itemIndexes) {
		try {
			rows.push({ itemIndex, subscriber: readSubscriber(this, itemIndex, fieldTypes) });
		} catch (error) {
			// A NodeOperationError is passed through as it is (with its field, item and fix).
			if (!continueOnFail) throw new NodeOperationError(this.getNode(), error as Error, { itemIndex });
			results.set(itemIndex, error as Error);
		}
	}
	const batches = Array.from({ length: Math.ceil(rows.length / MAX_SUBSCRIBERS_PER_CALL) }, (_, n) =>
		rows.slice(n * MAX_SUBSCRIBERS_PER_CALL, (n + 1) * MAX_SUBSCRIBERS_PER_CALL),
	);
	await sendBatches.call(this, SUBSCRIBERS, batches, results);
	return resultsInOrder.call(this, OPERATION, itemIndexes, results);
}
