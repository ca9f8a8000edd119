import type { INodeProperties } from 'n8n-workflow';

export const text = (displayName: string, name: string, placeholder: string, description: string, extra: Partial<INodeProperties> = {}): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	placeholder,
	description,
	...extra,
});
