"use client";

import { useRouter } from "next/navigation";
import { activeOrgCookie } from "@/lib/actions/active-org";
import type { MembershipSummary } from "@/lib/team/organisations";

/** Switches organisation; remembers the choice so /dashboard reopens it (a hint, re-checked on the server). */
export function OrgSwitcher({ current, memberships }: { current: string; memberships: MembershipSummary[] }) {
  const router = useRouter();
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="sr-only">Organisation</span>
      <select
        value={current}
        onChange={(e) => {
          const orgId = e.target.value;
          if (orgId === "__new") return router.push("/dashboard/new");
          document.cookie = activeOrgCookie(orgId, { secure: location.protocol === "https:" });
          router.push(`/dashboard/${orgId}`);
        }}
        className="max-w-56 rounded-lg border border-slate-400 bg-white px-2 py-2 font-semibold text-slate-900"
      >
        {memberships.map((m) => (
          <option key={m.orgId} value={m.orgId}>
            {m.orgName}
          </option>
        ))}
        <option value="__new">+ New organisation…</option>
      </select>
    </label>
  );
}
