import net from "node:net";
import { WebSocketServer, type WebSocket } from "ws";

/**
 * A minimal WebSocket-to-TCP proxy, the local stand-in for Neon's: the Neon serverless driver speaks the
 * Postgres wire protocol inside WebSocket frames to `ws://host/v2?address=db:5432`, and this pipes the bytes on.
 * Only ever connects to loopback.
 */
export async function startWsProxy(): Promise<{ port: number; close: () => Promise<void> }> {
  const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  server.on("connection", (socket: WebSocket, request) => {
    const address = new URL(request.url ?? "/", "http://proxy").searchParams.get("address") ?? "";
    const [host, portText] = address.split(":");
    const port = Number(portText);
    if (!host || !["localhost", "127.0.0.1"].includes(host) || !Number.isInteger(port)) {
      socket.close(1008, "only loopback addresses");
      return;
    }
    const tcp = net.connect({ host, port });
    tcp.setNoDelay(true);
    const pending: Buffer[] = [];
    let connected = false;
    tcp.on("connect", () => {
      connected = true;
      for (const chunk of pending) tcp.write(chunk);
      pending.length = 0;
    });
    socket.on("message", (data: Buffer) => (connected ? tcp.write(data) : pending.push(data)));
    tcp.on("data", (data) => socket.readyState === socket.OPEN && socket.send(data));
    socket.on("close", () => tcp.destroy());
    socket.on("error", () => tcp.destroy());
    tcp.on("close", () => socket.close());
    tcp.on("error", () => socket.close());
  });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const { port } = server.address() as { port: number };
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}
