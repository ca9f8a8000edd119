import type { INodeProperties } from 'n8n-workflow';

/** Simplify of Get and Get Many: the fields of a message most workflows use (see helpers/simplify.ts). */
export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description: 'Whether to return a simplified version of the response instead of the raw data',
};
