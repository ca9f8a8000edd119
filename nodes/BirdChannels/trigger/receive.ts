/**
 * The trigger's `webhook()`: a request is answered 401, and starts nothing, unless its `messagebird-signature`
 * verifies with the signing key of a URL this trigger registered and its `messagebird-request-timestamp` is within
 * the tolerance; a verified event already emitted (a re-delivery) is answered 200 and starts nothing; any other
 * verified event starts one execution with one item.
 */
import { createHash } from 'crypto';
import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { claimOnce, markSeen, wasSeen } from '../../shared/seenIds';
import { birdEventId } from './dedupe';
import { eventItem } from './output';
import { readBirdTriggerSettings } from './settings';
import { signatureMatches, timestampFresh } from './signature';
import { endpoints, SEEN_KEY, SEEN_LIMIT } from './state';

function header(headers: IDataObject, name: string): string {
	const value = headers[name];
	return typeof value === 'string' ? value : Array.isArray(value) ? String(value[0] ?? '') : '';
}

/** Answers with `status` and a short JSON body, and starts no execution. */
function answer(context: IWebhookFunctions, status: number, message: string): IWebhookResponseData {
	const response = context.getResponseObject();
	response.writeHead(status, { 'Content-Type': 'application/json' });
	response.end(JSON.stringify({ message }));
	return { noWebhookResponse: true };
}

/** The body as received: n8n keeps the raw bytes for the signature (`rawBody`), reading them on demand. */
async function rawBody(context: IWebhookFunctions): Promise<Buffer> {
	const request = context.getRequestObject();
	if (!Buffer.isBuffer(request.rawBody) && typeof request.readRawBody === 'function') await request.readRawBody();
	return Buffer.isBuffer(request.rawBody) ? request.rawBody : Buffer.alloc(0);
}

/** The signing key of the URL this trigger registered (test or production) that signed the request, or undefined. */
function verifyingKey(staticData: IDataObject, signature: string, timestamp: string, body: Buffer): string | undefined {
	return Object.entries(endpoints(staticData)).find(([url, stored]) => signatureMatches(signature, stored.signingKey, timestamp, url, body))?.[1].signingKey;
}

function parseEvent(body: Buffer): IDataObject | undefined {
	try {
		const parsed = JSON.parse(body.toString('utf8')) as unknown;
		return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as IDataObject) : undefined;
	} catch {
		return undefined;
	}
}

export async function receive(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const settings = readBirdTriggerSettings(this);
	const staticData = this.getWorkflowStaticData('node');
	const headers = this.getHeaderData() as IDataObject;
	const signature = header(headers, 'messagebird-signature');
	const timestamp = header(headers, 'messagebird-request-timestamp');
	const body = await rawBody(this);
	const signingKey = signature && timestamp ? verifyingKey(staticData, signature, timestamp, body) : undefined;
	if (!signingKey) return answer(this, 401, 'Signature does not verify');
	if (!timestampFresh(timestamp, Date.now(), settings.toleranceMs)) return answer(this, 401, 'Request timestamp is outside the tolerance');
	const event = parseEvent(body);
	if (!event) return answer(this, 400, 'Body is not a JSON object');
	const id = birdEventId(event, body);
	// The registration's key names the scope: a new activation (new key) starts afresh; the key itself is not kept.
	const scope = createHash('sha256').update(signingKey).digest('base64');
	if (wasSeen(staticData, SEEN_KEY, id) || !claimOnce(scope, id, SEEN_LIMIT)) return { webhookResponse: { message: 'Already received' } };
	markSeen(staticData, SEEN_KEY, id, SEEN_LIMIT);
	return { workflowData: [[eventItem(event, settings.simplify)]] };
}
