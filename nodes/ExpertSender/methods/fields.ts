import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { fetchFields } from '../transport/fields';

/** The account's custom fields for the Property dropdown: name and type, the field ID as value, sorted by name. */
export async function getFields(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const fields = await fetchFields.call(this);
	return fields
		.map((field) => ({
			name: `${String(field.Name)} (${String(field.Type)})`,
			value: String(field.Id),
			description: `ID ${String(field.Id)}${field.FriendlyName ? ` · ${String(field.FriendlyName)}` : ''}`,
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}

export const loadOptions = { getFields };
