import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, updateDisplayOptions } from '../../../shared/descriptions';
import { hasLoneSurrogate, invalidParameter } from '../../../shared/validation';
import { createList, fetchLists, type NewListSettings } from '../../transport/lists';

/** "Max 50 characters" for Name and FriendlyName (help.expertsender.com, "Create subscribers list"). */
const MAX_NAME_LENGTH = 50;

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Spring promotion',
		description: 'Internal name of the list (at most 50 characters)',
	},
	{
		displayName: 'Opt-In Mode',
		name: 'optInMode',
		type: 'options',
		default: 'SingleOptIn',
		description: 'Whether new subscribers must confirm their subscription by email',
		options: [
			{ name: 'Single Opt-In', value: 'SingleOptIn', description: 'Subscribers are added at once' },
			{ name: 'Double Opt-In', value: 'DoubleOptIn', description: 'Subscribers get a confirmation email first' },
		],
	},
	collectionProperty('additionalFields', [
		{ displayName: 'Description', name: 'description', type: 'string', default: '', description: 'Internal description of the list' },
		{
			displayName: 'Friendly Name',
			name: 'friendlyName',
			type: 'string',
			default: '',
			placeholder: 'e.g. Our spring offers',
			description: 'Name of the list that subscribers see (at most 50 characters)',
		},
		{
			displayName: 'Language',
			name: 'language',
			type: 'string',
			default: '',
			placeholder: 'e.g. en-US',
			description: 'Culture code of the list\'s language, for footers and date and number formats; ExpertSender uses en-US when empty',
		},
		{
			displayName: 'Seed List',
			name: 'isSeedList',
			type: 'boolean',
			default: false,
			description: 'Whether to create a seed list (for test addresses) instead of a subscriber list',
		},
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['list'], operation: ['create'] } }, properties);

function readName(context: IExecuteFunctions, itemIndex: number, raw: unknown, label: string, required: boolean): string | undefined {
	// Names go to ExpertSender exactly as given (spaces included); only a blank one counts as empty.
	const text = raw === undefined || raw === null ? '' : String(raw);
	if (text.trim() === '') {
		if (required) throw invalidParameter(context, itemIndex, label, 'is empty', `Enter the ${label.toLowerCase()} of the list.`);
		return undefined;
	}
	if ([...text].length > MAX_NAME_LENGTH || hasLoneSurrogate(text)) {
		throw invalidParameter(context, itemIndex, label, `"${text.slice(0, 60)}" is not a list name ExpertSender accepts`, `Enter at most ${MAX_NAME_LENGTH} characters.`);
	}
	return text;
}

function readLanguage(context: IExecuteFunctions, itemIndex: number, raw: unknown): string | undefined {
	const text = raw === undefined || raw === null ? '' : String(raw).trim();
	if (text === '') return undefined;
	// ExpertSender names list languages by culture code, as en-US (the page's default).
	if (!/^[a-z]{2}-[A-Z]{2}$/.test(text)) {
		throw invalidParameter(context, itemIndex, 'Language', `"${text}" is not a language code`, 'Enter a culture code such as en-US, de-DE or pl-PL.');
	}
	return text;
}

/** The list's settings from the item's parameters, checked; elements in the documented GeneralSettings order. */
function readSettings(context: IExecuteFunctions, itemIndex: number): NewListSettings {
	const fields = context.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const optInMode = context.getNodeParameter('optInMode', itemIndex, 'SingleOptIn') as NewListSettings['OptInMode'];
	const seed = fields.isSeedList;
	if (seed !== undefined && typeof seed !== 'boolean') {
		throw invalidParameter(context, itemIndex, 'Seed List', `"${String(seed)}" is not true or false`, 'Turn the field on or off, or give an expression that returns true or false.');
	}
	const description = fields.description === undefined ? '' : String(fields.description);
	return {
		IsSeedList: seed === true ? true : undefined,
		Name: readName(context, itemIndex, context.getNodeParameter('name', itemIndex, ''), 'Name', true)!,
		FriendlyName: readName(context, itemIndex, fields.friendlyName, 'Friendly Name', false),
		Description: description.trim() === '' ? undefined : description,
		Language: readLanguage(context, itemIndex, fields.language),
		OptInMode: optInMode,
	};
}

/** Creates the list, then reads it back, so that the item is the list as Get Many shows it. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const settings = readSettings(this, itemIndex);
	const id = await createList.call(this, settings, itemIndex);
	const lists = await fetchLists.call(this, { itemIndex, seedLists: settings.IsSeedList === true });
	const created = lists.find((list) => list.Id === id);
	// A list that is not listed yet is still created: the item then says what was sent.
	return created ?? { Id: id, Name: settings.Name, FriendlyName: settings.FriendlyName, Language: settings.Language ?? 'en-US', OptInMode: settings.OptInMode };
}
