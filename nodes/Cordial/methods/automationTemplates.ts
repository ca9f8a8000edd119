import { pagedListSearch } from './pagedListSearch';

/** Automation templates by name or key (value: the key, as the template paths take it). */
export const searchAutomationTemplates = pagedListSearch('Search Automation Templates', 'automationtemplates', (record) => ({
	name: String(record.name ?? record.key),
	value: String(record.key ?? ''),
}));

/**
 * Automation templates by name or key, with their internal ID as the value: batch message records name the template
 * they were sent from by that ID (`mdtID`, Batch Messages API page). TemplateShowAuto in Cordial's Swagger lists no
 * ID field; templates carry it as `_id`.
 */
export const searchAutomationTemplateIds = pagedListSearch('Search Automation Templates', 'automationtemplates', (record) => ({
	name: String(record.name ?? record.key ?? record._id),
	value: String(record._id ?? record.id ?? ''),
}));

export const listSearch = { searchAutomationTemplates, searchAutomationTemplateIds };
