import { BIRD_CHANNEL_TEMPLATES, BIRD_TEMPLATE_PROJECTS, BIRD_WORKSPACE_ID } from '../../../sandbox/providers/bird/fixtures';
import { WS, birdSandbox, outputOf } from '../helpers';

const GET_MANY = { resource: 'template', operation: 'getAll' };
const { appointmentReminder, orderShipped, springSale } = BIRD_TEMPLATE_PROJECTS;

describe('Bird Channels: Template → Get Many', () => {
	const ctx = birdSandbox();

	// docs.bird.com "Projects" › List projects in workspace, with `type` a ProjectType: message templates are
	// channelTemplate projects ("Creating WhatsApp Message templates").
	it('lists the message templates, not the other Studio projects', async () => {
		const result = await ctx.run({ ...GET_MANY, returnAll: true });
		expect(ctx.calls()).toEqual([{ method: 'GET', path: `${WS}/projects`, query: { type: 'channelTemplate', limit: '100' }, body: undefined }]);
		expect(outputOf(result)).toEqual([
			{
				json: {
					projectId: appointmentReminder.id,
					name: 'Appointment reminder',
					description: appointmentReminder.description,
					locales: ['en', 'nl'],
					activeVersionId: appointmentReminder.activeResourceId,
					supportedPlatforms: ['sms-messagebird', 'whatsapp'],
					updatedAt: appointmentReminder.updatedAt,
				},
				pairedItem: { item: 0 },
			},
			{
				json: {
					projectId: orderShipped.id,
					name: 'Order shipped',
					description: orderShipped.description,
					locales: ['en'],
					activeVersionId: orderShipped.activeResourceId,
					supportedPlatforms: ['sms-messagebird'],
					updatedAt: orderShipped.updatedAt,
				},
				pairedItem: { item: 0 },
			},
			{
				json: {
					projectId: springSale.id,
					name: 'Spring sale',
					description: springSale.description,
					locales: ['en'],
					activeVersionId: null,
					supportedPlatforms: ['whatsapp'],
					updatedAt: springSale.updatedAt,
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	it("searches with Bird's q and adds the active version's variables, one request per active template", async () => {
		const result = await ctx.run({ ...GET_MANY, returnAll: true, filters: { search: 'customer' }, options: { includeVariables: true } });
		expect(ctx.calls()).toEqual([
			{ method: 'GET', path: `${WS}/projects`, query: { type: 'channelTemplate', q: 'customer', limit: '100' }, body: undefined },
			{ method: 'GET', path: `${WS}/projects/${appointmentReminder.id}/channel-templates/${String(appointmentReminder.activeResourceId)}`, query: {}, body: undefined },
			{ method: 'GET', path: `${WS}/projects/${orderShipped.id}/channel-templates/${String(orderShipped.activeResourceId)}`, query: {}, body: undefined },
		]);
		expect(outputOf(result).map((item) => [item.json.name, (item.json.variables as Array<{ key: string }>).map((variable) => variable.key)])).toEqual([
			['Appointment reminder', ['firstName', 'appointmentAt', 'durationMinutes']],
			['Order shipped', ['count', 'express', 'address', 'name']],
		]);
	});

	it('gives raw projects page by page, with the paging info', async () => {
		const result = await ctx.run({ ...GET_MANY, returnAll: false, limit: 2, simplify: false, options: { pageSize: 1, includePagingInfo: true } });
		expect(ctx.calls().map((call) => [call.query.limit, typeof call.query.pageToken])).toEqual([
			['1', 'undefined'],
			['1', 'string'],
		]);
		const counts = (id: string) => {
			const count = (status: string) => BIRD_CHANNEL_TEMPLATES.filter((template) => template.projectId === id && template.status === status).length;
			return { draftCount: count('draft'), pendingCount: count('pending'), activeCount: count('active'), inactiveCount: count('inactive') };
		};
		const [item] = outputOf(result);
		expect(item.json.results).toEqual([appointmentReminder, orderShipped].map((project) => ({ ...project, workspaceId: BIRD_WORKSPACE_ID, ...counts(project.id) })));
		expect(typeof item.json.nextPageToken).toBe('string');
	});

	it('raw with Include Variables adds the variables to the project, and nothing for a template without an active version', async () => {
		const result = await ctx.run({ ...GET_MANY, returnAll: true, simplify: false, filters: { search: 'spring' }, options: { includeVariables: true } });
		expect(ctx.calls()).toHaveLength(1);
		expect(outputOf(result).map((item) => [item.json.id, item.json.variables])).toEqual([[springSale.id, []]]);
	});

	it.each([
		[{ returnAll: false, limit: -1 }, 'Limit: "-1" is not a whole number of at least 1 [item 0]'],
		[{ options: { pageToken: 'a\nb' } }, 'Start Page Token: has a control character or half of an emoji, which no page token has [item 0]'],
	])('refuses %j before any request', async (parameters, message) => {
		const result = await ctx.run({ ...GET_MANY, returnAll: true, ...parameters });
		expect(result.error?.message).toBe(message);
		expect(ctx.calls()).toEqual([]);
	});
});
