import { ExpertSender } from '../../../nodes/ExpertSender/ExpertSender.node';
import { EXPERTSENDER_API_KEY } from '../../../sandbox/providers/expertsender';
import { loadOptionsContext } from '../../harness/loadOptions';
import { useExpertSenderSandbox } from '../helpers';

describe('ExpertSender › message pickers (Message, Message ID, Trigger Message, Newsletter locators)', () => {
	const state = useExpertSenderSandbox();
	const node = new ExpertSender();
	const context = () => loadOptionsContext({ node: 'expertSender', credentialType: 'expertSenderApi', credentials: state.credentials.expertSenderApi });

	it('offers the active transactional messages by subject and ID, and searches them', async () => {
		expect(await node.methods.listSearch.searchTransactionalMessages.call(context())).toEqual({
			results: [
				{ name: 'Your order confirmation (123)', value: '123' },
				{ name: 'Reset your password (200)', value: '200' },
			],
		});
		expect(await node.methods.listSearch.searchTransactionalMessages.call(context(), 'PASSWORD')).toEqual({ results: [{ name: 'Reset your password (200)', value: '200' }] });
		expect(await node.methods.listSearch.searchTransactionalMessages.call(context(), '123')).toEqual({ results: [{ name: 'Your order confirmation (123)', value: '123' }] });
		expect(state.sandbox.requests('expertsender').slice(0, 2).map((entry) => [entry.path, entry.query])).toEqual([
			['/v2/Api/ActiveTransactionals', { apiKey: EXPERTSENDER_API_KEY }],
			['/v2/Api/Messages', { type: 'Transactional', apiKey: EXPERTSENDER_API_KEY }],
		]);
	});

	it('offers trigger messages and newsletters, newest first, and every message for Message › Get', async () => {
		expect(await node.methods.listSearch.searchTriggerMessages.call(context())).toEqual({
			results: [
				{ name: 'Back in stock (401)', value: '401' },
				{ name: 'You left something in your cart (400)', value: '400' },
			],
		});
		expect(await node.methods.listSearch.searchNewsletters.call(context(), 'digest')).toEqual({ results: [{ name: 'Weekly digest #2 (302)', value: '302' }] });
		const all = await node.methods.listSearch.searchMessages.call(context(), 'recurring');
		expect(all).toEqual({ results: [{ name: 'Your weekly picks (Recurring, 700)', value: '700' }] });
		expect(state.sandbox.requests('expertsender').map((entry) => entry.query.type)).toEqual(['Trigger', 'Newsletter', undefined]);
	});
});
