import type { RequestEvent } from '@sveltejs/kit';
import { APIError } from 'better-auth';
import type { Locale } from '$lib/i18n/locales';
import { db } from '../db/bootstrap';
import { auth, sessionCookieName } from './better-auth';
import { recordConsent, PRIVACY_VERSION } from './consents-repository';
import { forwardAuthCookies } from './cookies';
import { headersWithClientAddress } from '../hooks/client-address';
import { deleteSessionsOf } from './sessions-repository';
import { allowMailRequest, beginSignInAttempt, signInSucceeded } from './throttle';
import { findUserByEmail, findUserById } from './users-repository';

/**
 * Account flows behind the sign-in, sign-up, reset and account pages. Each one calls better-auth's
 * server API and passes its cookies on. Answers never tell whether an address has an account.
 */
type Event = Pick<RequestEvent, 'request' | 'cookies' | 'locals'>;

const normalize = (email: string) => email.trim().toLowerCase();

export type SignInResult = { ok: true } | { ok: false; reason: 'invalid' | 'unverified' } | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

export async function signInWithPassword(event: Event, input: { email: string; password: string }): Promise<SignInResult> {
	const email = normalize(input.email);
	const ip = event.locals.clientAddress;
	// counted before the password is looked at: concurrent guesses cannot all slip under the limit
	const wait = await beginSignInAttempt(db(), email, ip);
	if (wait > 0) return { ok: false, reason: 'throttled', retryAfterSeconds: wait };
	try {
		const { headers } = await auth().api.signInEmail({
			body: { email, password: input.password, rememberMe: true },
			headers: headersWithClientAddress(event),
			returnHeaders: true
		});
		forwardAuthCookies(event.cookies, headers);
	} catch (e) {
		if (!(e instanceof APIError)) throw e;
		// right password, address not confirmed yet: better-auth has re-sent the confirmation mail
		if (e.body?.code === 'EMAIL_NOT_VERIFIED') return { ok: false, reason: 'unverified' };
		if (e.statusCode !== 401 && e.statusCode !== 400) throw e;
		return { ok: false, reason: 'invalid' };
	}
	await signInSucceeded(db(), email, ip);
	return { ok: true };
}

/** Sends a sign-in link if the address has an account; the visitor sees the same answer either way. */
export async function requestMagicLink(event: Event, input: { email: string; next?: string }): Promise<void> {
	const email = normalize(input.email);
	if (!(await allowMailRequest(db(), 'magic-link', email, event.locals.clientAddress))) return;
	// `next` rides along in the link, so the person lands where they wanted to go
	await auth().api.signInMagicLink({ body: { email, metadata: { next: input.next ?? '' } }, headers: headersWithClientAddress(event) });
}

export type TokenResult = { ok: true } | { ok: false };

export async function signInWithMagicLink(event: Event, token: string): Promise<TokenResult> {
	const response = await auth().api.magicLinkVerify({
		query: { token, callbackURL: '/', errorCallbackURL: '/' },
		headers: headersWithClientAddress(event),
		asResponse: true
	});
	const location = response.headers.get('location') ?? '';
	if (location.includes('error=')) return { ok: false };
	forwardAuthCookies(event.cookies, response.headers);
	return { ok: response.status < 400 };
}

export type SignUpInput = { name: string; email: string; password: string; locale: Locale };

/**
 * Creates the account (unconfirmed), records the privacy consent with its text version and sends the
 * confirmation mail. An address that already has an account gets a "someone tried to register" mail
 * instead, and the visitor the same answer.
 */
export async function signUp(event: Event, input: SignUpInput): Promise<void> {
	const email = normalize(input.email);
	if (!(await allowMailRequest(db(), 'sign-up', email, event.locals.clientAddress))) return;
	const result = await auth().api.signUpEmail({
		body: { name: input.name.trim(), email, password: input.password, locale: input.locale },
		headers: headersWithClientAddress(event)
	});
	// for an existing address better-auth answers with a made-up user: only a real new row gets a consent
	const created = await findUserById(db(), result.user.id);
	if (created) await recordConsent(db(), { userId: created.id, kind: 'privacy', textVersion: PRIVACY_VERSION, locale: input.locale });
}

export async function verifyEmail(token: string): Promise<TokenResult> {
	try {
		await auth().api.verifyEmail({ query: { token } });
		return { ok: true };
	} catch (e) {
		if (e instanceof APIError) return { ok: false };
		throw e;
	}
}

export async function requestPasswordReset(event: Event, input: { email: string }): Promise<void> {
	const email = normalize(input.email);
	if (!(await allowMailRequest(db(), 'reset', email, event.locals.clientAddress))) return;
	const found = await findUserByEmail(db(), email);
	if (!found || found.deletedAt) return; // same answer; better-auth would not send either
	await auth().api.requestPasswordReset({ body: { email }, headers: headersWithClientAddress(event) });
}

export async function resetPassword(input: { token: string; password: string }): Promise<TokenResult> {
	try {
		await auth().api.resetPassword({ body: { token: input.token, newPassword: input.password } });
		return { ok: true };
	} catch (e) {
		if (e instanceof APIError) return { ok: false };
		throw e;
	}
}

export async function signOut(event: Event): Promise<void> {
	const { headers } = await auth().api.signOut({ headers: headersWithClientAddress(event), returnHeaders: true });
	forwardAuthCookies(event.cookies, headers);
	event.cookies.delete(sessionCookieName(), { path: '/' });
}

/** Ends every session of the user, on every device, including this one. */
export async function signOutEverywhere(event: Event, userId: string): Promise<void> {
	await deleteSessionsOf(db(), userId);
	event.cookies.delete(sessionCookieName(), { path: '/' });
}
