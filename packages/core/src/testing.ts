/**
 * `@wwe-kit/core/testing`: what tests need to play Workspace without a browser window, kept out
 * of the main entry (and its bundle budget).
 */
export { createMemoryTransport } from './memory-transport';
export type { MemoryHost, MemoryTransportOptions } from './memory-transport';
