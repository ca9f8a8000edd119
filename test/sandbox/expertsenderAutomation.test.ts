import { parseXml } from '../../nodes/shared/codec';
import { EXPERTSENDER_API_KEY } from '../../sandbox/providers/expertsender';
import { suppressionLists } from '../../sandbox/providers/expertsender/suppressionLists';
import { triggerSends } from '../../sandbox/providers/expertsender/triggers';
import { customEvents } from '../../sandbox/providers/expertsender/workflowCustomEvents';
import { at } from '../ExpertSender/helpers';
import { apiRequest, useExpertSenderModule } from './expertsenderModule';

const request = apiRequest;

describe('ExpertSender sandbox module: triggers, workflow custom events, suppression lists', () => {
	const es = useExpertSenderModule();
	const { provider } = es;

	async function call(method: string, path: string, body?: string) {
		const response = await fetch(`${es.base}/${path}`, { method, headers: body === undefined ? {} : { 'Content-Type': 'text/xml' }, body });
		const text = await response.text();
		return { status: response.status, text, error: text === '' ? undefined : at(parseXml(text), 'ApiResponse.ErrorMessage.Message') };
	}

	it('accepts the documented trigger example: both receivers, the unknown one skipped without an error', async () => {
		// help.expertsender.com "Send trigger messages" example, with the sandbox's trigger message 400 and subscriber 1001.
		const body = request('<Data xsi:type="TriggerReceivers"><Receivers><Receiver><Id>1001</Id></Receiver><Receiver><Email>test@testtest.com</Email></Receiver></Receivers></Data>');
		expect(await call('POST', 'Triggers/400', body)).toEqual({ status: 201, text: '', error: undefined });
		expect(triggerSends(provider)).toEqual([{ triggerId: 400, subscriberId: 1001, by: 'Id' }]);
	});

	it.each([
		['no xsi:type', '<Data><Receivers><Receiver><Id>1001</Id></Receiver></Receivers></Data>', 'Data must have xsi:type="TriggerReceivers".'],
		['another xsi:type', '<Data xsi:type="Subscriber"><Receivers><Receiver><Id>1001</Id></Receiver></Receivers></Data>', 'Data must have xsi:type="TriggerReceivers".'],
		['no Receivers', '<Data xsi:type="TriggerReceivers"></Data>', 'Receivers is required.'],
		['an unknown element', '<Data xsi:type="TriggerReceivers"><Receivers><Receiver><Phone>1</Phone></Receiver></Receivers></Data>', 'Unexpected element Phone in Receiver.'],
		['Email before Id', '<Data xsi:type="TriggerReceivers"><Receivers><Receiver><Email>a@b.co</Email><Id>1</Id></Receiver></Receivers></Data>', 'Element Id is out of order in Receiver; expected order: Id, Email.'],
		['an empty receiver', '<Data xsi:type="TriggerReceivers"><Receivers><Receiver></Receiver></Receivers></Data>', 'Either Id or Email must be specified in Receiver.'],
		['a bad Id', '<Data xsi:type="TriggerReceivers"><Receivers><Receiver><Id>x1</Id></Receiver></Receivers></Data>', 'Receiver Id x1 is invalid.'],
	])('refuses a trigger request with %s', async (_name, data, message) => {
		expect(await call('POST', 'Triggers/400', request(data))).toEqual({ status: 400, text: expect.any(String), error: message });
		expect(triggerSends(provider)).toEqual([]);
	});

	it('refuses a trigger that is not a trigger message (a newsletter) and a non-numeric trigger ID', async () => {
		const data = request('<Data xsi:type="TriggerReceivers"><Receivers><Receiver><Id>1001</Id></Receiver></Receivers></Data>');
		expect((await call('POST', 'Triggers/300', data)).error).toBe('Trigger message 300 does not exist.');
		expect((await call('POST', 'Triggers/abc', data)).error).toBe('Trigger message id abc is not a number.');
	});

	it('accepts the documented custom event with data fields, and refuses bad ones', async () => {
		const fields = '<DataFields><DataField><Name>Total</Name><Type>Number</Type><Value>12.5</Value></DataField><DataField><Name>At</Name><Type>Datetime</Type><Value>2015-11-26 12:00:00</Value></DataField><DataField><Name>Ok</Name><Type>Boolean</Type><Value>1</Value></DataField></DataFields>';
		const ok = await call('POST', 'WorkflowCustomEvents', request(`<Data><CustomEventId>1</CustomEventId><SubscriberEmail>patrick@mydomain.com</SubscriberEmail>${fields}</Data>`));
		expect(ok.status).toBe(201);
		expect(customEvents(provider)).toEqual([
			{ customEventId: 1, subscriberId: 1001, dataFields: [{ name: 'Total', type: 'Number', value: '12.5' }, { name: 'At', type: 'Datetime', value: '2015-11-26 12:00:00' }, { name: 'Ok', type: 'Boolean', value: '1' }] },
		]);
		const refusals: Array<[string, string]> = [
			['<Data><SubscriberId>1001</SubscriberId><CustomEventId>1</CustomEventId></Data>', 'Element CustomEventId is out of order in Data; expected order: CustomEventId, SubscriberId, SubscriberSegmentId, CustomSubscriberId, CustomChannelId, SubscriberEmail, SubscriberEmailMd5, SubscriberEmailSha256, SubscriberPhone, DataFields.'],
			['<Data><SubscriberId>1001</SubscriberId></Data>', 'CustomEventId is required.'],
			['<Data><CustomEventId>1</CustomEventId></Data>', 'Either SubscriberId, SubscriberSegmentId, CustomSubscriberId, CustomChannelId, SubscriberEmail, SubscriberEmailMd5, SubscriberEmailSha256, SubscriberPhone has to be specified.'],
			['<Data xsi:type="CustomEvent"><CustomEventId>1</CustomEventId><SubscriberId>1001</SubscriberId></Data>', 'Data of a workflow custom event takes no xsi:type.'],
			['<Data><CustomEventId>1</CustomEventId><SubscriberId>1001</SubscriberId><DataFields><DataField><Type>Text</Type><Name>A</Name></DataField></DataFields></Data>', 'Element Name is out of order in DataField; expected order: Name, Type, Value.'],
			['<Data><CustomEventId>1</CustomEventId><SubscriberId>1001</SubscriberId><DataFields><DataField><Name>A</Name><Type>Money</Type><Value>1</Value></DataField></DataFields></Data>', 'DataField A: type Money is not supported.'],
			['<Data><CustomEventId>1</CustomEventId><SubscriberId>1001</SubscriberId><DataFields><DataField><Name>A</Name><Type>Date</Type><Value>2015-02-30</Value></DataField></DataFields></Data>', 'DataField A: value "2015-02-30" is not a valid Date.'],
			['<Data><CustomEventId>1</CustomEventId><SubscriberId>1001</SubscriberId><DataFields><DataField><Name>A</Name><Type>Datetime</Type><Value>2015-11-26T12:00:00</Value></DataField></DataFields></Data>', 'DataField A: value "2015-11-26T12:00:00" is not a valid Datetime.'],
			['<Data><CustomEventId>7</CustomEventId><SubscriberId>1001</SubscriberId></Data>', 'Custom event 7 does not exist.'],
			['<Data><CustomEventId>1</CustomEventId><SubscriberId>424242</SubscriberId></Data>', 'Subscriber not found.'],
		];
		for (const [data, message] of refusals) expect((await call('POST', 'WorkflowCustomEvents', request(data))).error).toBe(message);
		expect(customEvents(provider)).toHaveLength(1);
	});

	it('lists the suppression lists and adds entries with the key in the query, ignoring duplicates', async () => {
		const key = encodeURIComponent(EXPERTSENDER_API_KEY);
		const lists = await call('GET', `SuppressionLists?apiKey=${key}`);
		expect(at(parseXml(lists.text), 'ApiResponse.Data.SuppressionLists.SuppressionList')).toEqual([
			{ Id: '1', Name: 'clients', ListType: 'Email', ImportRule: 'EmailAndDomain' },
			{ Id: '2', Name: 'friends', ListType: 'SmsMms' },
			{ Id: '3', Name: 'Do not email', ListType: 'Email', ImportRule: 'OnlyEmail' },
		]);
		expect((await call('POST', `SuppressionLists/1?apiKey=${key}&entry=username%40domain.com`)).status).toBe(201);
		expect((await call('POST', `SuppressionLists/1?apiKey=${key}&entry=USERNAME%40domain.com`)).status).toBe(201);
		expect((await call('POST', `SuppressionLists/2?apiKey=${key}&entryType=prefix&entry=48`)).status).toBe(201);
		expect(suppressionLists(provider).map((list) => list.entries)).toEqual([['blocked@example.com', 'username@domain.com'], ['prefix:48'], []]);
		expect((await call('POST', `SuppressionLists/1?apiKey=${key}&entry=not%20valid`)).error).toBe('Entry is not a valid email, domain, MD5 or SHA256.');
		expect((await call('POST', `SuppressionLists/1?apiKey=${key}`)).error).toBe('Entry is not a valid email, domain, MD5 or SHA256.');
		expect((await call('POST', `SuppressionLists/2?apiKey=${key}&entryType=domain&entry=48`)).error).toBe('Entry type domain is invalid; valid values are phone and prefix.');
		expect((await call('POST', `SuppressionLists/8?apiKey=${key}&entry=a%40b.com`)).error).toBe('Suppression list 8 does not exist.');
		expect(await call('POST', 'SuppressionLists/1?entry=a%40b.com')).toEqual({ status: 403, text: expect.any(String), error: 'Api key is missing.' });
		expect((await call('POST', 'SuppressionLists/1?apiKey=nope&entry=a%40b.com')).status).toBe(403);
	});
});
