import type { IDataObject } from 'n8n-workflow';

/**
 * The variables of a version (a channel template's `variables[]`, "Message Templates"): the keys a message's
 * `template.parameters` fill ("Template" message type: `{type, key, value}`).
 */
export function templateVariables(channelTemplate: IDataObject): IDataObject[] {
	const variables = Array.isArray(channelTemplate.variables) ? (channelTemplate.variables as IDataObject[]) : [];
	return variables.map((variable) => ({ key: variable.key, type: variable.type, description: variable.description ?? '' }));
}

/** A Studio project as a list shows it: its ID (a message's `template.projectId`), locales and active version. */
export function simplifyProject(project: IDataObject, variables?: IDataObject[]): IDataObject {
	return {
		projectId: project.id,
		name: project.name,
		description: project.description ?? '',
		locales: project.locales ?? [],
		activeVersionId: project.activeResourceId ?? null,
		supportedPlatforms: project.supportedPlatforms ?? [],
		updatedAt: project.updatedAt,
		...(variables ? { variables } : {}),
	};
}

/** One version of a template with everything a message's `template` object takes: project, version, locales, keys. */
export function simplifyTemplate(project: IDataObject, channelTemplate: IDataObject): IDataObject {
	return {
		projectId: project.id,
		name: project.name,
		description: project.description ?? '',
		versionId: channelTemplate.id,
		status: channelTemplate.status,
		defaultLocale: channelTemplate.defaultLocale,
		locales: project.locales ?? [],
		variables: templateVariables(channelTemplate),
		supportedPlatforms: channelTemplate.supportedPlatforms ?? project.supportedPlatforms ?? [],
		updatedAt: channelTemplate.updatedAt,
	};
}
