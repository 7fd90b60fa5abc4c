import "server-only";
import { flagEnabled } from "@/lib/flags/flags";
import { FLAG_KEYS, type FlagKey } from "@/lib/flags/definitions";
import type { FlagSubject } from "@/lib/flags/rules";
import { clientSettings, type ClientSettings } from "./client-settings";

/**
 * The settings object for one request (ADR 034): every flag decided on the server for the organisation and
 * event the page is about (through the flags SDK and the Postgres provider, cached per instance, so a flip
 * shows on the next render without a restart), and the limits. Layouts and pages pass it to
 * <ClientSettingsProvider>.
 */
export async function buildClientSettings(subject: FlagSubject): Promise<ClientSettings> {
  const decided = new Map<FlagKey, boolean>(
    await Promise.all(FLAG_KEYS.map(async (key) => [key, await flagEnabled(key, subject)] as const)),
  );
  return clientSettings((key) => decided.get(key) ?? false);
}
