/**
 * Swagstand's own header, for pages that belong to no event (the 404, the error page): the mark from
 * app/icon.svg and the name, so a visitor who lands there still knows whose site this is. Not a link: on an
 * event's subdomain "/" is that event's shop, not Swagstand's home, and the page's own button says where it
 * goes. Server component, no JavaScript.
 */
export function PlatformHeader() {
  return (
    <header className="border-b border-slate-200 bg-white" data-testid="platform-header">
      <div className="mx-auto flex max-w-5xl items-center gap-2 px-4 py-3">
        <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" className="size-8 shrink-0">
          <rect width="32" height="32" rx="7" className="fill-blue-700" />
          <path d="M10 9h12l3 5-4 2v8H11v-8l-4-2z" fill="#fff" />
        </svg>
        <p className="text-lg font-bold text-blue-800">Swagstand</p>
      </div>
    </header>
  );
}
