import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { birdListOutput, readPaging } from '../../helpers/paging';
import { birdListAll } from '../../transport';
import { reverseOrderOption } from '../channel/fields';
import { pagingOptions } from '../fields';
import { simplifyProjectField } from './fields';
import { getTemplateVersion, projectPath, TEMPLATE_PROJECT_TYPE, versionSegment } from './requests';
import { simplifyProject, templateVariables } from '../../helpers/simplify';

const includeVariablesOption: INodeProperties = {
	displayName: 'Include Variables',
	name: 'includeVariables',
	type: 'boolean',
	default: false,
	description: "Whether to read each template's active version too and add its variables (one more request per template)",
};

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	simplifyProjectField,
	collectionProperty('filters', [
		{
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			placeholder: 'e.g. reminder',
			description: "Only templates that Bird's full-text search finds for this text (name and description)",
		},
	]),
	collectionProperty('options', [includeVariablesOption, ...pagingOptions, reverseOrderOption].sort((a, b) => a.displayName.localeCompare(b.displayName))),
];

export const description = updateDisplayOptions({ show: { resource: ['template'], operation: ['getAll'] } }, properties);

/** The variables of a project's active version, or none when it has no active version yet (no request then). */
async function activeVariables(context: IExecuteFunctions, itemIndex: number, project: IDataObject): Promise<IDataObject[]> {
	if (typeof project.activeResourceId !== 'string' || project.activeResourceId === '') return [];
	const path = projectPath(context, itemIndex, String(project.id));
	return templateVariables(await getTemplateVersion(context, itemIndex, path, versionSegment(context, itemIndex, project.activeResourceId)));
}

/** One output record per project: simplified or raw, with the active version's variables when asked for. */
async function templateRecord(context: IExecuteFunctions, itemIndex: number, project: IDataObject, options: IDataObject): Promise<IDataObject> {
	const variables = options.includeVariables === true ? await activeVariables(context, itemIndex, project) : undefined;
	if (context.getNodeParameter('simplify', itemIndex, true)) return simplifyProject(project, variables);
	return variables ? { ...project, variables } : project;
}

/**
 * `GET /workspaces/{workspaceId}/projects?type=channelTemplate` ("Projects": List projects in workspace, `type` a
 * ProjectType, `q` its full-text search), page by page: the workspace's message templates.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]> {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const search = typeof filters.search === 'string' ? filters.search.trim() : '';
	const qs: IDataObject = { type: TEMPLATE_PROJECT_TYPE, ...(search ? { q: search } : {}), ...(options.reverse === true ? { reverse: true } : {}) };
	const settings = readPaging(this, itemIndex, options);
	const { results, nextPageToken } = await birdListAll.call(this, { operation: 'Get Many Templates', itemIndex, path: '/projects', qs }, settings);
	const records: IDataObject[] = [];
	// In list order, one at a time: Include Variables adds a read per template (the transport keeps Bird's read rate).
	for (const project of results) records.push(await templateRecord(this, itemIndex, project, options));
	return birdListOutput(settings, records, nextPageToken);
}
