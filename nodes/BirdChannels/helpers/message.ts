import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { lookupTable } from '../../shared/lookupTable';
import { checkedPathValue } from '../../shared/pathSegment';
import { invalidParameter, requiredString } from '../../shared/validation';
import {
	readFileContent,
	readHtmlContent,
	readImageContent,
	readChannelMessageJson,
	readTemplateContent,
	readTextContent,
	type ContentReader,
	type PendingUpload,
} from './content';
import { uploadMedia } from './media';
import { applyFrequencyCapping, mergeMeta, readMessageOptions } from './messageOptions';
import { readReceivers } from './receivers';

/** A message request read and validated from one input item; nothing has been sent yet. */
export interface PreparedMessage {
	itemIndex: number;
	channelId: string;
	/** The `CreateMessage` body; media URLs of pending uploads are filled in by `completeMessage`. */
	request: IDataObject;
	uploads: PendingUpload[];
	/** Said in the output item, e.g. that a schedule in the past is sent at once. */
	notice?: string;
}

/** The reader of each choice of Content: what goes into the request's `body` or `template`. */
const MESSAGE_CONTENT: Readonly<Record<string, ContentReader>> = lookupTable({
	text: readTextContent,
	html: readHtmlContent,
	image: readImageContent,
	file: readFileContent,
	template: readTemplateContent,
	json: readChannelMessageJson,
});

/**
 * The request from the content, the Receivers and the Options. Custom JSON may carry every key of `CreateMessage`;
 * where the node sets the same key, the node wins: Receivers (when it has entries) replace the JSON's `receiver`,
 * each option set replaces the JSON's key of that name, and `meta` is merged (the JSON's, then Meta (JSON), then Use
 * Case into `meta.extraInformation.useCase`).
 */
function combine(fromContent: IDataObject, receivers: IDataObject[], options: IDataObject): IDataObject {
	const { receiver, ...content } = fromContent;
	const request: IDataObject = { receiver: receivers.length > 0 ? { contacts: receivers } : receiver, ...content, ...options };
	const meta = mergeMeta(content.meta as IDataObject | undefined, options.meta as IDataObject | undefined);
	if (meta) request.meta = meta;
	return request;
}

/**
 * Reads and checks the message fields of one input item, without sending anything: every problem of the input
 * is raised here, before any request (binary files are looked up now, uploaded later).
 */
export async function readMessage(this: IExecuteFunctions, itemIndex: number, now = Date.now()): Promise<PreparedMessage> {
	// Checked as a path segment now, so that a batch refuses it before any request.
	const channelId = checkedPathValue(this, itemIndex, 'Channel', requiredString(this, 'channel', itemIndex, 'Channel', 'Pick a channel from the list or enter its ID.'));
	const content = this.getNodeParameter('content', itemIndex) as string;
	const readContent = MESSAGE_CONTENT[content];
	if (readContent === undefined) {
		throw invalidParameter(this, itemIndex, 'Content', `"${content}" is not a known content type`, 'Choose Text, HTML Email, Image, File, Template or Custom JSON.');
	}
	const uploads: PendingUpload[] = [];
	const fromContent = await readContent(this, itemIndex, uploads);
	const receivers = readReceivers(this, itemIndex, content, fromContent.receiver !== undefined && fromContent.receiver !== null);
	const { fields, notice } = readMessageOptions(this, itemIndex, now);
	const request = combine(fromContent, receivers, fields);
	applyFrequencyCapping(this, itemIndex, request);
	return { itemIndex, channelId, request, uploads, notice };
}

/** Uploads the item's files (each distinct file once per run, see uploadMedia) and returns the finished request. */
export async function completeMessage(this: IExecuteFunctions, prepared: PreparedMessage, operation: string): Promise<IDataObject> {
	for (const upload of prepared.uploads) upload.apply(await uploadMedia.call(this, prepared.itemIndex, upload.file, operation));
	return prepared.request;
}
