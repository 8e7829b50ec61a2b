/** The tests serve builds with the tools' static server (127.0.0.1 only, the build's `_headers`), as the CLIs do. */
export * from '../../../tools/serve/static-server.ts';
