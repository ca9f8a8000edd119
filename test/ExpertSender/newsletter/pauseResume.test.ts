import { findMessage } from '../../../sandbox/providers/expertsender/messages';
import { newsletterActions } from '../../../sandbox/providers/expertsender/newsletters';
import { apiRequest, runExpertSender, useExpertSenderSandbox, wireRequest } from '../helpers';

describe('ExpertSender › Newsletter › Pause and Resume', () => {
	const state = useExpertSenderSandbox();

	it('pauses an in-progress newsletter with <Action>PauseMessage</Action> right after the key', async () => {
		const run = await runExpertSender(state, { resource: 'newsletter', operation: 'pause', newsletterId: { __rl: true, mode: 'list', value: '301' } });
		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([{ json: { success: true, newsletterId: 301, action: 'paused' }, pairedItem: { item: 0 } }]);
		const [entry] = state.sandbox.requests('expertsender');
		expect([entry.method, entry.path, entry.query]).toEqual(['POST', '/v2/Api/Newsletters/301', {}]);
		expect(wireRequest(entry)).toEqual(apiRequest({ Action: 'PauseMessage' }));
		expect(findMessage(state.provider, 301)?.status).toBe('Paused');
	});

	it('resumes a paused newsletter with the body of a public client (shax88/expertsender-api Newsletters/ActionNewsletter.xml.twig)', async () => {
		// The template: <ApiRequest xmlns:xsi=… xmlns:xs=…><ApiKey>{{ apiKey }}</ApiKey><Action>{{ action }}</Action></ApiRequest>,
		// posted to Newsletters/{id} with action ResumeMessage (src/Method/Messages.php startNewsletter).
		const run = await runExpertSender(state, { resource: 'newsletter', operation: 'resume', newsletterId: '302' });
		expect(run.items[0].json).toEqual({ success: true, newsletterId: 302, action: 'resumed' });
		const [entry] = state.sandbox.requests('expertsender');
		expect(entry.body.replace(/<ApiKey>.*?<\/ApiKey>/, '<ApiKey>KEY</ApiKey>')).toBe(
			'<ApiRequest xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xs="http://www.w3.org/2001/XMLSchema"><ApiKey>KEY</ApiKey><Action>ResumeMessage</Action></ApiRequest>',
		);
		expect(newsletterActions(state.provider)).toEqual(['302:ResumeMessage']);
	});

	it("surfaces ExpertSender's answer for a finished newsletter and refuses a bad ID first; one item per input", async () => {
		const run = await runExpertSender(
			state,
			{ resource: 'newsletter', operation: 'pause', newsletterId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } },
			{ continueOnFail: true, items: [{ json: { id: 300 } }, { json: { id: '../Messages' } }, { json: { id: 301 } }] },
		);
		expect(run.items.map((item) => [item.json.error ?? item.json.action, item.pairedItem])).toEqual([
			['ExpertSender Pause Newsletter failed: Only newsletters with status InProgress can be paused; newsletter 300 is Finished. (400) [item 0]', { item: 0 }],
			['Newsletter: "../Messages" is not an ExpertSender ID [item 1]', { item: 1 }],
			['paused', { item: 2 }],
		]);
		expect(state.sandbox.requests('expertsender').map((entry) => entry.path)).toEqual(['/v2/Api/Newsletters/300', '/v2/Api/Newsletters/301']);
	});

	it('stops the workflow on a resume ExpertSender refuses, naming the item', async () => {
		const run = await runExpertSender(state, { resource: 'newsletter', operation: 'resume', newsletterId: { __rl: true, mode: 'id', value: '301' } });
		expect(run.error?.message).toBe('ExpertSender Resume Newsletter failed: Only paused newsletters can be resumed; newsletter 301 is InProgress. (400) [item 0]');
	});
});
