import { readWorkflows, ROOT } from '../scripts/n8n';
import path from 'node:path';

/**
 * The example workflows must import into every database n8n supports. n8n's workflow entity keeps the name in a
 * varchar(128) column (`@n8n/db` WorkflowEntity, `@Length(1, 128)`): SQLite ignores the length, PostgreSQL refuses
 * the import ("value too long for type character varying(128)"), as `npm run test:queue` first showed.
 */
describe('example workflows', () => {
	const workflows = readWorkflows(path.join(ROOT, 'examples'));

	it('are there', () => {
		expect(workflows.length).toBeGreaterThan(20);
	});

	it.each(workflows.map((workflow) => [workflow.id, workflow.name]))('%s: its name fits n8n\'s 128 characters', (_id, name) => {
		expect(name.length).toBeGreaterThan(0);
		expect(name.length).toBeLessThanOrEqual(128);
	});
});
