import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { cdata, xmlText, type XmlElement } from '../../shared/codec';
import { splitList } from '../../shared/records';
import { invalidParameter, requiredString } from '../../shared/validation';
import { expertSenderRequest, missingInAnswer, responseData } from '../transport';
import { readZonedDateTime, xsDateTime } from './dates';
import { readOptionalEmail, readPositiveId } from './values';

/** The throttling methods the node offers ("Delivery throttling methods" of "Create and send newsletter"). */
export const THROTTLING_METHODS = ['None', 'Auto'];

/** IDs from a multi-select or a comma-separated field (or an expression's list), each a positive whole number. */
function readIds(context: IExecuteFunctions, itemIndex: number, raw: unknown, label: string): number[] {
	const ids = splitList(raw).map((entry) => readPositiveId(context, itemIndex, entry, label, true)!);
	return [...new Set(ids)];
}

/** `<SubscriberLists><SubscriberList>1</SubscriberList>…` for a non-empty list of IDs; nothing otherwise. */
function idArray(ids: number[], child: string): XmlElement | undefined {
	return ids.length > 0 ? { [child]: ids } : undefined;
}

/** Recipients in the documented order: SubscriberLists, SubscriberSegments, SeedLists, SuppressionLists, ExcludedLists. */
function readRecipients(context: IExecuteFunctions, itemIndex: number, options: IDataObject): XmlElement {
	const lists = readIds(context, itemIndex, context.getNodeParameter('subscriberLists', itemIndex, []), 'Subscriber List Names or IDs');
	const segments = readIds(context, itemIndex, options.segmentIds, 'Subscriber Segment IDs');
	const seeds = readIds(context, itemIndex, options.seedListIds, 'Seed List IDs');
	if (lists.length + segments.length + seeds.length === 0) {
		throw invalidParameter(
			context,
			itemIndex,
			'Subscriber List Names or IDs',
			'no subscriber list, subscriber segment or seed list is given',
			'Choose at least one subscriber list, or add Subscriber Segment IDs or Seed List IDs under Options: ExpertSender needs someone to send the newsletter to.',
		);
	}
	return {
		SubscriberLists: idArray(lists, 'SubscriberList'),
		SubscriberSegments: idArray(segments, 'SubscriberSegment'),
		SeedLists: idArray(seeds, 'SeedList'),
		SuppressionLists: idArray(readIds(context, itemIndex, options.suppressionListIds, 'Suppression List IDs'), 'SuppressionList'),
		// "An array of SubscriberList elements" (the page), not ExcludedList.
		ExcludedLists: idArray(readIds(context, itemIndex, options.excludedLists, 'Excluded List Names or IDs'), 'SubscriberList'),
	};
}

/** A required text, sent exactly as given (spaces and line breaks are the user's), refused when blank. */
function requiredText(context: IExecuteFunctions, itemIndex: number, name: string, label: string): string {
	requiredString(context, name, itemIndex, label);
	return String(context.getNodeParameter(name, itemIndex, ''));
}

/** Text as it is, or in CDATA where the page says so (HTML and AMP HTML "should be enclosed in CDATA section"). */
function optionalText(value: unknown, inCdata = false): XmlElement[string] {
	const text = String(value ?? '');
	if (text.trim() === '') return undefined;
	return inCdata ? cdata(text) : text;
}

/** Content in the documented order: FromName, FromEmail, ReplyToName, ReplyToEmail, Subject, Html, Plain, AmpHtml, then Tags. */
function readContent(context: IExecuteFunctions, itemIndex: number, options: IDataObject): XmlElement {
	const fromName = requiredText(context, itemIndex, 'fromName', 'From Name');
	const fromEmail = readOptionalEmail(context, itemIndex, requiredString(context, 'fromEmail', itemIndex, 'From Email'), 'From Email')!;
	const html = context.getNodeParameter('html', itemIndex, '') as string;
	const plain = context.getNodeParameter('plain', itemIndex, '') as string;
	if (String(html ?? '').trim() === '' && String(plain ?? '').trim() === '') {
		throw invalidParameter(context, itemIndex, 'HTML', 'is empty, and so is Plain Text', 'Enter the HTML content, the plain-text content, or both.');
	}
	const tags = splitList(options.tags);
	return {
		FromName: fromName,
		FromEmail: fromEmail,
		ReplyToName: optionalText(options.replyToName),
		ReplyToEmail: readOptionalEmail(context, itemIndex, options.replyToEmail, 'Reply-To Email'),
		Subject: requiredText(context, itemIndex, 'subject', 'Subject'),
		Html: optionalText(html, true),
		Plain: optionalText(plain),
		AmpHtml: optionalText(options.ampHtml, true),
		// shax88/expertsender-api src/Template/Newsletters/Newsletters.xml.twig writes Tags last in Content.
		Tags: tags.length > 0 ? { Tag: tags } : undefined,
	};
}

/** DeliverySettings (ThrottlingMethod, DeliveryDate), or nothing: "If omitted, default delivery settings will be used". */
function readDelivery(context: IExecuteFunctions, itemIndex: number, options: IDataObject): XmlElement | undefined {
	const throttling = options.throttlingMethod === undefined || options.throttlingMethod === '' ? undefined : String(options.throttlingMethod);
	if (throttling !== undefined && !THROTTLING_METHODS.includes(throttling)) {
		throw invalidParameter(context, itemIndex, 'Throttling', `"${throttling}" is not a throttling method`, `Choose one of: ${THROTTLING_METHODS.join(', ')}.`);
	}
	const deliveryDate = readZonedDateTime(context, itemIndex, options.deliveryDate, 'Delivery Date');
	if (throttling === undefined && deliveryDate === undefined) return undefined;
	return { ThrottlingMethod: throttling, DeliveryDate: deliveryDate === undefined ? undefined : xsDateTime(deliveryDate) };
}

/**
 * Creates and sends a newsletter (`POST /v2/Api/Newsletters`, "Create and send newsletter"): Data holds Recipients,
 * Content and DeliverySettings in that order; ExpertSender answers 201 with the new message's ID in `<Data>`.
 */
export async function createNewsletter(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const data: XmlElement = {
		Recipients: readRecipients(this, itemIndex, options),
		Content: readContent(this, itemIndex, options),
		DeliverySettings: readDelivery(this, itemIndex, options),
	};
	const response = await expertSenderRequest.call(this, { operation: 'Create and Send Newsletter', itemIndex, method: 'POST', resource: 'Newsletters', request: { Data: data } });
	const id = Number(xmlText(responseData(response))?.trim());
	// The newsletter exists and is on its way: an answer without its ID cannot be told apart from a failure, so it is named.
	if (!Number.isInteger(id) || id <= 0) throw missingInAnswer(this, response, 'Create and Send Newsletter', itemIndex, 'newsletter ID');
	return { success: true, newsletterId: id };
}

/** Pauses or resumes a newsletter (`POST /v2/Api/Newsletters/{id}` with `<Action>`, "Pause or resume newsletter"). */
export async function changeNewsletter(this: IExecuteFunctions, itemIndex: number, action: 'PauseMessage' | 'ResumeMessage'): Promise<IDataObject> {
	const value = this.getNodeParameter('newsletterId', itemIndex, '', { extractValue: true }) as unknown;
	const id = readPositiveId(this, itemIndex, value, 'Newsletter', true)!;
	const operation = action === 'PauseMessage' ? 'Pause Newsletter' : 'Resume Newsletter';
	// The ID was checked to be a positive whole number, so it is one path segment as it stands.
	await expertSenderRequest.call(this, { operation, itemIndex, method: 'POST', resource: `Newsletters/${id}`, request: { Action: action } });
	// "Regardless of the status change, data element always returns 0": the answer says nothing more than success.
	return { success: true, newsletterId: id, action: action === 'PauseMessage' ? 'paused' : 'resumed' };
}
