/**
 * Loaded into the Next server process (`node --import`, see scripts/dev.ts): records each request's socket
 * peer in a header the app can trust, because it is written here, after the request arrived, overwriting any
 * copy the client sent. Next itself keeps the peer only in X-Forwarded-For, and only when the client sent
 * no X-Forwarded-For of its own, so without this a client chooses its own address.
 * lib/http/client-address.ts decides the client address from it (and from TRUSTED_PROXY).
 * Plain JavaScript: it runs before anything is compiled, in the server process `next start` / `next dev` is.
 */
import http from "node:http";
import https from "node:https";

const HEADER = "x-swagstand-peer-address"; // PEER_ADDRESS_HEADER in lib/http/client-address.ts

for (const Server of [http.Server, https.Server]) {
  const emit = Server.prototype.emit;
  Server.prototype.emit = function emitWithPeerAddress(event, request, ...rest) {
    if (event === "request" && request && request.headers) {
      const peer = request.socket && request.socket.remoteAddress;
      if (peer) request.headers[HEADER] = peer;
      else delete request.headers[HEADER];
    }
    return emit.call(this, event, request, ...rest);
  };
}
