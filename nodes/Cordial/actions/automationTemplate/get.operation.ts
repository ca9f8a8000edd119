import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { requiredString } from '../../../shared/validation';
import { cordialRequest, pathKey } from '../../transport';
import { automationTemplateLocator, simplifyField, simplifyTemplate } from './fields';

const properties: INodeProperties[] = [automationTemplateLocator, simplifyField];

export const description = updateDisplayOptions({ show: { resource: ['automationTemplate'], operation: ['get'] } }, properties);

/** gettemplate (`GET /v2/automationtemplates/{key}`): the TemplateShowAuto, or with Simplify its smaller form. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const key = requiredString(this, 'templateKey', itemIndex, 'Automation Template', 'Choose an automation template, or enter its key.');
	const template = await cordialRequest.call(this, {
		operation: 'Get Automation Template',
		itemIndex,
		method: 'GET',
		path: `/automationtemplates/${pathKey(this, itemIndex, 'Automation Template', key)}`,
	});
	return this.getNodeParameter('simplify', itemIndex, true) === true ? simplifyTemplate(template) : template;
}
