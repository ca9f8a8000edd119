import { Sandbox } from '../../../sandbox/framework';
import { ExpertSenderProvider } from '../../../sandbox/providers/expertsender';
import { triggerSends } from '../../../sandbox/providers/expertsender/triggers';
import { runWorkflow } from '../../harness/engine';
import { at, wireRequest } from '../helpers';
import { exampleNodes } from './automation.helpers';

/**
 * The ExpertSender nodes of examples/expertsender-cart-abandon-trigger.json as the file has them, run through the
 * engine against the emulator (the trigger and the Set node become the Set node's item); `npm run demo` and the e2e
 * suite run the whole file in a real n8n.
 */
describe('ExpertSender: example "cart abandon trigger"', () => {
	const provider = new ExpertSenderProvider();
	const sandbox = new Sandbox([provider]);
	beforeAll(async () => await sandbox.start());
	afterAll(async () => await sandbox.stop());

	it('keeps the shopper on the list and fires trigger message 400 for the subscriber ID the upsert returned', async () => {
		const credentials = sandbox.credentials().find((credential) => credential.type === 'expertSenderApi')!.data;
		const run = await runWorkflow({ credentials: { expertSenderApi: credentials }, nodes: exampleNodes('expertsender-cart-abandon-trigger.json') });
		expect(run.error?.message).toBeUndefined();
		expect(run.output('Send cart reminder').map((item) => item.json)).toEqual([{ sent: true, triggerId: 400, subscriberId: 1001 }]);
		const [upsert, trigger] = sandbox.requests('expertsender');
		expect(upsert.path).toBe('/v2/Api/Subscribers');
		expect(trigger.path).toBe('/v2/Api/Triggers/400');
		expect(at(wireRequest(trigger), 'ApiRequest.Data')).toEqual({ '@xsi:type': 'TriggerReceivers', Receivers: { Receiver: { Id: '1001' } } });
		expect(triggerSends(provider)).toEqual([{ triggerId: 400, subscriberId: 1001, by: 'Id' }]);
	});
});
