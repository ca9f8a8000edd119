import { pagedListSearch } from './pagedListSearch';

/** Automation templates by name or key. */
export const searchAutomationTemplates = pagedListSearch('Search Automation Templates', 'automationtemplates', (record) => ({
	name: String(record.name ?? record.key),
	value: String(record.key ?? ''),
}));

export const listSearch = { searchAutomationTemplates };
