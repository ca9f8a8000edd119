import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { completeMessage, prepareMessage } from '../../helpers/message';
import { birdRequest, segment } from '../../transport';
import { messageFields } from './fields';

export const description = updateDisplayOptions({ show: { resource: ['message'], operation: ['send'] } }, messageFields);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const prepared = await prepareMessage.call(this, itemIndex);
	const request = await completeMessage.call(this, prepared, 'Send Message');
	const response = await birdRequest.call(this, {
		operation: 'Send Message',
		itemIndex,
		method: 'POST',
		path: `/channels/${segment(prepared.channelId)}/messages`,
		body: { json: request },
	});
	return prepared.notice ? { ...response.body, notice: prepared.notice } : response.body;
}
