import type { Metadata } from "next";
import { loadOrgShell } from "./loaders";

export const metadata: Metadata = { title: "Events" };

/** Placeholder: replaced by the events list (issue 3, events). */
export default async function OrgHomePage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  const shell = await loadOrgShell({ orgId });
  return <h1 className="text-2xl font-bold">{shell.org.name}</h1>;
}
