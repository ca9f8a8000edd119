import type { IDataObject } from 'n8n-workflow';

import { pagedSearch } from './pagedSearch';

/** `<name> (<locale>, <locale>)`, or the name alone for a project without locales. */
function templateLabel(project: IDataObject): string {
	const name = String(project.name ?? project.id);
	const locales = Array.isArray(project.locales) ? project.locales.map(String) : [];
	return locales.length > 0 ? `${name} (${locales.join(', ')})` : name;
}

/**
 * The workspace's message templates for a Template picker: Studio projects of type channelTemplate ("Projects":
 * List projects in workspace, `type` filter) as `{ name: '<name> (<locales>)', value: <project ID> }` (a message's
 * `template.projectId`), filtered by name, locale or ID.
 */
export const searchTemplates = pagedSearch({
	operation: 'List Templates',
	path: '/projects',
	qs: () => ({ type: 'channelTemplate' }),
	entry: (project) => ({ name: templateLabel(project), value: String(project.id) }),
});

export const listSearch = { searchTemplates };
