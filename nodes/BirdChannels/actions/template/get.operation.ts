import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { requiredString } from '../../../shared/validation';
import { simplifyTemplateField, templateLocator, versionField } from './fields';
import { activeVersionId, getTemplateProject, getTemplateVersion, projectPath, versionSegment } from './requests';
import { simplifyTemplate } from '../../helpers/simplify';

const properties: INodeProperties[] = [templateLocator, versionField, simplifyTemplateField];

export const description = updateDisplayOptions({ show: { resource: ['template'], operation: ['get'] } }, properties);

/**
 * The project (`GET /projects/{projectId}`), then the version (`GET …/channel-templates/{id}`, the active one for
 * "latest"). Simplified: what Message › Send with a template takes; raw: `{ project, channelTemplate }` as Bird answers.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const projectId = requiredString(this, 'template', itemIndex, 'Template', 'Pick a template from the list or enter its Studio project ID.');
	const version = requiredString(this, 'version', itemIndex, 'Version', 'Enter latest for the active version, or the ID of a version.');
	const path = projectPath(this, itemIndex, projectId);
	const chosen = version.toLowerCase() === 'latest' ? undefined : versionSegment(this, itemIndex, version);
	const project = await getTemplateProject(this, itemIndex, path);
	const channelTemplate = await getTemplateVersion(this, itemIndex, path, chosen ?? versionSegment(this, itemIndex, activeVersionId(this, itemIndex, project)));
	return this.getNodeParameter('simplify', itemIndex, true) ? simplifyTemplate(project, channelTemplate) : { project, channelTemplate };
}
