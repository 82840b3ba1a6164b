// A Markdown table with padded columns, for the benchmark scripts' reports.
export function table(header, rows) {
  const widths = header.map((cell, index) =>
    rows.reduce((widest, row) => Math.max(widest, String(row[index]).length), cell.length)
  )
  const line = (row) =>
    `| ${row.map((cell, index) => String(cell).padEnd(widths[index])).join(' | ')} |`
  return [
    line(header),
    `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`,
    ...rows.map(line)
  ].join('\n')
}
