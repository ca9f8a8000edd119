import { parseXml } from '../../nodes/shared/codec';
import { EXPERTSENDER_API_KEY } from '../../sandbox/providers/expertsender';
import { at } from '../ExpertSender/helpers';
import { apiRequest, useExpertSenderModule } from './expertsenderModule';

const request = (data: string) => apiRequest(`<Data>${data}</Data>`);

describe('ExpertSender sandbox module: Lists (create) and Fields', () => {
	const es = useExpertSenderModule();

	async function call(method: string, path: string, body?: string) {
		const response = await fetch(`${es.base}/${path}`, { method, headers: body ? { 'Content-Type': 'text/xml' } : {}, body });
		return { status: response.status, document: parseXml(await response.text()) };
	}
	const lists = async (seed = false) =>
		at<Array<Record<string, string>>>((await call('GET', `Lists?apiKey=${encodeURIComponent(EXPERTSENDER_API_KEY)}${seed ? '&seedLists=true' : ''}`)).document, 'ApiResponse.Data.Lists.List');

	it('creates a list from the documentation example (only a Name) with the documented defaults, and lists it', async () => {
		// help.expertsender.com "Create subscribers list", example "Creating new subscribers list with default options".
		const created = await call('POST', 'Lists', request('<GeneralSettings><Name>API test list</Name></GeneralSettings>'));
		expect(created.status).toBe(201);
		expect(at(created.document, 'ApiResponse.Data')).toBe('8');
		expect((await lists()).at(-1)).toEqual({ Id: '8', Name: 'API test list', FriendlyName: 'API test list', Language: 'en-US', OptInMode: 'SingleOptIn' });
	});

	it('keeps every documented general setting and makes a seed list when IsSeedList is true', async () => {
		const body = request(
			'<GeneralSettings><IsSeedList>true</IsSeedList><Name>Seeds 2</Name><FriendlyName>Test seeds</FriendlyName><Description>QA</Description><Language>pl-PL</Language><OptInMode>DoubleOptIn</OptInMode></GeneralSettings>',
		);
		expect((await call('POST', 'Lists', body)).status).toBe(201);
		expect((await lists(true)).map((list) => [list.Name, list.FriendlyName, list.Language, list.OptInMode])).toEqual([
			['Internal seeds', 'Seeds', 'en-US', 'SingleOptIn'],
			['Seeds 2', 'Test seeds', 'pl-PL', 'DoubleOptIn'],
		]);
	});

	it.each([
		['no GeneralSettings', '', 'GeneralSettings is required.'],
		['no Name', '<GeneralSettings><FriendlyName>x</FriendlyName></GeneralSettings>', 'Name is required.'],
		['a Name of 51 characters', `<GeneralSettings><Name>${'n'.repeat(51)}</Name></GeneralSettings>`, 'Name cannot be longer than 50 characters.'],
		['Name after FriendlyName', '<GeneralSettings><FriendlyName>x</FriendlyName><Name>y</Name></GeneralSettings>', 'Element Name is out of order in GeneralSettings; expected order: IsSeedList, Name, FriendlyName, Description, Language, OptInMode, Charset, SubscriptionConfirmPageUrl, SubscriptionThankYouPageUrl, RemovalPageUrl.'],
		['an unknown element', '<GeneralSettings><Name>y</Name><Colour>red</Colour></GeneralSettings>', 'Unexpected element Colour in GeneralSettings.'],
		['an unknown opt-in mode', '<GeneralSettings><Name>y</Name><OptInMode>TripleOptIn</OptInMode></GeneralSettings>', "Invalid value of OptInMode: 'TripleOptIn'."],
		['a language that is no culture code', '<GeneralSettings><Name>y</Name><Language>english</Language></GeneralSettings>', "Language 'english' is not supported."],
		['IsSeedList that is not a boolean', '<GeneralSettings><IsSeedList>yes</IsSeedList><Name>y</Name></GeneralSettings>', "Invalid value of IsSeedList: 'yes'."],
		['AddressSettings before GeneralSettings', '<AddressSettings/><GeneralSettings><Name>y</Name></GeneralSettings>', 'Element GeneralSettings is out of order in Data; expected order: GeneralSettings, AddressSettings, SubscriberSettings, DomainSettings, ConfirmationEmail.'],
	])('refuses a new list with %s and adds nothing', async (_name, data, message) => {
		const response = await call('POST', 'Lists', request(data));
		expect([response.status, at(response.document, 'ApiResponse.ErrorMessage.Message')]).toEqual([400, message]);
		expect(await lists()).toHaveLength(2);
	});

	it('answers the custom fields with Id, Name, FriendlyName and Type', async () => {
		const response = await call('GET', `Fields?apiKey=${encodeURIComponent(EXPERTSENDER_API_KEY)}`);
		expect(response.status).toBe(200);
		expect(at(response.document, 'ApiResponse.Data.Fields.Field')).toEqual([
			{ Id: '1', Name: 'points', FriendlyName: 'Points', Type: 'Number' },
			{ Id: '2', Name: 'city', FriendlyName: 'City', Type: 'Text' },
			{ Id: '3', Name: 'vip', FriendlyName: 'Vip', Type: 'Boolean' },
			{ Id: '4', Name: 'birthday', FriendlyName: 'Birthday', Type: 'Date' },
			{ Id: '5', Name: 'lastOrderAt', FriendlyName: 'Last Order At', Type: 'Datetime' },
			{ Id: '6', Name: 'balance', FriendlyName: 'Balance', Type: 'Money' },
		]);
		expect((await call('GET', 'Fields')).status).toBe(403);
	});
});
