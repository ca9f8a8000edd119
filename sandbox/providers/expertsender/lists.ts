/**
 * The Lists resource: `GET /v2/Api/Lists[?seedLists=true]`, every list (or every seed list) in one answer, and
 * `POST /v2/Api/Lists`, "Create subscribers list" (help.expertsender.com/emp/api/methods/lists/create-subscribers-list):
 * `Data` with a required `GeneralSettings` (IsSeedList, Name ≤ 50 characters and required, FriendlyName ≤ 50,
 * Description, Language default en-US, OptInMode SingleOptIn | DoubleOptIn, Charset, page URLs …) followed by the
 * optional AddressSettings, SubscriberSettings, DomainSettings and ConfirmationEmail; the answer is 201 `<Data>33</Data>`.
 */
import type { XmlParsedElement } from '../../../nodes/shared/codec';
import { asXmlElement } from '../../../nodes/shared/codec';
import type { SandboxResponse } from '../../framework';
import type { EsAccount } from './account';
import { LISTS, type EsList } from './fixtures';
import type { Route } from './routes';
import { assertOrder, BOOLEAN, Rejection, reply, text } from './xml';

/** The documented children of `Data` and of `GeneralSettings`, in the page's order (deliberate copies). */
const DATA_ORDER = ['GeneralSettings', 'AddressSettings', 'SubscriberSettings', 'DomainSettings', 'ConfirmationEmail'];
const GENERAL_ORDER = [
	'IsSeedList',
	'Name',
	'FriendlyName',
	'Description',
	'Language',
	'OptInMode',
	'Charset',
	'SubscriptionConfirmPageUrl',
	'SubscriptionThankYouPageUrl',
	'RemovalPageUrl',
];
const OPT_IN_MODES = ['SingleOptIn', 'DoubleOptIn'];
const MAX_NAME = 50;

/** The account's lists (seed lists among them): the seeded ones after a reset, and any made since. */
export function accountLists(account: EsAccount): EsList[] {
	return account.state('lists', () => LISTS.map((list) => ({ ...list })));
}

/** The internal descriptions of the lists made since the reset (Get Many does not answer them), by list ID. */
export function listDescriptions(account: EsAccount): Map<number, string> {
	return account.state('listDescriptions', () => new Map<number, string>());
}

export function getLists(account: EsAccount, query: URLSearchParams): SandboxResponse {
	const seed = query.get('seedLists') === 'true';
	return reply(200, {
		Lists: {
			List: accountLists(account)
				.filter((list) => list.seed === seed)
				.map((list) => ({
					Id: list.id,
					Name: list.name,
					FriendlyName: list.friendlyName,
					Language: list.language,
					OptInMode: list.optInMode,
				})),
		},
	});
}

function limitedText(settings: XmlParsedElement, name: string, required: boolean): string | undefined {
	const value = text(settings[name]);
	if (value === undefined || value.trim() === '') {
		if (required) throw new Rejection(400, `${name} is required.`);
		return undefined;
	}
	if ([...value].length > MAX_NAME) throw new Rejection(400, `${name} cannot be longer than ${MAX_NAME} characters.`);
	return value;
}

function generalSettings(root: XmlParsedElement): XmlParsedElement {
	assertOrder(root, ['ApiKey', 'Data'], 'ApiRequest');
	if (!('Data' in root)) throw new Rejection(400, 'Data is required.');
	const data = asXmlElement(root.Data);
	if ('@xsi:type' in data) throw new Rejection(400, 'Data of a list request takes no xsi:type.');
	assertOrder(data, DATA_ORDER, 'Data');
	if (!('GeneralSettings' in data)) throw new Rejection(400, 'GeneralSettings is required.');
	const settings = asXmlElement(data.GeneralSettings);
	assertOrder(settings, GENERAL_ORDER, 'GeneralSettings');
	return settings;
}

/** `POST /v2/Api/Lists`: adds the list and answers its new ID. */
export function createList(account: EsAccount, root: XmlParsedElement): SandboxResponse {
	const settings = generalSettings(root);
	const seedText = text(settings.IsSeedList);
	if (seedText !== undefined && !BOOLEAN.test(seedText)) throw new Rejection(400, `Invalid value of IsSeedList: '${seedText}'.`);
	const name = limitedText(settings, 'Name', true)!;
	const friendly = limitedText(settings, 'FriendlyName', false);
	const language = text(settings.Language) ?? 'en-US';
	// The page lists the supported languages by culture code (en-US, pl-PL, …).
	if (!/^[a-z]{2}-[A-Z]{2}$/.test(language)) throw new Rejection(400, `Language '${language}' is not supported.`);
	const optInMode = text(settings.OptInMode) ?? 'SingleOptIn';
	if (!OPT_IN_MODES.includes(optInMode)) throw new Rejection(400, `Invalid value of OptInMode: '${optInMode}'.`);
	const description = text(settings.Description);
	const lists = accountLists(account);
	const id = Math.max(0, ...lists.map((list) => list.id)) + 1;
	if (description !== undefined) listDescriptions(account).set(id, description);
	lists.push({ id, name, friendlyName: friendly ?? name, language, optInMode: optInMode as EsList['optInMode'], seed: seedText === 'true' });
	return reply(201, String(id));
}

/** This file's rows of the route table (index.ts). */
export const routes: Route[] = [
	{ method: 'GET', resource: 'Lists', id: 'none', handle: ({ account, request }) => getLists(account, request.query) },
	{ method: 'POST', resource: 'Lists', id: 'none', handle: ({ account, root }) => createList(account, root!) },
];
