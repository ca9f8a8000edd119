import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter, isEmail } from '../../../shared/validation';
import { readPositiveId } from '../../helpers/values';
import { addToSuppressionList } from '../../transport/suppressionLists';

/** A suppression list picked from the account's lists (`GET SuppressionLists`) or typed as an ID. */
export const suppressionListLocator: INodeProperties = {
	displayName: 'Suppression List',
	name: 'suppressionList',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The suppression list to add the entry to',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchSuppressionLists', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 3',
			validation: [{ type: 'regex', properties: { regex: '^[1-9]\\d*$', errorMessage: 'Suppression List: the ID is a positive whole number' } }],
		},
	],
};

type EntryType = 'email' | 'domain' | 'md5' | 'sha256' | 'phone' | 'prefix';

const properties: INodeProperties[] = [
	suppressionListLocator,
	{
		displayName: 'Entry Type',
		name: 'entryType',
		type: 'options',
		default: 'email',
		description: 'What the entry is; email lists take addresses, domains and hashes, phone lists take numbers and dialing prefixes',
		options: [
			{ name: 'Dialing Prefix', value: 'prefix', description: 'Every phone number with this country prefix, e.g. 48' },
			{ name: 'Domain', value: 'domain', description: 'Every address at this domain, e.g. example.com' },
			{ name: 'Email Address', value: 'email' },
			{ name: 'MD5 Hash of an Email', value: 'md5' },
			{ name: 'Phone Number', value: 'phone', description: 'With its country prefix, e.g. 48501202365' },
			{ name: 'SHA256 Hash of an Email', value: 'sha256' },
		],
	},
	{
		displayName: 'Entry',
		name: 'entry',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. nathan@example.com',
		description: 'The address, domain, hash, phone number or prefix to suppress',
	},
];

export const description = updateDisplayOptions({ show: { resource: ['suppressionList'], operation: ['add'] } }, properties);

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

const CHECKS: Record<EntryType, { test: (value: string) => boolean; fix: string }> = {
	email: { test: isEmail, fix: 'Enter an address such as name@example.com, or pick another Entry Type.' },
	domain: { test: (value) => DOMAIN.test(value), fix: 'Enter a domain such as example.com, without "@" or "http://".' },
	md5: { test: (value) => /^[0-9a-f]{32}$/i.test(value), fix: 'Enter the MD5 hash of the lower-case address: 32 hexadecimal characters.' },
	sha256: { test: (value) => /^[0-9a-f]{64}$/i.test(value), fix: 'Enter the SHA256 hash of the lower-case address: 64 hexadecimal characters.' },
	phone: { test: (value) => /^\d{6,20}$/.test(value), fix: 'Enter the number with its country prefix and digits only, e.g. 48501202365.' },
	prefix: { test: (value) => /^\d{1,4}$/.test(value), fix: 'Enter a dialing prefix of 1 to 4 digits, e.g. 48.' },
};

/** The entry as ExpertSender takes it: hashes in lower case, phones and prefixes without "+" or spaces. */
function readEntry(context: IExecuteFunctions, itemIndex: number, type: EntryType): string {
	const raw = String(context.getNodeParameter('entry', itemIndex, '') ?? '').trim();
	if (raw === '') throw invalidParameter(context, itemIndex, 'Entry', 'is empty', 'Enter the value to suppress.');
	const entry = type === 'phone' || type === 'prefix' ? raw.replace(/[\s().-]/g, '').replace(/^\+/, '') : type === 'md5' || type === 'sha256' ? raw.toLowerCase() : raw;
	const check = CHECKS[type];
	if (!check.test(entry)) throw invalidParameter(context, itemIndex, 'Entry', `"${raw}" is not a valid ${type === 'md5' || type === 'sha256' ? type.toUpperCase() : type} entry`, check.fix);
	return entry;
}

/** Adds the item's entry to the suppression list (one entry per call, as the API takes them). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const raw = this.getNodeParameter('suppressionList', itemIndex, '', { extractValue: true }) as unknown;
	const listId = readPositiveId(this, itemIndex, raw, 'Suppression List', true)!;
	// A value the Entry Type picker does not list is refused by the router.
	const type = this.getNodeParameter('entryType', itemIndex, 'email') as EntryType;
	const entry = readEntry(this, itemIndex, type);
	await addToSuppressionList.call(this, { itemIndex, listId, entry, entryType: type === 'phone' || type === 'prefix' ? type : undefined });
	return { added: true, suppressionListId: listId, entry, entryType: type };
}
