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
export { accountFingerprint, RateLimiter, requestsPerSecond, waitForRateSlot, type RateCeiling } from './rateLimit';
export { Redactor } from './redact';
export { DEFAULT_RETRY_POLICY, parseRetryAfter, retryDelay, type RetryPolicy } from './retry';
