"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { ClientSettings } from "@/lib/settings/client-settings";

/**
 * How client components get the settings object (ADR 034): the server builds it (lib/settings) and a layout or
 * page mounts this provider around its client components — the organisation dashboard's layout and the order
 * page. The attendee landing page mounts none: it ships no client JavaScript of Swagstand's own.
 */
const ClientSettingsContext = createContext<ClientSettings | null>(null);

export function ClientSettingsProvider({
  settings,
  children,
}: {
  settings: ClientSettings;
  children: ReactNode;
}) {
  return <ClientSettingsContext.Provider value={settings}>{children}</ClientSettingsContext.Provider>;
}

/** The settings object; a component rendered outside a provider is a wiring mistake, said plainly. */
export function useClientSettings(): ClientSettings {
  const settings = useContext(ClientSettingsContext);
  if (!settings) {
    throw new Error(
      "useClientSettings() needs a <ClientSettingsProvider> above it (the page's layout mounts it).",
    );
  }
  return settings;
}
