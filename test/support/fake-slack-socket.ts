// Slack's Socket Mode end on 127.0.0.1: the URL apps.connections.open hands out. It greets the bot
// ("hello"), delivers envelopes and records each acknowledgement the bot sends back.
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";

export interface Ack {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

export interface FakeSocket {
  url: string;
  /** Resolves when the bot has connected and been greeted. */
  connected: Promise<void>;
  /** Sends one envelope; resolves with the bot's acknowledgement of it. */
  deliver(type: "slash_commands" | "interactive" | "events_api", payload: Record<string, unknown>): Promise<Ack>;
  close(): Promise<void>;
}

export async function startFakeSocket(): Promise<FakeSocket> {
  const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise<void>((resolve) => server.once("listening", resolve));
  const waiting = new Map<string, (ack: Ack) => void>();
  let socket: WebSocket | undefined;
  let markConnected: () => void = () => {};
  const connected = new Promise<void>((resolve) => (markConnected = resolve));

  server.on("connection", (ws) => {
    socket = ws;
    ws.on("message", (data) => {
      const ack = JSON.parse(String(data)) as Ack;
      waiting.get(ack.envelope_id)?.(ack);
      waiting.delete(ack.envelope_id);
    });
    ws.send(JSON.stringify({ type: "hello", num_connections: 1, connection_info: { app_id: "A0001" } }));
    markConnected();
  });

  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link`,
    connected,
    async deliver(type, payload) {
      await connected;
      const envelope_id = randomUUID();
      const acked = new Promise<Ack>((resolve) => waiting.set(envelope_id, resolve));
      socket?.send(JSON.stringify({ envelope_id, type, payload, accepts_response_payload: type !== "events_api", retry_attempt: 0, retry_reason: "" }));
      return acked;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}
