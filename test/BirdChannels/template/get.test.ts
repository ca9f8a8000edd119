import { BIRD_CHANNEL_TEMPLATES, BIRD_TEMPLATE_PROJECTS, BIRD_WORKSPACE_ID } from '../../../sandbox/providers/bird/fixtures';
import { WS, birdSandbox, outputOf } from '../helpers';

const GET = { resource: 'template', operation: 'get' };
const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const reminder = BIRD_TEMPLATE_PROJECTS.appointmentReminder;
const [firstVersion, activeVersion] = BIRD_CHANNEL_TEMPLATES;

describe('Bird Channels: Template → Get', () => {
	const ctx = birdSandbox();

	// docs.bird.com "Projects" (GET /workspaces/{workspaceId}/projects/{projectId}) and "Message Templates"
	// (GET …/projects/{projectId}/channel-templates/{channelTemplateId}); "latest" is the project's activeResourceId.
	it('gets the active version for "latest": what a template message needs', async () => {
		const result = await ctx.run({ ...GET, template: byId(reminder.id), version: 'latest' });
		expect(ctx.calls()).toEqual([
			{ method: 'GET', path: `${WS}/projects/${reminder.id}`, query: {}, body: undefined },
			{ method: 'GET', path: `${WS}/projects/${reminder.id}/channel-templates/${activeVersion.id}`, query: {}, body: undefined },
		]);
		expect(outputOf(result)).toEqual([
			{
				json: {
					projectId: reminder.id,
					name: 'Appointment reminder',
					description: reminder.description,
					versionId: activeVersion.id,
					status: 'active',
					defaultLocale: 'en',
					locales: ['en', 'nl'],
					variables: [
						{ key: 'firstName', type: 'string', description: 'First name of the customer' },
						{ key: 'appointmentAt', type: 'string', description: 'Date and time of the appointment' },
						{ key: 'durationMinutes', type: 'number', description: 'How long the appointment takes' },
					],
					supportedPlatforms: ['sms-messagebird', 'whatsapp'],
					updatedAt: activeVersion.updatedAt,
				},
				pairedItem: { item: 0 },
			},
		]);
		// The keys are those of the message `template` object in docs.bird.com "Template" (message types):
		// {"projectId": …, "version": "latest", "locale": "en", "parameters": [{"type": "string", "key": "name", …}]}.
		const template = outputOf(result)[0].json;
		expect({ projectId: template.projectId, version: 'latest', locale: template.defaultLocale }).toEqual({ projectId: reminder.id, version: 'latest', locale: 'en' });
	});

	it('gets a given version, raw as Bird answers it: the project and the channel template', async () => {
		const result = await ctx.run({ ...GET, template: byId(reminder.id), version: firstVersion.id, simplify: false });
		expect(ctx.calls()[1].path).toBe(`${WS}/projects/${reminder.id}/channel-templates/${firstVersion.id}`);
		expect(outputOf(result)).toEqual([
			{
				json: {
					project: { ...reminder, workspaceId: BIRD_WORKSPACE_ID, draftCount: 0, pendingCount: 0, activeCount: 1, inactiveCount: 1 },
					channelTemplate: firstVersion,
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	it("404: an unknown project or version fails with Bird's message", async () => {
		const project = await ctx.run({ ...GET, template: byId('00000000-0000-4000-8000-00000000dead'), version: 'latest' });
		expect(project.error?.message).toBe('Bird Get Template failed: Project or workspace not found (NotFound) [item 0]');
		const version = await ctx.run({ ...GET, template: byId(reminder.id), version: '00000000-0000-4000-8000-00000000beef' });
		expect(version.error?.message).toBe('Bird Get Template Version failed: Project, channeltemplate or workspace not found (NotFound) [item 0]');
	});

	it('says so when "latest" finds no active version, or the project is not a message template', async () => {
		const draft = await ctx.run({ ...GET, template: byId(BIRD_TEMPLATE_PROJECTS.springSale.id), version: 'latest' });
		expect(draft.error?.message).toBe('Version: "latest" finds no active version of "Spring sale" [item 0]');
		const email = await ctx.run({ ...GET, template: byId(BIRD_TEMPLATE_PROJECTS.newsletter.id), version: 'latest' });
		expect(email.error?.message).toBe('Template: the Studio project "Monthly newsletter" is a htmlEmail project, not a message template [item 0]');
		// One request each: the project; no version was read.
		expect(ctx.calls().map((call) => call.path)).toEqual([`${WS}/projects/${BIRD_TEMPLATE_PROJECTS.springSale.id}`, `${WS}/projects/${BIRD_TEMPLATE_PROJECTS.newsletter.id}`]);
	});

	it.each([
		[{ template: byId('   ') }, 'Template: is empty [item 0]'],
		[{ template: byId('%2e%2e') }, 'Template: "%2e%2e" cannot be used in a URL path, since "." and ".." name the path around it [item 0]'],
		[{ version: '  ' }, 'Version: is empty [item 0]'],
		[{ version: '..' }, 'Version: ".." cannot be used in a URL path, since "." and ".." name the path around it [item 0]'],
	])('refuses %j before any request', async (parameters, message) => {
		const result = await ctx.run({ ...GET, template: byId(reminder.id), version: 'latest', ...parameters });
		expect(result.error?.message).toBe(message);
		expect(ctx.calls()).toEqual([]);
	});
});
