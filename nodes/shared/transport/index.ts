export {
	providerRequest,
	xmlDocument,
	type ProviderErrorInfo,
	type ProviderProfile,
	type ProviderRequest,
	type ProviderResponse,
	type RequestBody,
	type RequestContext,
	type ResponseFormat,
	type ResponseForErrorCheck,
} from './request';
export { accountFingerprint, normalizedBaseUrl, RateLimiter, requestsPerSecond, type RateCeiling } from './rateLimit';
export { waitForRateSlot } from './rateSlot';
export { MAX_REDIRECT_HOPS, originOf, redirectDecision } from './redirect';
export { decodeText, MAX_RESPONSE_BYTES, ResponseTooLarge } from './responseBody';
export { Redactor } from './redact';
export { DEFAULT_RETRY_POLICY, parseRetryAfter, retryDelay, type RetryPolicy } from './retry';
export { MAX_PAGES, PageGuard } from './paging';
