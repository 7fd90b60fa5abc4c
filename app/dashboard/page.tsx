import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { ACTIVE_ORG_COOKIE } from "@/lib/actions/active-org";
import { loadMyMemberships } from "./loaders";

/** /dashboard opens the organisation used last (a cookie, checked against the memberships), else the first. */
export default async function DashboardHome() {
  const { memberships } = await loadMyMemberships({});
  if (memberships.length === 0) redirect("/dashboard/new");
  const last = (await cookies()).get(ACTIVE_ORG_COOKIE)?.value;
  const target = memberships.find((m) => m.orgId === last) ?? memberships[0]!;
  redirect(`/dashboard/${target.orgId}`);
}
