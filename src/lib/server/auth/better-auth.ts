import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { magicLink } from 'better-auth/plugins/magic-link';
import { config } from '../config/env';
import { db } from '../db/bootstrap';
import { authSecret } from './secret';
import { CLIENT_ADDRESS_HEADER } from '../hooks/client-address';
import { account, session, user, verification } from '../db/schema';
import type { Db } from '../db/types';
import { findUserByEmail } from './users-repository';
import { deleteResetTokensOf } from './verifications-repository';
import { mailMagicLink, mailPasswordReset, mailSignUpAttempt, mailVerification } from './mails';

/** How long a sign-in lasts without use, and how often its expiry is pushed forward. */
const SESSION_DAYS = 30;

/** Exported for tests, which build one on their own database; the app uses auth(). */
export function createAuth(database: Db, secret: string) {
	const cfg = config();
	const baseURL = cfg.ORIGIN ?? cfg.PUBLIC_BASE_URL ?? `http://localhost:${cfg.PORT}`;
	return betterAuth({
		appName: 'Tuvumā',
		baseURL,
		secret,
		// no adapter transactions: on PGlite (one connection) our mail callbacks would wait for the open transaction forever
		database: drizzleAdapter(database, { provider: 'pg', schema: { user, session, account, verification }, transaction: false }),
		// counters live in our rate_limits table (login throttling in the form actions), not in memory
		rateLimit: { enabled: false },
		user: {
			additionalFields: {
				locale: { type: 'string', required: false, defaultValue: 'lv', input: true },
				deletedAt: { type: 'date', required: false, input: false }
			}
		},
		session: {
			expiresIn: SESSION_DAYS * 24 * 3600,
			updateAge: 24 * 3600,
			// no cookie cache: "sign out everywhere" must take effect on the very next request
			cookieCache: { enabled: false }
		},
		emailAndPassword: {
			enabled: true,
			requireEmailVerification: true,
			autoSignIn: false,
			minPasswordLength: 10,
			revokeSessionsOnPasswordReset: true,
			resetPasswordTokenExpiresIn: 3600,
			sendResetPassword: async ({ user, token }) => mailPasswordReset(database, user, token),
			// one reset link used: every other one sent to this person stops working (a mailbox read later must not reset it again)
			onPasswordReset: async ({ user }) => deleteResetTokensOf(database, user.id),
			// someone tried to register an address that has an account: tell its owner, show the visitor the usual answer
			onExistingUserSignUp: async ({ user }) => mailSignUpAttempt(database, user)
		},
		emailVerification: {
			sendOnSignUp: true,
			sendOnSignIn: true,
			autoSignInAfterVerification: false,
			expiresIn: 24 * 3600,
			sendVerificationEmail: async ({ user, token }) => mailVerification(database, user, token)
		},
		plugins: [
			magicLink({
				expiresIn: 15 * 60,
				disableSignUp: true, // accounts are made at /registreties, where consent is recorded
				storeToken: 'hashed',
				sendMagicLink: async ({ email, token, metadata }) => {
					// no account: nothing is sent, and the visitor sees the same answer (no enumeration)
					const found = await findUserByEmail(database, email);
					if (found && !found.deletedAt) await mailMagicLink(database, found, token, typeof metadata?.next === 'string' ? metadata.next : '');
				}
			})
		],
		advanced: {
			cookiePrefix: 'tuvuma',
			useSecureCookies: baseURL.startsWith('https://'),
			defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
			// the address hooks/client-address.ts derived (TRUST_PROXY-aware), never a header the client sent
			ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] }
		},
		telemetry: { enabled: false }
	});
}

export type Auth = ReturnType<typeof createAuth>;

let instance: Auth | undefined;

/** The better-auth instance on the app database (created on first use, after startDatabase). */
export function auth(): Auth {
	instance ??= createAuth(db(), authSecret());
	return instance;
}

/** The session cookie's name, to skip the database for visitors who have none. */
export function sessionCookieName(): string {
	return auth().options.advanced?.useSecureCookies ? '__Secure-tuvuma.session_token' : 'tuvuma.session_token';
}
