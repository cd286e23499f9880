import { apiKeyAuthenticator } from './api_key_authenticator';
import type { Authenticator } from './authenticators';
import { basicAuthenticator } from './basic_authenticator';

/** The schemes every sandbox cluster accepts, in the order their challenges are sent. */
export const SANDBOX_AUTHENTICATORS: readonly Authenticator[] = [basicAuthenticator, apiKeyAuthenticator];
