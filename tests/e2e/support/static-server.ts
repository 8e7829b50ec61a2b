/** The tests serve builds with the bench's static server (127.0.0.1 only, the build's `_headers`). */
export * from '../../../tools/serve/static-server.ts';
