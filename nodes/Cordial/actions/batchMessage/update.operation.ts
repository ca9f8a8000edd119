import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter } from '../../../shared/validation';
import { cordialRequest } from '../../transport';
import { batchMessageLocator, batchMessagePath } from '../common';
import { batchMessageBody } from '../../helpers/batchMessage';
import { channelField, classificationField, contentFields, settingFields } from './fields';

const properties: INodeProperties[] = [
	batchMessageLocator,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Only a message in "draft" status can be changed; unschedule a scheduled one first',
		options: [channelField, classificationField, ...contentFields, ...settingFields].sort((a, b) =>
			a.displayName.localeCompare(b.displayName),
		),
	},
];

export const description = updateDisplayOptions({ show: { resource: ['batchMessage'], operation: ['update'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const path = batchMessagePath(this, itemIndex);
	const values = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const body = batchMessageBody(this, itemIndex, values, false, 'updateFields.audienceRules');
	if (Object.keys(body).length === 0) {
		throw invalidParameter(this, itemIndex, 'Update Fields', 'nothing to change', 'Add at least one field under "Update Fields".');
	}
	// PUT changes only the fields sent; Cordial accepts it for drafts only (BATCH_MESSAGES_CANNOT_EDIT_SENT_MESSAGE).
	return await cordialRequest.call(this, { operation: 'Update Batch Message', itemIndex, method: 'PUT', path, body });
}
