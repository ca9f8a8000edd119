/**
 * Studio message templates, from Bird's Touchpoints API on docs.bird.com:
 * - "Projects": `GET /projects` ("List projects in workspace": `type`, a list of ProjectType values; `projectIds`;
 *   `q`, "Full text search on projects"; `limit` 1..100, `pageToken`, `reverse`; sorted by `createdAt`) answering
 *   `{results: [Project], nextPageToken}`, and `GET /projects/{projectId}`;
 * - "Message Templates" ("Message Templates are referred to as channel templates through the API"):
 *   `GET /projects/{projectId}/channel-templates` and `GET /projects/{projectId}/channel-templates/{channelTemplateId}`,
 *   404 "Project or workspace not found" and "Project, channeltemplate or workspace not found".
 * The projects and their templates are the fixed ones of fixtures.ts; the API here only reads them.
 */
import { jsonResponse, type SandboxRequest, type SandboxResponse } from '../../framework';
import { birdError, type Details, type Json } from './answers';
import { decodedParam, invalidQuery } from './channels';
import { BIRD_CHANNEL_TEMPLATES, BIRD_TEMPLATE_PROJECTS, BIRD_WORKSPACE_ID, PROJECT_TYPES, type BirdTemplateProject } from './fixtures';
import { page } from './paging';
import type { Route } from './routes';

function templatesOf(projectId: string) {
	return BIRD_CHANNEL_TEMPLATES.filter((template) => template.projectId === projectId);
}

/** A project as Bird lists it: the stored fields, its workspace and how many of its templates are in each status. */
function projectJson(project: BirdTemplateProject): Json {
	const count = (status: string) => templatesOf(project.id).filter((template) => template.status === status).length;
	return {
		...structuredClone(project),
		workspaceId: BIRD_WORKSPACE_ID,
		draftCount: count('draft'),
		pendingCount: count('pending'),
		activeCount: count('active'),
		inactiveCount: count('inactive'),
	};
}

function findProject(projectId: string): BirdTemplateProject | undefined {
	const id = decodedParam(projectId);
	return Object.values(BIRD_TEMPLATE_PROJECTS).find((project) => project.id === id);
}

function projectNotFound(): SandboxResponse {
	return birdError(404, 'NotFound', 'Project or workspace not found');
}

function queryDetails(request: SandboxRequest): Details {
	const details: Details = {};
	const badType = request.query.getAll('type').find((type) => !PROJECT_TYPES.has(type));
	if (badType !== undefined) details.type = [`'${badType}' is not a project type`];
	return details;
}

/** Whether the project fits the `type`, `projectIds` and `q` filters (the search text within name or description, case-insensitive: a choice, Bird says only "full text search"). */
function matches(project: BirdTemplateProject, request: SandboxRequest): boolean {
	const types = request.query.getAll('type');
	const ids = request.query.getAll('projectIds');
	const search = (request.query.get('q') ?? '').trim().toLowerCase();
	return (
		(types.length === 0 || types.includes(project.type)) &&
		(ids.length === 0 || ids.includes(project.id)) &&
		(search === '' || `${project.name} ${project.description}`.toLowerCase().includes(search))
	);
}

function listProjects(request: SandboxRequest): SandboxResponse {
	const details = queryDetails(request);
	if (Object.keys(details).length > 0) return invalidQuery(details);
	const projects = Object.values(BIRD_TEMPLATE_PROJECTS).filter((project) => matches(project, request));
	return page(request, projects.map(projectJson), 'projects');
}

function withProject(projectId: string, answer: (project: BirdTemplateProject) => SandboxResponse): SandboxResponse {
	const project = findProject(projectId);
	return project ? answer(project) : projectNotFound();
}

function getChannelTemplate(project: BirdTemplateProject, channelTemplateId: string): SandboxResponse {
	const id = decodedParam(channelTemplateId);
	const template = templatesOf(project.id).find((candidate) => candidate.id === id);
	return template ? jsonResponse(200, structuredClone(template)) : birdError(404, 'NotFound', 'Project, channeltemplate or workspace not found');
}

export const templateRoutes: Route[] = [
	{ method: 'GET', path: '/projects', handle: ({ request }) => listProjects(request) },
	{ method: 'GET', path: '/projects/{projectId}', handle: ({ params }) => withProject(params.projectId, (project) => jsonResponse(200, projectJson(project))) },
	{
		method: 'GET',
		path: '/projects/{projectId}/channel-templates',
		handle: ({ request, params }) => withProject(params.projectId, (project) => page(request, templatesOf(project.id) as unknown as Json[], `channel-templates:${project.id}`)),
	},
	{
		method: 'GET',
		path: '/projects/{projectId}/channel-templates/{channelTemplateId}',
		handle: ({ params }) => withProject(params.projectId, (project) => getChannelTemplate(project, params.channelTemplateId)),
	},
];
