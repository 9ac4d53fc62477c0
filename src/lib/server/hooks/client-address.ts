import { isIP } from 'node:net';
import type { Handle } from '@sveltejs/kit';
import { config } from '../config/env';

/**
 * The one place the client's address is worked out; every rate limit, throttle and session IP uses
 * `event.locals.clientAddress` (client-address.test.ts fails when anything else asks the socket).
 *
 * TRUST_PROXY says how many reverse proxies stand in front of the app (`true` = 1). Each trusted
 * proxy appends the address it received the request from to X-Forwarded-For, so reading from the
 * right — the socket's peer being the nearest proxy — the address `hops` places back is the one the
 * outermost trusted proxy saw: the client. Entries further left were written by the client itself
 * and are never believed. Without TRUST_PROXY the header is ignored and the socket's peer is the client.
 */
export function deriveClientAddress(socketAddress: string | undefined, forwardedFor: string | null, trustedHops: number): string {
	// a client that already hung up has no socket address any more
	const peer = normalize(socketAddress ?? '');
	if (trustedHops <= 0 || !forwardedFor) return peer;
	const chain = [...forwardedFor.split(',').map((s) => normalize(s.trim())).filter(Boolean), peer];
	// fewer entries than trusted hops: the leftmost one came through all proxies there were
	const candidate = chain[Math.max(0, chain.length - 1 - trustedHops)];
	return isIP(candidate) ? candidate : peer;
}

/** `::ffff:1.2.3.4` (IPv4 on a dual-stack socket) → `1.2.3.4`; `[::1]:443` / `1.2.3.4:80` → the address alone. */
function normalize(address: string): string {
	let a = address.trim();
	const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
	if (bracketed) a = bracketed[1];
	else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(':'));
	return a.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1');
}

export const handleClientAddress: Handle = async ({ event, resolve }) => {
	event.locals.clientAddress = deriveClientAddress(event.getClientAddress(), event.request.headers.get('x-forwarded-for'), config().trustProxy);
	return resolve(event);
};

/** The header better-auth reads the session's IP from: set here, on a copy, never taken from the client. */
export const CLIENT_ADDRESS_HEADER = 'x-tuvuma-client-address';

/** The request's headers for better-auth's server API, carrying the derived client address. */
export function headersWithClientAddress(event: { request: Request; locals: App.Locals }): Headers {
	const headers = new Headers(event.request.headers);
	headers.set(CLIENT_ADDRESS_HEADER, event.locals.clientAddress);
	return headers;
}
