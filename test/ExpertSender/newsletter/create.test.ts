import { createdNewsletters } from '../../../sandbox/providers/expertsender/newsletters';
import { apiRequest, runExpertSender, useExpertSenderSandbox, wireRequest } from '../helpers';

const BASE = {
	resource: 'newsletter',
	operation: 'create',
	subscriberLists: ['1'],
	fromName: 'Acme Shop',
	fromEmail: 'news@acme.example',
	subject: 'Our January deals',
	html: '<h1>Deals</h1><p>Hi *[subscriber_firstname]* & welcome</p>',
};

describe('ExpertSender › Newsletter › Create and Send', () => {
	const state = useExpertSenderSandbox();

	it('writes Recipients, Content and DeliverySettings in the documented order, HTML in CDATA, and returns the new ID', async () => {
		const run = await runExpertSender(state, {
			...BASE,
			subscriberLists: ['1', '2'],
			plain: 'Deals & more',
			options: {
				replyToName: 'Acme Support',
				replyToEmail: 'support@acme.example',
				seedListIds: '7',
				suppressionListIds: '3, 4',
				tags: 'deals, january',
				throttlingMethod: 'Auto',
				deliveryDate: '2026-02-01T09:00:00',
			},
		});
		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([{ json: { success: true, newsletterId: 1001 }, pairedItem: { item: 0 } }]);
		const [entry] = state.sandbox.requests('expertsender');
		expect([entry.method, entry.path, entry.query]).toEqual(['POST', '/v2/Api/Newsletters', {}]);
		expect(wireRequest(entry)).toEqual(
			apiRequest({
				Data: {
					Recipients: {
						SubscriberLists: { SubscriberList: ['1', '2'] },
						SeedLists: { SeedList: '7' },
						SuppressionLists: { SuppressionList: ['3', '4'] },
					},
					Content: {
						FromName: 'Acme Shop',
						FromEmail: 'news@acme.example',
						ReplyToName: 'Acme Support',
						ReplyToEmail: 'support@acme.example',
						Subject: 'Our January deals',
						Html: BASE.html,
						Plain: 'Deals & more',
						Tags: { Tag: ['deals', 'january'] },
					},
					// The picker's 09:00 is in the workflow's zone (n8n's default, America/New_York): sent with its offset.
					DeliverySettings: { ThrottlingMethod: 'Auto', DeliveryDate: '2026-02-01T09:00:00-05:00' },
				},
			}),
		);
		expect(entry.body).toContain(`<Html><![CDATA[${BASE.html}]]></Html>`);
		expect(entry.body).toContain('<Plain>Deals &amp; more</Plain>');
		expect(createdNewsletters(state.provider)).toEqual([expect.objectContaining({ id: 1001, status: 'Scheduled', listIds: [1, 2, 7], tags: ['deals', 'january'] })]);
	});

	it('matches the XML of a public client (shax88/expertsender-api Newsletters/Newsletters.xml.twig) for lists and content', async () => {
		// The template writes Recipients{SubscriberLists{SubscriberList}}, then Content{FromName, FromEmail, ReplyToName,
		// ReplyToEmail, Subject, Html, Tags{Tag}} and no DeliverySettings.
		await runExpertSender(state, { ...BASE, html: 'Hello', options: { replyToName: 'Picodi', replyToEmail: 'contact@picodi.com', tags: 'promo' } });
		const body = state.sandbox.requests('expertsender')[0].body.replace(/<ApiKey>.*?<\/ApiKey>/, '<ApiKey>KEY</ApiKey>');
		expect(body).toBe(
			'<ApiRequest xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xs="http://www.w3.org/2001/XMLSchema"><ApiKey>KEY</ApiKey><Data>' +
				'<Recipients><SubscriberLists><SubscriberList>1</SubscriberList></SubscriberLists></Recipients>' +
				'<Content><FromName>Acme Shop</FromName><FromEmail>news@acme.example</FromEmail><ReplyToName>Picodi</ReplyToName>' +
				'<ReplyToEmail>contact@picodi.com</ReplyToEmail><Subject>Our January deals</Subject><Html><![CDATA[Hello]]></Html>' +
				'<Tags><Tag>promo</Tag></Tags></Content></Data></ApiRequest>',
		);
	});

	it('refuses bad input before any request, naming the field and the item', async () => {
		const cases: Array<[object, string]> = [
			[{ subscriberLists: [] }, 'Subscriber List Names or IDs: no subscriber list, subscriber segment or seed list is given [item 0]'],
			[{ subscriberLists: '={{ ["1", "x"] }}' }, 'Subscriber List Names or IDs: "x" is not an ExpertSender ID [item 0]'],
			[{ fromEmail: 'not-an-email' }, 'From Email: "not-an-email" is not an e-mail address [item 0]'],
			[{ html: '', plain: '  ' }, 'HTML: is empty, and so is Plain Text [item 0]'],
			[{ options: { replyToEmail: 'a b@example.com' } }, 'Reply-To Email: "a b@example.com" is not an e-mail address [item 0]'],
			[{ options: { segmentIds: '12, -1' } }, 'Subscriber Segment IDs: "-1" is not an ExpertSender ID [item 0]'],
			[{ options: { deliveryDate: 'next week' } }, 'Delivery Date: "next week" is not a date and time [item 0]'],
		];
		for (const [parameters, message] of cases) {
			const run = await runExpertSender(state, { ...BASE, ...parameters });
			expect(run.error?.message).toBe(message);
		}
		expect(state.sandbox.requests('expertsender')).toHaveLength(0);
	});

	it("surfaces ExpertSender's answer for an unknown list; Continue On Fail keeps one item per input", async () => {
		const run = await runExpertSender(
			state,
			{ ...BASE, subscriberLists: '={{ [$json.list] }}', subject: '={{ $json.subject }}' },
			{ continueOnFail: true, items: [{ json: { list: '99', subject: 'A' } }, { json: { list: '2', subject: 'B' } }, { json: { list: '1', subject: '' } }] },
		);
		expect(run.items.map((item) => [item.json.error ?? item.json.newsletterId, item.pairedItem])).toEqual([
			['ExpertSender Create and Send Newsletter failed: List with id 99 does not exist. (400) [item 0]', { item: 0 }],
			[1001, { item: 1 }],
			['Subject: is empty [item 2]', { item: 2 }],
		]);
		expect(createdNewsletters(state.provider).map((newsletter) => newsletter.subject)).toEqual(['B']);
	});
});
