/**
 * The identity of a Bird event, to drop re-deliveries: Bird retries a delivery it got no 2xx for, at increasing
 * intervals for 8 hours (docs.bird.com, "Webhook subscriptions" › Retries), so the same event can arrive again.
 * Bird's events carry no event ID of their own (`{service, event, payload}`, payload = the message or interaction),
 * and one message has many status updates under the same `payload.id`; so the identity is the event name, the
 * payload's ID, its status (or interaction type) and its last change time. Without a payload ID: the body's SHA-256.
 */
import { createHash } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

function text(value: unknown): string {
	return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

export function birdEventId(event: IDataObject, rawBody: Buffer): string {
	const payload = (event.payload ?? {}) as IDataObject;
	const id = text(payload.id);
	if (!id) return `sha256:${createHash('sha256').update(rawBody).digest('base64url')}`;
	const state = text(payload.status) || text(payload.type);
	const changed = text(payload.updatedAt) || text(payload.lastStatusAt) || text(payload.createdAt);
	return [text(event.event), id, state, changed].join('|');
}
