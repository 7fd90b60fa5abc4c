import type { ReactNode } from "react";
import type { FlagKey } from "@/lib/flags/definitions";
import { clientSettings } from "@/lib/settings/client-settings";
import { ClientSettingsProvider } from "./client-settings";

/** For component tests: `ui` inside the provider a page would mount, every flag on unless `flags` says otherwise. */
export function withClientSettings(ui: ReactNode, flags: Partial<Record<FlagKey, boolean>> = {}) {
  return (
    <ClientSettingsProvider settings={clientSettings((key) => flags[key] ?? true)}>
      {ui}
    </ClientSettingsProvider>
  );
}
