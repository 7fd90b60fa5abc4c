import { cx } from "@/components/ui/cx";

/**
 * Renders HTML produced by lib/events/markdown.ts renderMarkdown() — already sanitised there, which is the
 * only reason dangerouslySetInnerHTML is acceptable. Never pass anything else.
 */
export function SanitisedProse({ html, className }: { html: string; className?: string }) {
  if (!html) return null;
  return (
    <div
      className={cx(
        "space-y-3 text-base leading-relaxed text-slate-800",
        "[&_a]:font-medium [&_a]:text-(--brand-text) [&_a]:underline [&_a]:underline-offset-2",
        "[&_ul]:list-disc [&_ul]:pl-6 [&_ol]:list-decimal [&_ol]:pl-6 [&_li]:mt-1",
        "[&_h2]:mt-6 [&_h2]:text-xl [&_h2]:font-bold [&_h3]:mt-4 [&_h3]:text-lg [&_h3]:font-semibold [&_h4]:font-semibold",
        "[&_blockquote]:border-l-4 [&_blockquote]:border-slate-300 [&_blockquote]:pl-4 [&_blockquote]:italic",
        "[&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_pre]:overflow-x-auto [&_pre]:rounded-lg [&_pre]:bg-slate-100 [&_pre]:p-3",
        className,
      )}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
