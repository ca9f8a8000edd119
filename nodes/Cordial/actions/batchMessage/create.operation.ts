import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { collectionProperty, updateDisplayOptions } from '../../../shared/descriptions';
import { itemSuffix } from '../../../shared/validation';
import { cordialRequest } from '../../transport';
import { batchMessageBody } from '../../helpers/batchMessage';
import { channelField, classificationField, contentFields, settingFields } from './fields';

const properties: INodeProperties[] = [
	{ ...channelField, required: true },
	{ ...classificationField, required: true },
	...contentFields,
	collectionProperty('additionalFields', settingFields),
];

export const description = updateDisplayOptions({ show: { resource: ['batchMessage'], operation: ['create'] } }, properties);

/**
 * The created message's ID: Cordial's API v2 Swagger names it `bmID`, the Batch Messages API page `id`; either is
 * read, and `id` is always output.
 */
export function createdId(response: IDataObject): string | undefined {
	const id = response.bmID ?? response.id ?? response._id;
	return id === undefined ? undefined : String(id);
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const values: IDataObject = {
		channel: this.getNodeParameter('channel', itemIndex),
		classification: this.getNodeParameter('classification', itemIndex),
		subject: this.getNodeParameter('subject', itemIndex, ''),
		fromEmail: this.getNodeParameter('fromEmail', itemIndex, ''),
		fromDesc: this.getNodeParameter('fromDesc', itemIndex, ''),
		replyEmail: this.getNodeParameter('replyEmail', itemIndex, ''),
		html: this.getNodeParameter('html', itemIndex, ''),
		...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
	};
	const body = batchMessageBody(this, itemIndex, values, true, 'additionalFields.audienceRules');
	const response = await cordialRequest.call(this, {
		operation: 'Create Batch Message',
		itemIndex,
		method: 'POST',
		path: '/batchmessages',
		body,
	});
	const id = createdId(response);
	if (id === undefined) {
		// A 2xx without the new message's ID: it was probably created, but nothing downstream could send it.
		throw new NodeOperationError(this.getNode(), `Cordial Create Batch Message: the answer has no batch message ID${itemSuffix(itemIndex)}`, {
			itemIndex,
			description: 'The message may have been created; check Batch Messages in Cordial before running this item again.',
		});
	}
	return { ...response, id };
}
