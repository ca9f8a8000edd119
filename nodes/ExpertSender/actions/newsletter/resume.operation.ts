import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { changeNewsletter } from '../../helpers/newsletter';
import { newsletterLocator } from './fields';

export const description: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['newsletter'], operation: ['resume'] } },
	[{ ...newsletterLocator, description: 'The newsletter to resume; ExpertSender resumes only paused newsletters' }],
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return await changeNewsletter.call(this, itemIndex, 'ResumeMessage');
}
