import type { APIRequestContext, PlaywrightWorkerArgs } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { postAction } from './server-actions';
import { recordedEmails, serviceDb } from './stack';

/**
 * A client address of a test's own (from the documentation prefix), so that no test uses up
 * another's per-client limit. The suite's server trusts no proxy (TRUSTED_PROXY_HOPS=0), so the
 * X-Forwarded-For a request brings is its client's key, as the README says.
 */
export const newClient = () => `2001:db8::${randomUUID().slice(0, 4)}`;

/** A fresh invited user (or a deactivated one), so that no earlier request for the address counts. */
export async function createUser({ active = true } = {}): Promise<string> {
  const email = `osoba.${randomUUID().slice(0, 8)}@tura.test`;
  const { error } = await (await serviceDb()).from('profiles').insert({ email, full_name: 'Osoba Testowa', role: 'moderator', active });
  if (error) throw new Error(error.message);
  return email;
}

/** The address's pending sign-in links, as next-auth stores them. */
export async function tokensOf(email: string): Promise<number> {
  const { data, error } = await (await serviceDb()).schema('next_auth').from('verification_tokens').select('token').eq('identifier', email);
  if (error) throw new Error(error.message);
  return data.length;
}

/** The sign-in e-mails that reached the stand-in for Resend. */
export async function linkEmailsTo(email: string): Promise<number> {
  return (await recordedEmails()).filter((sent) => sent.to === email && /Link do logowania/.test(sent.subject)).length;
}

export const requestLink = (request: APIRequestContext, email: string, client: string) =>
  postAction(request, 'requestMagicLinkAction', { email }, { 'X-Forwarded-For': client });

/**
 * A request for a link from a visitor with no cookies, and everything its answer tells: status,
 * headers and body. Only what differs between any two answers by design is left out: the Date
 * header, the id Next.js gives each response's metadata, and the Content-Security-Policy's nonce
 * (each a new random one every time).
 */
export async function answerToNewVisitor(playwright: PlaywrightWorkerArgs['playwright'], baseURL: string | undefined, email: string, client: string) {
  const visitor = await playwright.request.newContext({ baseURL });
  try {
    const response = await requestLink(visitor, email, client);
    const nonce = response.headers()['content-security-policy']?.match(/'nonce-([^']+)'/)?.[1];
    const random = (text: string) => (nonce ? text.replaceAll(nonce, '<nonce>') : text);
    const headers = Object.fromEntries(Object.entries(response.headers()).filter(([name]) => name !== 'date').map(([name, value]) => [name, random(value)]));
    const body = random(await response.text());
    const requestId = body.match(/"([\w-]{21})v"/)?.[1];
    return { status: response.status(), headers, body: requestId ? body.replaceAll(requestId, '<request id>') : body };
  } finally {
    await visitor.dispose();
  }
}
