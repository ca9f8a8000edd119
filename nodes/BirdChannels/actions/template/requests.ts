/**
 * The Touchpoints API reads the Template operations share (docs.bird.com "Projects" and "Message Templates", where
 * "Message Templates are referred to as channel templates through the API"): a Studio project, and one version of
 * it (a channel template). A message's `template.version` "latest" is the project's active version, its
 * `activeResourceId`; Bird does not document a "latest" channel-template ID, so it is looked up there (a choice).
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { invalidParameter } from '../../../shared/validation';
import { birdRequest, segment, unusableAnswer } from '../../transport';

/** The ProjectType of message templates ("Creating WhatsApp Message templates": channelTemplate). */
export const TEMPLATE_PROJECT_TYPE = 'channelTemplate';

/** `/projects/{projectId}` of a project ID from the user or from Bird's answer, one segment. */
export function projectPath(context: IExecuteFunctions, itemIndex: number, projectId: string): string {
	return `/projects/${segment(context, itemIndex, 'Template', projectId)}`;
}

/** `GET /projects/{projectId}`: the Studio project, which must be a message template. */
export async function getTemplateProject(context: IExecuteFunctions, itemIndex: number, path: string): Promise<IDataObject> {
	const request = { operation: 'Get Template', itemIndex, method: 'GET' as const, path };
	const response = await birdRequest.call(context, request);
	const project = response.body;
	// Every project has an ID and a type (the ProjectType); an answer without them is not one.
	if (typeof project.id !== 'string' || typeof project.type !== 'string') throw unusableAnswer(context, request, response.statusCode, 'the answer is not a Studio project');
	if (project.type !== TEMPLATE_PROJECT_TYPE) {
		throw invalidParameter(context, itemIndex, 'Template', `the Studio project "${String(project.name ?? project.id)}" is a ${String(project.type)} project, not a message template`, 'Pick a template from the list, which shows message templates only.');
	}
	return project;
}

/** The ID of the version a message with version "latest" sends: the project's active channel template. */
export function activeVersionId(context: IExecuteFunctions, itemIndex: number, project: IDataObject): string {
	if (typeof project.activeResourceId === 'string' && project.activeResourceId !== '') return project.activeResourceId;
	throw invalidParameter(context, itemIndex, 'Version', `"latest" finds no active version of "${String(project.name ?? project.id)}"`, 'Activate a version of the template in Bird, or enter the ID of one of its versions.');
}

/** A version ID as one path segment (checked before any request when the user gives it). */
export function versionSegment(context: IExecuteFunctions, itemIndex: number, versionId: string): string {
	return segment(context, itemIndex, 'Version', versionId);
}

/** `GET /projects/{projectId}/channel-templates/{channelTemplateId}`: one version with its variables and content. */
export async function getTemplateVersion(context: IExecuteFunctions, itemIndex: number, path: string, version: string): Promise<IDataObject> {
	const response = await birdRequest.call(context, { operation: 'Get Template Version', itemIndex, method: 'GET', path: `${path}/channel-templates/${version}` });
	return response.body;
}
