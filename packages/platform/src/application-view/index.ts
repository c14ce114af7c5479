// An application as people read it, assembled from the modules that own its parts.
export * from './application-view.js';
