import { darkRuns, qrMatrix, QR_QUIET_ZONE } from "@/lib/format/qr-code";

/**
 * The order reference as a QR code made of table cells: mail clients that block images or drop SVG and
 * data: URLs (Gmail does both) still show it, and nothing is fetched from our server. Runs of one colour
 * share a cell (colSpan), so a code is a few hundred cells, not a thousand.
 */
const MODULE_PX = 5;

export function QrTable({ reference }: { reference: string }) {
  const matrix = qrMatrix(reference);
  const side = matrix.size + 2 * QR_QUIET_ZONE;
  const runsByRow = new Map<number, [number, number][]>();
  for (const [r, c, n] of darkRuns(matrix)) runsByRow.set(r, [...(runsByRow.get(r) ?? []), [c, n]]);
  const cell = (key: string, span: number, dark: boolean) => (
    <td
      key={key}
      colSpan={span}
      style={{
        width: `${span * MODULE_PX}px`,
        height: `${MODULE_PX}px`,
        padding: 0,
        lineHeight: `${MODULE_PX}px`,
        fontSize: "1px",
        background: dark ? "#000000" : "#ffffff",
      }}
    />
  );
  const rows = Array.from({ length: side }, (_, y) => {
    const r = y - QR_QUIET_ZONE;
    const cells = [];
    let x = 0;
    for (const [c, n] of runsByRow.get(r) ?? []) {
      const start = c + QR_QUIET_ZONE;
      if (start > x) cells.push(cell(`${y}-${x}`, start - x, false));
      cells.push(cell(`${y}-${start}`, n, true));
      x = start + n;
    }
    if (x < side) cells.push(cell(`${y}-${x}`, side - x, false));
    return <tr key={y}>{cells}</tr>;
  });
  return (
    <table
      role="img"
      aria-label={`QR code of order reference ${reference}`}
      cellPadding={0}
      cellSpacing={0}
      style={{ borderCollapse: "collapse", margin: "12px auto", background: "#ffffff" }}
    >
      <tbody>
        {/* One invisible row of single-module cells fixes every column's width for the colSpans below. */}
        <tr>
          {Array.from({ length: side }, (_, x) => (
            <td
              key={x}
              style={{ width: `${MODULE_PX}px`, height: 0, padding: 0, fontSize: 0, lineHeight: 0 }}
            />
          ))}
        </tr>
        {rows}
      </tbody>
    </table>
  );
}
