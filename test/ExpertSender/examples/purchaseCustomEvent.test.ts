import { Sandbox } from '../../../sandbox/framework';
import { ExpertSenderProvider } from '../../../sandbox/providers/expertsender';
import { customEvents } from '../../../sandbox/providers/expertsender/workflowCustomEvents';
import { runWorkflow } from '../../harness/engine';
import { at, wireRequest } from '../helpers';
import { exampleNodes } from './automation.helpers';

/** The ExpertSender node of examples/expertsender-purchase-custom-event.json, run through the engine against the emulator. */
describe('ExpertSender: example "purchase custom event"', () => {
	const provider = new ExpertSenderProvider();
	const sandbox = new Sandbox([provider]);
	beforeAll(async () => await sandbox.start());
	afterAll(async () => await sandbox.stop());

	it('sends custom event 1 for the buyer with the order as typed data fields, the time in the workflow zone', async () => {
		const credentials = sandbox.credentials().find((credential) => credential.type === 'expertSenderApi')!.data;
		const run = await runWorkflow({ credentials: { expertSenderApi: credentials }, nodes: exampleNodes('expertsender-purchase-custom-event.json') });
		expect(run.error?.message).toBeUndefined();
		const dataFields = { OrderId: 'A-1001', OrderTotal: '129.90', PaidAt: '2026-01-15 09:30:00', FirstOrder: 'true' };
		expect(run.output('Completing a sale').map((item) => item.json)).toEqual([{ sent: true, customEventId: 1, email: 'patrick@mydomain.com', dataFields }]);
		const [entry] = sandbox.requests('expertsender');
		expect(at(wireRequest(entry), 'ApiRequest.Data.DataFields.DataField')).toEqual([
			{ Name: 'OrderId', Type: 'Text', Value: 'A-1001' },
			{ Name: 'OrderTotal', Type: 'Number', Value: '129.90' },
			{ Name: 'PaidAt', Type: 'Datetime', Value: '2026-01-15 09:30:00' },
			{ Name: 'FirstOrder', Type: 'Boolean', Value: 'true' },
		]);
		expect(customEvents(provider)).toEqual([{ customEventId: 1, subscriberId: 1001, dataFields: Object.entries(dataFields).map(([name, value]) => ({ name, type: expect.any(String), value })) }]);
	});
});
