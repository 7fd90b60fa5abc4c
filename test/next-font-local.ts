// Stands in for next/font/local under Vitest: Next compiles those calls at build time (copying the font
// file and writing @font-face CSS), which Vite cannot. The class names it returns are stable so tests can
// check that a themed page carries the font variables.
export default function localFont(options: { variable?: string }) {
  const name = options.variable ? options.variable.replace(/^--/, "") : "local-font";
  return { className: `font-${name}`, variable: `variable-${name}`, style: { fontFamily: name } };
}
