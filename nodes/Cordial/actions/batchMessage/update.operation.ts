import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter } from '../../../shared/validation';
import { cordialRequest } from '../../transport';
import { batchMessageBody, readBatchMessagePath } from '../../helpers/batchMessage';
import { batchMessageLocator, channelField, classificationField, contentFields, settingFields } from './fields';

const properties: INodeProperties[] = [
	batchMessageLocator,
	collectionProperty(
		'updateFields',
		[channelField, classificationField, ...contentFields, ...settingFields].sort((a, b) => a.displayName.localeCompare(b.displayName)),
		{ description: 'Only a message in "draft" status can be changed; unschedule a scheduled one first' },
	),
];

export const description = updateDisplayOptions({ show: { resource: ['batchMessage'], operation: ['update'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const path = readBatchMessagePath(this, itemIndex);
	const values = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const body = batchMessageBody(this, itemIndex, values, false, 'updateFields.audienceRules');
	if (Object.keys(body).length === 0) {
		throw invalidParameter(this, itemIndex, 'Update Fields', 'nothing to change', 'Add at least one field under "Update Fields".');
	}
	// PUT changes only the fields sent; Cordial accepts it for drafts only (BATCH_MESSAGES_CANNOT_EDIT_SENT_MESSAGE).
	return await cordialRequest.call(this, { operation: 'Update Batch Message', itemIndex, method: 'PUT', path, body });
}
