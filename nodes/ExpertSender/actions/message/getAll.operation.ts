import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter } from '../../../shared/validation';
import { readDay } from '../../helpers/dates';
import { fetchMessages, type MessageFilters } from '../../transport/messages';

/** The `type` values of "Get messages list" (help.expertsender.com/emp/api/methods/email-messages/get-messages-list). */
export const MESSAGE_TYPES = [
	{ name: 'Autoresponder', value: 'Autoresponder' },
	{ name: 'Confirmation', value: 'Confirmation' },
	{ name: 'Free Email Preview', value: 'FreeEmailPreview' },
	{ name: 'Newsletter', value: 'Newsletter' },
	{ name: 'Paid Email Preview', value: 'PaidEmailPreview' },
	{ name: 'Recurring', value: 'Recurring' },
	{ name: 'Test', value: 'Test' },
	{ name: 'Transactional', value: 'Transactional' },
	{ name: 'Trigger', value: 'Trigger' },
	{ name: 'Workflow Message', value: 'WorkflowMessage' },
];

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	collectionProperty('filters', [
		{
			displayName: 'End Date',
			name: 'endDate',
			type: 'dateTime',
			default: '',
			description: "Only messages sent on or before this day (the day in the workflow's time zone)",
		},
		{
			displayName: 'Start Date',
			name: 'startDate',
			type: 'dateTime',
			default: '',
			description: "Only messages sent on or after this day (the day in the workflow's time zone)",
		},
		{ displayName: 'Tag', name: 'tag', type: 'string', default: '', placeholder: 'e.g. sports', description: 'Only messages with this tag' },
		{ displayName: 'Type', name: 'type', type: 'options', default: 'Newsletter', options: MESSAGE_TYPES, description: 'Only messages of this type' },
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['message'], operation: ['getAll'] } }, properties);

function readFilters(context: IExecuteFunctions, itemIndex: number): MessageFilters {
	const filters = context.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const tag = String(filters.tag ?? '').trim();
	const startDate = readDay(context, itemIndex, filters.startDate, 'Start Date');
	const endDate = readDay(context, itemIndex, filters.endDate, 'End Date');
	if (startDate !== undefined && endDate !== undefined && startDate > endDate) {
		throw invalidParameter(context, itemIndex, 'End Date', `${endDate} is before the Start Date ${startDate}`, 'Pick an End Date on or after the Start Date.');
	}
	const type = filters.type === undefined || filters.type === '' ? undefined : String(filters.type);
	if (type !== undefined && !MESSAGE_TYPES.some((option) => option.value === type)) {
		throw invalidParameter(context, itemIndex, 'Type', `"${type}" is not an ExpertSender message type`, `Choose one of: ${MESSAGE_TYPES.map((option) => option.value).join(', ')}.`);
	}
	return { tag: tag === '' ? undefined : tag, startDate, endDate, type };
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll ? undefined : (this.getNodeParameter('limit', itemIndex, 50) as unknown);
	if (limit !== undefined && !(typeof limit === 'number' && Number.isInteger(limit) && limit >= 1)) {
		throw invalidParameter(this, itemIndex, 'Limit', `${JSON.stringify(limit)} is not a number of messages`, 'Enter a whole number of 1 or more, or turn on Return All.');
	}
	const filters = readFilters(this, itemIndex);
	const messages = await fetchMessages.call(this, filters, itemIndex);
	// ExpertSender answers every match at once; the limit is applied here.
	return limit === undefined ? messages : messages.slice(0, limit);
}
