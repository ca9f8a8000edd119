import type { INodeProperties } from 'n8n-workflow';

/** A Studio message template (a project of type channelTemplate): picked from the list, or by its project ID. */
export const templateLocator: INodeProperties = {
	displayName: 'Template',
	name: 'template',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The message template, by the ID of its Studio project',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchTemplates', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. f1e2d3c4-0000-4000-8000-000000000010',
		},
	],
};

export const versionField: INodeProperties = {
	displayName: 'Version',
	name: 'version',
	type: 'string',
	default: 'latest',
	required: true,
	placeholder: 'e.g. latest',
	description: 'Latest for the active version (what a message with version "latest" sends), or the ID of one version (channel template)',
};

/** The fields Simplify keeps, named in the descriptions (see simplify.ts). */
const TEMPLATE_FIELDS = 'projectId, name, description, versionId, status, defaultLocale, locales, variables (key, type, description), supportedPlatforms and updatedAt';
const PROJECT_FIELDS = 'projectId, name, description, locales, activeVersionId, supportedPlatforms and updatedAt';

export const simplifyTemplateField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description: `Whether to return only ${TEMPLATE_FIELDS}, what Message › Send with a template needs, instead of the raw project and version`,
};

export const simplifyProjectField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description: `Whether to return only ${PROJECT_FIELDS} (and the variables, with Include Variables) instead of the raw Studio project`,
};
