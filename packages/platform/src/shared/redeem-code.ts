// Codes redeemed once at a partner (the 教育券 of the in-kind services, 椒江's 人才房票): 12 characters
// drawn from an alphabet without look-alikes (no I, O, 0, 1), normalised as typed, and the request key
// (idempotency key) a partner's device sends so a resent redemption answers as the first did.

import { randomInt } from 'node:crypto';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A fresh 12-character code (cryptographically random). */
export const newRedeemCode = (): string => Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');

/** The code as typed: spaces and hyphens dropped, upper case; '' when not a string. */
export const normaliseRedeemCode = (code: unknown): string => (typeof code === 'string' ? code.replace(/[\s-]/g, '').toUpperCase() : '');

/** A well-formed code (after normalising). */
export const REDEEM_CODE = /^[A-Z0-9]{12}$/;

/** A code shown to staff: its first and last two characters. */
export const maskRedeemCode = (code: string): string => `${code.slice(0, 2)}********${code.slice(-2)}`;

/** A request key (idempotency key) of 8–80 letters, digits, underscores or hyphens. */
export const REQUEST_KEY = /^[A-Za-z0-9_-]{8,80}$/;
