import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, updateDisplayOptions } from '../../../shared/descriptions';
import type { ItemResult } from '../../../shared/execute';
import { readEventDetails, readGrouping } from '../../helpers/eventDetails';
import { readMappId } from '../../helpers/identifier';
import { readContent, readExternalTransactionFormula, readRecipient, sentItem } from '../../helpers/message';
import { messageSendTransactionalWithEventDetails } from '../../transport/calls';
import { callMapp } from '../../transport';
import { contentWithoutSenderProfile, externalTransactionFormulaProperty, sendingProperties } from './fields';

const itemDetailPairs: INodeProperties = {
	displayName: 'Item Details',
	name: 'itemDetails',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	default: {},
	placeholder: 'Add Detail',
	options: [
		{
			displayName: 'Detail',
			name: 'pairs',
			values: [
				{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'e.g. productName' },
				{ displayName: 'Value', name: 'value', type: 'string', default: '', placeholder: 'e.g. Chair C1' },
			],
		},
	],
};

const properties: INodeProperties[] = [
	{
		displayName: 'Goes over the REST API whichever API is chosen: the SOAP API has no such method.',
		name: 'eventDetailsNotice',
		type: 'notice',
		default: '',
	},
	...sendingProperties,
	externalTransactionFormulaProperty,
	{
		displayName: 'Event Details From',
		name: 'eventDetailsSource',
		type: 'options',
		options: [
			{ name: 'Fields Below', value: 'fields', description: 'Enter each item and its details' },
			{ name: 'JSON', value: 'json', description: 'An array of flat objects, e.g. mapped from an order\'s lines' },
		],
		default: 'fields',
	},
	{
		displayName: 'Event Details',
		name: 'eventDetails',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add Item',
		description: 'The items (e.g. order lines) the message lists with ForEach, each with its details',
		displayOptions: { show: { eventDetailsSource: ['fields'] } },
		options: [{ displayName: 'Item', name: 'items', values: [itemDetailPairs] }],
	},
	{
		displayName: 'Event Details (JSON)',
		name: 'eventDetailsJson',
		type: 'json',
		default: '[]',
		placeholder: 'e.g. [{"productName": "Chair C1", "brandName": "aaa"}]',
		description: 'An array of flat objects: each object is one item, its keys and values (text, number, boolean) the item details',
		displayOptions: { show: { eventDetailsSource: ['json'] } },
	},
	collectionProperty('options', [
		{ displayName: 'Group By', name: 'groupBy', type: 'string', default: '', placeholder: 'e.g. brandName', description: 'The item detail to group the items by' },
		{ displayName: 'Group Label', name: 'groupLabel', type: 'string', default: '', placeholder: 'e.g. brandName', description: 'The item detail shown as the label of each group' },
		{ displayName: 'Value Field', name: 'valueField', type: 'string', default: '', placeholder: 'e.g. productName', description: 'The item detail listed within each group' },
		{ displayName: 'Transaction', name: 'transaction', type: 'boolean', default: false, description: 'Whether to set Mapp\'s optional "transaction" flag of the request; sent only when this option is added' },
	], { displayName: 'Grouping', name: 'grouping', placeholder: 'Add Grouping Option' }),
	...contentWithoutSenderProfile,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['sendTransactionalWithEventDetails'] } },
	properties,
);

const LABEL = 'Send Transactional Message With Event Details';

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<ItemResult> {
	const messageId = readMappId(this, 'messageId', itemIndex, 'Message ID');
	const externalTransactionFormula = readExternalTransactionFormula(this, itemIndex);
	const eventDetails = readEventDetails(this, itemIndex);
	const { processing, transaction } = readGrouping(this, itemIndex);
	const input = await readContent.call(this, itemIndex);
	const recipient = await readRecipient.call(this, itemIndex, LABEL);
	const content = { ...input.content, eventDetails, eventDetailsProcessing: processing, transaction };
	await callMapp(
		this,
		itemIndex,
		messageSendTransactionalWithEventDetails(LABEL, { messageId, recipientId: recipient.contactId, externalTransactionFormula, content }),
	);
	return sentItem(messageId, recipient, input, {
		externalTransactionFormula,
		eventDetails: eventDetails.map((details) => Object.fromEntries(details.map(({ name, value }) => [name, value]))),
		...(processing ? { eventDetailsProcessing: { ...processing } } : {}),
	});
}
