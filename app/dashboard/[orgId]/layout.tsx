import { DashboardNav, type NavLink } from "@/components/dashboard/dashboard-nav";
import { OrgSwitcher } from "@/components/dashboard/org-switcher";
import { ClientSettingsProvider } from "@/components/settings/client-settings";
import { buildClientSettings } from "@/lib/settings/build-client-settings";
import { signOutAction } from "../actions";
import { loadOrgShell } from "./loaders";

export default async function OrgLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ orgId: string }>;
}) {
  const { orgId } = await params;
  const shell = await loadOrgShell({ orgId });
  // After the membership check (loadOrgShell): limits and this organisation's flags for every client component.
  const settings = await buildClientSettings({ orgId: shell.org.id });
  const base = `/dashboard/${orgId}`;
  const links: NavLink[] = [
    { href: base, label: "Events", alsoActiveUnder: `${base}/events/` },
    ...(shell.canManageSuppliers ? [{ href: `${base}/suppliers`, label: "Suppliers", prefix: true }] : []),
    ...(shell.canManageTeam ? [{ href: `${base}/team`, label: "Team" }] : []),
    ...(shell.canViewAudit ? [{ href: `${base}/audit`, label: "Audit log" }] : []),
    ...(shell.canManagePrivacy ? [{ href: `${base}/privacy`, label: "Privacy" }] : []),
    // Not "Settings": an event page has a Settings tab too, and two links of one name confuse (and fail a11y).
    ...(shell.canManageSettings ? [{ href: `${base}/settings`, label: "Organisation" }] : []),
  ];
  return (
    <div className="min-h-dvh">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2"
      >
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <a href={base} className="text-lg font-bold text-blue-800">
            Swagstand
          </a>
          <OrgSwitcher current={orgId} memberships={shell.memberships} />
          <DashboardNav links={links} />
          <div className="ml-auto flex items-center gap-3 text-sm text-slate-700">
            <span data-testid="signed-in-as">
              {shell.user.email} · <span className="capitalize">{shell.role}</span>
            </span>
            <form action={signOutAction as unknown as (formData: FormData) => Promise<void>}>
              <button
                type="submit"
                className="min-h-11 rounded-lg px-3 font-semibold text-slate-700 hover:bg-slate-100"
              >
                Sign out
              </button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        <ClientSettingsProvider settings={settings}>{children}</ClientSettingsProvider>
      </main>
    </div>
  );
}
