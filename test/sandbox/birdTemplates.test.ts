import { BIRD_ACCESS_KEY, BIRD_CHANNELS } from '../../sandbox/providers/bird';
import { BIRD_CHANNEL_TEMPLATES, BIRD_TEMPLATE_PROJECTS } from '../../sandbox/providers/bird/fixtures';
import { WS, birdSandbox } from '../BirdChannels/helpers';

/**
 * The emulator's Studio templates (docs.bird.com Touchpoints API "Projects" and "Message Templates") and channel
 * filters ("Channels management" › Retrieve list of channels) answer and refuse as those pages document.
 */
describe('Bird sandbox: templates and channel filters', () => {
	const ctx = birdSandbox();
	const get = async (path: string) => {
		const response = await fetch(`${ctx.sandbox.url}/bird${WS}${path}`, { headers: { Authorization: `AccessKey ${BIRD_ACCESS_KEY}` } });
		return { status: response.status, body: (await response.json()) as Record<string, unknown> };
	};
	const ids = (body: Record<string, unknown>) => (body.results as Array<{ id: string }>).map((entry) => entry.id);
	const { appointmentReminder, orderShipped, springSale, newsletter } = BIRD_TEMPLATE_PROJECTS;

	it('lists projects by type, IDs and search text, page by page', async () => {
		expect(ids((await get('/projects?limit=100')).body)).toEqual([appointmentReminder.id, orderShipped.id, springSale.id, newsletter.id]);
		expect(ids((await get('/projects?type=htmlEmail')).body)).toEqual([newsletter.id]);
		expect(ids((await get('/projects?type=htmlEmail&type=channelTemplate&limit=100')).body)).toHaveLength(4);
		expect(ids((await get(`/projects?projectIds=${orderShipped.id}`)).body)).toEqual([orderShipped.id]);
		expect(ids((await get('/projects?type=channelTemplate&q=REMINDS')).body)).toEqual([appointmentReminder.id]);
		const first = await get('/projects?type=channelTemplate&limit=2');
		expect(ids(first.body)).toEqual([appointmentReminder.id, orderShipped.id]);
		const second = await get(`/projects?type=channelTemplate&limit=2&pageToken=${String(first.body.nextPageToken)}`);
		expect(second.body).toEqual({ results: [expect.objectContaining({ id: springSale.id, activeResourceId: null, draftCount: 1, activeCount: 0 })] });
	});

	it('answers a project with its status counts, and its channel templates', async () => {
		const project = await get(`/projects/${appointmentReminder.id}`);
		expect(project.body).toMatchObject({ id: appointmentReminder.id, type: 'channelTemplate', locales: ['en', 'nl'], activeCount: 1, inactiveCount: 1, draftCount: 0, pendingCount: 0 });
		const versions = await get(`/projects/${appointmentReminder.id}/channel-templates`);
		expect(versions.body).toEqual({ results: BIRD_CHANNEL_TEMPLATES.slice(0, 2) });
		expect((await get(`/projects/${appointmentReminder.id}/channel-templates/${BIRD_CHANNEL_TEMPLATES[1].id}`)).body).toEqual(BIRD_CHANNEL_TEMPLATES[1]);
	});

	it.each([
		['/projects?type=template', 422, { code: 'InvalidRequest', message: 'The request did not pass validation', details: { type: ["'template' is not a project type"] } }],
		['/projects?limit=101', 400, { code: 'InvalidParameter', message: 'limit must be an integer from 1 to 100' }],
		['/projects/00000000-0000-4000-8000-000000000000', 404, { code: 'NotFound', message: 'Project or workspace not found' }],
		['/projects/00000000-0000-4000-8000-000000000000/channel-templates', 404, { code: 'NotFound', message: 'Project or workspace not found' }],
		[`/projects/${orderShipped.id}/channel-templates/${BIRD_CHANNEL_TEMPLATES[0].id}`, 404, { code: 'NotFound', message: 'Project, channeltemplate or workspace not found' }],
	])('GET %s: %i', async (path, status, body) => {
		expect(await get(path)).toEqual({ status, body });
	});

	it('filters channels by platform (one or several) and status', async () => {
		expect(ids((await get('/channels?platform=sms-messagebird')).body)).toEqual([BIRD_CHANNELS.sms.id, BIRD_CHANNELS.legacySms.id]);
		expect(ids((await get('/channels?platform=sms-messagebird&status=active')).body)).toEqual([BIRD_CHANNELS.sms.id]);
		expect(ids((await get('/channels?platform=whatsapp&platform=email-sparkpost')).body)).toEqual([BIRD_CHANNELS.email.id, BIRD_CHANNELS.whatsapp.id]);
		expect(ids((await get('/channels?status=inactive')).body)).toEqual([BIRD_CHANNELS.legacySms.id]);
	});

	it.each([
		['/channels?status=deleted', { status: ["'deleted' is not one of active, inactive, pending, preview"] }],
		['/channels?status=active&status=inactive', { status: ['Only one status may be given'] }],
		['/channels?platform=sms%20messagebird', { platform: ["'sms messagebird' does not match ^[A-Za-z0-9-]+$"] }],
	])('refuses %s', async (path, details) => {
		expect(await get(path)).toEqual({ status: 422, body: { code: 'InvalidRequest', message: 'The request did not pass validation', details } });
	});

	it('answers an unknown channel, also percent-encoded, with 404', async () => {
		expect((await get(`/channels/${encodeURIComponent(BIRD_CHANNELS.sms.id)}`)).status).toBe(200);
		expect(await get('/channels/nope')).toEqual({ status: 404, body: { code: 'NotFound', message: 'Channel not found' } });
	});
});
