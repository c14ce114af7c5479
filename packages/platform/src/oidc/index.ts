// Sign-in through the government's identity provider (OpenID Connect: 浙里办 for citizens, 浙政钉
// for staff, one provider whose claims tell them apart): its settings, the provider's metadata, and
// the sign-in begun at the provider and finished when it comes back, into rencai's own accounts.
export * from './settings.js';
export * from './sign-in.js';
