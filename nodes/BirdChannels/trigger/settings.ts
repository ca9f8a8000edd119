import type { IDataObject, IHookFunctions, IWebhookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { BIRD_TRIGGER_EVENTS, INTERACTION_TYPES, MESSAGE_STATUSES } from './description';

type TriggerContext = IHookFunctions | IWebhookFunctions;

export interface EventFilter {
	key: string;
	value: string;
}

export interface BirdTriggerSettings {
	/** The chosen events, e.g. `sms.inbound`, once each, in the order of the list. */
	events: string[];
	filters: { channelId?: string; messageStatus?: string; interactionType?: string };
	simplify: boolean;
	toleranceMs: number;
}

function invalid(context: TriggerContext, field: string, problem: string, fix: string): NodeOperationError {
	return new NodeOperationError(context.getNode(), `${field}: ${problem}`, { description: fix });
}

function readEvents(context: TriggerContext): string[] {
	const chosen = context.getNodeParameter('events', []) as unknown;
	if (!Array.isArray(chosen) || chosen.length === 0) {
		throw invalid(context, 'Events', 'none is selected', 'Select at least one event, e.g. "SMS Message Received".');
	}
	const known = BIRD_TRIGGER_EVENTS.map((event) => String(event.value));
	const unknown = chosen.find((event) => !known.includes(String(event)));
	if (unknown !== undefined) throw invalid(context, 'Events', `"${String(unknown)}" is not an event of this list`, 'Select the events from the list.');
	return known.filter((event) => chosen.includes(event));
}

function pick(context: TriggerContext, field: string, value: unknown, allowed: Array<{ value: unknown }>): string | undefined {
	if (value === undefined || value === '') return undefined;
	if (!allowed.some((option) => option.value === value)) {
		throw invalid(context, field, `"${String(value)}" is not a value of this list`, `Select the ${field} from the list.`);
	}
	return String(value);
}

function readFilters(context: TriggerContext): BirdTriggerSettings['filters'] {
	const filters = context.getNodeParameter('filters', {}) as IDataObject;
	// A resource locator's value: `{ mode, value }` (From List or By ID), or plain text from an older workflow.
	const channel = filters.channel as unknown;
	const raw = typeof channel === 'object' && channel !== null ? (channel as IDataObject).value : channel;
	const channelId = typeof raw === 'string' ? raw.trim() : '';
	return {
		channelId: channelId || undefined,
		messageStatus: pick(context, 'Message Status', filters.messageStatus, MESSAGE_STATUSES),
		interactionType: pick(context, 'Interaction Type', filters.interactionType, INTERACTION_TYPES),
	};
}

/** The trigger's parameters, checked; a bad value throws naming the field and the fix. */
export function readBirdTriggerSettings(context: TriggerContext): BirdTriggerSettings {
	const options = context.getNodeParameter('options', {}) as IDataObject;
	const minutes = Number(options.toleranceMinutes ?? 5);
	if (!Number.isFinite(minutes) || minutes < 1 || minutes > 1440) {
		throw invalid(context, 'Timestamp Tolerance (Minutes)', `"${String(options.toleranceMinutes)}" is out of range`, 'Enter 1 to 1440 minutes.');
	}
	return {
		events: readEvents(context),
		filters: readFilters(context),
		simplify: context.getNodeParameter('simplify', true) !== false,
		toleranceMs: minutes * 60_000,
	};
}

/**
 * The `eventFilters` of one event's subscription: the channel for every event, the message status only for status
 * updates, the interaction type only for interactions (Bird AND-s the filters, one value per key).
 */
export function eventFilters(settings: BirdTriggerSettings, event: string): EventFilter[] {
	const filters: EventFilter[] = [];
	if (settings.filters.channelId) filters.push({ key: 'channelId', value: settings.filters.channelId });
	if (event.endsWith('.outbound') && settings.filters.messageStatus) filters.push({ key: 'messageStatus', value: settings.filters.messageStatus });
	if (event.endsWith('.interaction') && settings.filters.interactionType) filters.push({ key: 'interactionType', value: settings.filters.interactionType });
	return filters;
}
