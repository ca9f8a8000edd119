import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { sendTransactional } from '../../helpers/transactional';
import { transactionalFields } from './fields';

export const description: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['transactional'], operation: ['sendSystem'] } },
	transactionalFields('system transactional'),
);

/** Same body as Send; ExpertSender creates or updates the receiver and skips the blacklist checks. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return await sendTransactional.call(this, itemIndex, 'SystemTransactionals', 'Send System Transactional');
}
