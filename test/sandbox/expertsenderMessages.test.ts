import { parseXml } from '../../nodes/shared/codec';
import { EXPERTSENDER_API_KEY } from '../../sandbox/providers/expertsender';
import { createdNewsletters, NO_RECIPIENTS } from '../../sandbox/providers/expertsender/newsletters';
import { at } from '../ExpertSender/helpers';
import { KEY, NS, useExpertSenderModule } from './expertsenderModule';

const CONTENT = '<Content><FromName>Acme</FromName><FromEmail>news@acme.example</FromEmail><Subject>Hi</Subject><Html><![CDATA[<p>Hi</p>]]></Html></Content>';

describe('ExpertSender sandbox module: messages, active transactionals and newsletters (strictness)', () => {
	const es = useExpertSenderModule();
	const { provider } = es;

	async function get(path: string, query: Record<string, string> = {}) {
		const response = await fetch(`${es.base}/${path}?${new URLSearchParams({ apiKey: EXPERTSENDER_API_KEY, ...query }).toString()}`);
		return { status: response.status, body: parseXml(await response.text()) };
	}

	async function post(path: string, children: string) {
		const response = await fetch(`${es.base}/${path}`, { method: 'POST', headers: { 'Content-Type': 'text/xml' }, body: `<ApiRequest ${NS}><ApiKey>${KEY}</ApiKey>${children}</ApiRequest>` });
		const text = await response.text();
		// A transactional send answers 201 with no body when no GUID is asked for.
		return { status: response.status, body: text === '' ? {} : parseXml(text) };
	}

	const ids = (body: unknown) => ([] as Array<{ Id: string }>).concat(at(body, 'ApiResponse.Data.Messages.Message') ?? []).map((message) => message.Id);

	it('lists messages by type, tag and send day, the end day included', async () => {
		expect(ids((await get('Messages', { type: 'Trigger' })).body)).toEqual(['400', '401']);
		expect(ids((await get('Messages', { tag: 'digest' })).body)).toEqual(['302', '700']);
		expect(ids((await get('Messages', { type: 'Newsletter', startDate: '2026-01-14', endDate: '2026-01-15' })).body)).toEqual(['301', '302']);
		expect(at((await get('Messages', { type: 'WorkflowMessage' })).body, 'ApiResponse.Data')).toEqual({ Messages: '' });
	});

	it.each([
		[{ type: 'Sms' }, "Invalid message type 'Sms'."],
		[{ startDate: '2026-02-30' }, "Parameter startDate '2026-02-30' is not a date in YYYY-MM-DD format."],
		[{ endDate: '15.01.2026' }, "Parameter endDate '15.01.2026' is not a date in YYYY-MM-DD format."],
		[{ limit: '5' }, 'Unknown parameter limit.'],
	])('refuses the Messages query %j', async (query, message) => {
		const response = await get('Messages', query);
		expect([response.status, at(response.body, 'ApiResponse.ErrorMessage.Message')]).toEqual([400, message]);
	});

	it('answers one message with its content only for fullDetails=true, and refuses an unknown one', async () => {
		const short = await get('Messages/300');
		expect(at(short.body, 'ApiResponse.Data.Subject')).toBe('January deals');
		expect(at(short.body, 'ApiResponse.Data.Html')).toBeUndefined();
		expect(at((await get('Messages/300', { fullDetails: 'true' })).body, 'ApiResponse.Data.Html')).toBe('<h1>January deals</h1>');
		const unknown = await get('Messages/999');
		expect([unknown.status, at(unknown.body, 'ApiResponse.ErrorMessage.Message')]).toEqual([400, 'Message with id 999 does not exist.']);
	});

	it('lists the active transactional messages of fixtures.ts MESSAGES, not the inactive ones', async () => {
		const response = await get('ActiveTransactionals');
		expect(([] as Array<{ Id: string }>).concat(at(response.body, 'ApiResponse.Data.Transactionals.Transactional')).map((entry) => entry.Id)).toEqual(['123', '200']);
	});

	it.each([
		['no Recipients', `<Data>${CONTENT}</Data>`, 'Recipients is required.'],
		['empty Recipients', `<Data><Recipients/>${CONTENT}</Data>`, NO_RECIPIENTS],
		['Content before Recipients', `<Data>${CONTENT}<Recipients><SubscriberLists><SubscriberList>1</SubscriberList></SubscriberLists></Recipients></Data>`, 'Element Recipients is out of order in Data; expected order: Recipients, Content, DeliverySettings.'],
		['an unknown list', `<Data><Recipients><SubscriberLists><SubscriberList>99</SubscriberList></SubscriberLists></Recipients>${CONTENT}</Data>`, 'List with id 99 does not exist.'],
		['a seed list as a subscriber list', `<Data><Recipients><SubscriberLists><SubscriberList>7</SubscriberList></SubscriberLists></Recipients>${CONTENT}</Data>`, 'List with id 7 does not exist.'],
		['a wrongly named list entry', `<Data><Recipients><SubscriberLists><List>1</List></SubscriberLists></Recipients>${CONTENT}</Data>`, 'SubscriberLists may only contain SubscriberList elements.'],
		['no content', '<Data><Recipients><SeedLists><SeedList>7</SeedList></SeedLists></Recipients><Content><FromName>A</FromName><FromEmail>a@b.example</FromEmail><Subject>S</Subject></Content></Data>', 'Newsletter content was not found: give Html, Plain or ContentFromUrl.'],
		['Subject before FromEmail', '<Data><Recipients><SeedLists><SeedList>7</SeedList></SeedLists></Recipients><Content><FromName>A</FromName><Subject>S</Subject><FromEmail>a@b.example</FromEmail></Content></Data>', 'Element FromEmail is out of order in Content; expected order: FromName, FromEmail, ReplyToName, ReplyToEmail, Subject, Html, Plain, AmpHtml, Tags.'],
		['a bad throttling method', `<Data><Recipients><SeedLists><SeedList>7</SeedList></SeedLists></Recipients>${CONTENT}<DeliverySettings><ThrottlingMethod>Fast</ThrottlingMethod></DeliverySettings></Data>`, "Invalid value of ThrottlingMethod: 'Fast'."],
		['a bad delivery date', `<Data><Recipients><SeedLists><SeedList>7</SeedList></SeedLists></Recipients>${CONTENT}<DeliverySettings><DeliveryDate>tomorrow</DeliveryDate></DeliverySettings></Data>`, "DeliveryDate 'tomorrow' is not a valid date."],
	])('refuses a newsletter with %s', async (_name, data, message) => {
		const response = await post('Newsletters', data);
		expect([response.status, at(response.body, 'ApiResponse.ErrorMessage.Message')]).toEqual([400, message]);
		expect(createdNewsletters(provider)).toEqual([]);
	});

	it('creates a newsletter (201 with its ID), lists it, and schedules one with a later delivery date', async () => {
		const now = await post('Newsletters', `<Data><Recipients><SubscriberLists><SubscriberList>1</SubscriberList></SubscriberLists></Recipients>${CONTENT}</Data>`);
		expect([now.status, at(now.body, 'ApiResponse.Data')]).toEqual([201, '1001']);
		const later = await post('Newsletters', `<Data><Recipients><SubscriberLists><SubscriberList>2</SubscriberList></SubscriberLists></Recipients>${CONTENT}<DeliverySettings><DeliveryDate>2026-02-01T09:00:00+01:00</DeliveryDate></DeliverySettings></Data>`);
		expect(at(later.body, 'ApiResponse.Data')).toBe('1002');
		expect(createdNewsletters(provider).map((newsletter) => [newsletter.id, newsletter.status, newsletter.sentDate])).toEqual([
			[1001, 'InProgress', '2026-01-15T10:00:00'],
			[1002, 'Scheduled', '2026-02-01T09:00:00'],
		]);
		expect(at((await get('Messages/1001')).body, 'ApiResponse.Data.Lists.List')).toEqual({ Id: '1', Name: 'Newsletter' });
	});

	it('pauses an in-progress newsletter, resumes a paused one, and refuses the other transitions', async () => {
		const pause = await post('Newsletters/301', '<Action>PauseMessage</Action>');
		expect([pause.status, at(pause.body, 'ApiResponse.Data')]).toEqual([201, '0']);
		expect(at((await post('Newsletters/301', '<Action>ResumeMessage</Action>')).body, 'ApiResponse.Data')).toBe('0');
		const finished = await post('Newsletters/300', '<Action>PauseMessage</Action>');
		expect([finished.status, at(finished.body, 'ApiResponse.ErrorMessage.Message')]).toEqual([400, 'Only newsletters with status InProgress can be paused; newsletter 300 is Finished.']);
		const running = await post('Newsletters/301', '<Action>ResumeMessage</Action>');
		expect(at(running.body, 'ApiResponse.ErrorMessage.Message')).toBe('Only paused newsletters can be resumed; newsletter 301 is InProgress.');
		expect(at((await post('Newsletters/400', '<Action>PauseMessage</Action>')).body, 'ApiResponse.ErrorMessage.Message')).toBe('Newsletter with id 400 does not exist.');
		expect(at((await post('Newsletters/301', '<Action>Stop</Action>')).body, 'ApiResponse.ErrorMessage.Message')).toBe("Invalid value of Action: 'Stop'.");
		expect(at((await post('Newsletters/301', '<Data/>')).body, 'ApiResponse.ErrorMessage.Message')).toBe('Unexpected element Data in ApiRequest.');
	});

	it('takes the system receiver fields only on SystemTransactionals, and updates the subscriber with them', async () => {
		const receiver = '<Receiver><Email>patrick@mydomain.com</Email><EmailSha256>' + 'a'.repeat(64) + '</EmailSha256><Firstname>Pat</Firstname></Receiver>';
		const plain = await post('Transactionals/123', `<Data>${receiver}</Data>`);
		expect(at(plain.body, 'ApiResponse.ErrorMessage.Message')).toBe('Unexpected element EmailSha256 in Receiver.');
		const system = await post('SystemTransactionals/200', '<Data><Receiver><Id>1001</Id><Firstname>Pat</Firstname><Lastname>Jones-Smith</Lastname><TrackingCode>web</TrackingCode><Name>Pat J.</Name><ListId>1</ListId></Receiver></Data>');
		expect(system.status).toBe(201);
		expect(provider.subscribers.get(1001)).toMatchObject({ firstname: 'Pat', lastname: 'Jones-Smith', trackingCode: 'web', name: 'Pat J.' });
		const order = await post('SystemTransactionals/200', '<Data><Receiver><Id>1001</Id><Name>Pat</Name><Firstname>Pat</Firstname></Receiver></Data>');
		expect(at(order.body, 'ApiResponse.ErrorMessage.Message')).toMatch(/^Element Firstname is out of order in Receiver/);
	});
});
