// Joint review: acceptance routes an application to its matter's departments, each gives one
// opinion; the routing decides what a reviewing department may see.
export * from './review.js';
