import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { sendTransactional } from '../../helpers/transactional';
import { transactionalFields } from './fields';

export const description: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['transactional'], operation: ['send'] } },
	transactionalFields('transactional'),
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return await sendTransactional.call(this, itemIndex, 'Transactionals', 'Send Transactional');
}
