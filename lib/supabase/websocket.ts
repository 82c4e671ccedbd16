import ws from 'ws';

// Node 20 has no global WebSocket, and supabase-js refuses to create a client without one: ours,
// and the one Auth.js's Supabase adapter creates inside itself. Realtime is never used.
if (typeof globalThis.WebSocket === 'undefined') {
  globalThis.WebSocket = ws as unknown as typeof WebSocket;
}
