import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, updateDisplayOptions } from '../../../shared/descriptions';
import type { ItemResult } from '../../../shared/execute';
import { invalidParameter, isEmail, requiredString } from '../../../shared/validation';
import { groupCreate } from '../../transport/calls';
import { callMapp } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Spring Newsletter',
		description: 'The name of the group, unique in the account (at most 150 characters)',
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. spring@news.example.com',
		description: "The group's sender address, unique in the account, on a domain set up in Mapp Engage",
	},
	{
		displayName: 'Country Code',
		name: 'isoCountryCode',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. DE',
		description: 'The ISO 3166-1 two-letter country code of the group',
	},
	{
		displayName: 'Language Code',
		name: 'isoLanguageCode',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. de',
		description: 'The ISO 639-1 two-letter language code of the group',
	},
	{
		displayName: 'SuperGroup',
		name: 'isSuperGroup',
		type: 'boolean',
		default: false,
		description: 'Whether the group is a SuperGroup, which sends to the members of its subgroups',
	},
	collectionProperty('additionalFields', [
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			default: '',
			placeholder: 'e.g. Monthly offers for spring',
			description: 'A description of the group',
		},
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['group'], operation: ['create'] } }, properties);

/** A two-letter ISO code, written as Mapp's docs write it (country upper case, language lower case). */
function readIsoCode(context: IExecuteFunctions, itemIndex: number, name: string, label: string, example: string): string {
	const value = requiredString(context, name, itemIndex, label);
	if (!/^[A-Za-z]{2}$/.test(value)) {
		throw invalidParameter(context, itemIndex, label, `"${value}" is not a two-letter ISO code`, `Enter a two-letter code such as ${example}.`);
	}
	return value;
}

/**
 * group/create (REST only: the SOAP API has no groupCreate) answers the new ID alone; the item is the group as Get
 * gives it, from that ID and what was sent.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<ItemResult> {
	const name = requiredString(this, 'name', itemIndex, 'Name');
	if (name.length > 150) {
		throw invalidParameter(this, itemIndex, 'Name', `has ${name.length} characters`, 'Mapp takes a group name of at most 150 characters.');
	}
	const email = requiredString(this, 'email', itemIndex, 'Email');
	if (!isEmail(email)) {
		throw invalidParameter(this, itemIndex, 'Email', `"${email}" is not an email address`, 'Enter an address such as spring@news.example.com.');
	}
	const isoCountryCode = readIsoCode(this, itemIndex, 'isoCountryCode', 'Country Code', 'DE').toUpperCase();
	const isoLanguageCode = readIsoCode(this, itemIndex, 'isoLanguageCode', 'Language Code', 'de').toLowerCase();
	const isSuperGroup = this.getNodeParameter('isSuperGroup', itemIndex, false) as boolean;
	const additional = this.getNodeParameter('additionalFields', itemIndex, {}) as { description?: string };
	const groupDescription = String(additional.description ?? '').trim() || undefined;
	const id = await callMapp(
		this,
		itemIndex,
		groupCreate('Create Group', { name, email, isoCountryCode, isoLanguageCode, isSuperGroup, description: groupDescription }),
	);
	return { id, name, description: groupDescription ?? null, email };
}
