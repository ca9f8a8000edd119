import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { invalidParameter } from '../../shared/validation';
import { compact } from '../../shared/records';

/**
 * The Template Options of Template content, as the `Template` object of Bird's `CreateMessage` ("Messaging" on
 * docs.bird.com) has them: `variables` (strings by name), `attachments` (`{mediaUrl, filename}`), `shortLinks`
 * (`{enabled, domain}`) and `utmParameters` (1 to 8, each `{key, value}` or `{key, reference}`).
 */
const MAX_UTM_PARAMETERS = 8;
const MAX_SHORT_LINKS_DOMAIN = 128;

const text = (raw: unknown): string => (raw === undefined || raw === null ? '' : String(raw).trim());

function readVariables(context: IExecuteFunctions, itemIndex: number, entries: IDataObject[]): IDataObject | undefined {
	if (entries.length === 0) return undefined;
	const variables: IDataObject = {};
	entries.forEach((entry, position) => {
		const name = text(entry.name);
		if (name === '') throw invalidParameter(context, itemIndex, `Template Options › Variables (variable ${position + 1}) Name`, 'is empty', 'Enter the name of the template variable, e.g. default.');
		variables[name] = entry.value === undefined || entry.value === null ? '' : String(entry.value);
	});
	return variables;
}

function readAttachments(context: IExecuteFunctions, itemIndex: number, entries: IDataObject[]): IDataObject[] | undefined {
	if (entries.length === 0) return undefined;
	return entries.map((entry, position) => {
		const label = `Template Options › Attachments (attachment ${position + 1})`;
		const mediaUrl = text(entry.url);
		const filename = text(entry.fileName);
		if (!/^https?:\/\/\S+$/i.test(mediaUrl)) {
			throw invalidParameter(context, itemIndex, `${label} URL`, mediaUrl === '' ? 'is empty' : `"${mediaUrl}" is not an http(s) address`, 'Enter a publicly reachable address starting with https://, e.g. the Media URL a Media › Upload returned.');
		}
		if (filename === '') throw invalidParameter(context, itemIndex, `${label} File Name`, 'is empty', 'Enter the name the receiver sees, e.g. invoice.pdf.');
		return { mediaUrl, filename };
	});
}

function readUtmParameters(context: IExecuteFunctions, itemIndex: number, entries: IDataObject[]): IDataObject[] | undefined {
	if (entries.length === 0) return undefined;
	if (entries.length > MAX_UTM_PARAMETERS) {
		throw invalidParameter(context, itemIndex, 'Template Options › UTM Parameters', `has ${entries.length} parameters; Bird takes at most ${MAX_UTM_PARAMETERS}`, `Remove parameters until at most ${MAX_UTM_PARAMETERS} are left.`);
	}
	return entries.map((entry, position) => {
		const key = text(entry.key);
		if (key === '') throw invalidParameter(context, itemIndex, `Template Options › UTM Parameters (parameter ${position + 1}) Key`, 'is empty', 'Enter the UTM parameter, e.g. utm_source.');
		return entry.source === 'reference' ? { key, reference: String(entry.reference ?? 'platform_name') } : { key, value: entry.value === undefined ? '' : String(entry.value) };
	});
}

function readShortLinks(context: IExecuteFunctions, itemIndex: number, raw: unknown): IDataObject | undefined {
	const domain = text(raw);
	if (domain === '') return undefined;
	if (domain.length > MAX_SHORT_LINKS_DOMAIN) {
		throw invalidParameter(context, itemIndex, 'Template Options › Short Links Domain', `is longer than ${MAX_SHORT_LINKS_DOMAIN} characters`, 'Enter "default" or one of your own short-link domains.');
	}
	return { enabled: true, domain };
}

const entriesOf = (options: IDataObject, collection: string, group: string): IDataObject[] =>
	((options[collection] as IDataObject | undefined)?.[group] as IDataObject[] | undefined) ?? [];

/** The template's further fields from Template Options; only what is set. */
export function readTemplateOptions(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const options = context.getNodeParameter('templateOptions', itemIndex, {}) as IDataObject;
	const fields: IDataObject = {
		variables: readVariables(context, itemIndex, entriesOf(options, 'variables', 'variable')),
		attachments: readAttachments(context, itemIndex, entriesOf(options, 'attachments', 'attachment')),
		shortLinks: readShortLinks(context, itemIndex, options.shortLinksDomain),
		utmParameters: readUtmParameters(context, itemIndex, entriesOf(options, 'utmParameters', 'parameter')),
	};
	return compact(fields);
}
