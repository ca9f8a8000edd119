import type { IDataObject, INodeProperties } from 'n8n-workflow';

/** The automation template picker, by key (Get, and the transactional Send's Automation Template). */
export const automationTemplateLocator: INodeProperties = {
	displayName: 'Automation Template',
	name: 'templateKey',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The automation template, by its key',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchAutomationTemplates', searchable: true },
		},
		{ displayName: 'By Key', name: 'id', type: 'string', placeholder: 'e.g. order-confirmation' },
	],
};

export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description: 'Whether to return only the key, name, channel, classification, subject, tags and dates instead of the whole template with its content',
};

/** The smaller template Simplify gives: what tells templates apart, without the message content. */
export function simplifyTemplate(template: IDataObject): IDataObject {
	const headers = ((template.message as IDataObject | undefined)?.headers ?? {}) as IDataObject;
	const simple: IDataObject = {
		key: template.key,
		name: template.name,
		channel: template.channel,
		classification: template.classification,
		subject: headers.subject,
		tags: template.tags,
		ct: template.ct,
		lm: template.lm,
	};
	return Object.fromEntries(Object.entries(simple).filter(([, value]) => value !== undefined));
}
